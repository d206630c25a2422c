import { defineConfig } from "vitest/config";

/**
 * One vitest configuration for every package: tests live in `test/`,
 * coverage is measured on `src/` and the 98% floor is enforced here so that
 * no package can lower it on its own.
 */
export function packageTestConfig(options: { readonly exclude?: readonly string[] } = {}) {
  return defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      // The JSON report feeds the workspace-wide "N passed, N failed" line.
      reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
      typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
      pool: "threads",
      // Property tests run hundreds of cases and some spawn processes or
      // worker threads, while turbo runs several packages' suites at once
      // on a 2-core CI machine: tests and hooks have timed out there under
      // load (5 s, then a 10 s hook), never for a wrong result. A limit
      // stays only to end a hang.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      teardownTimeout: 120_000,
      coverage: {
        enabled: true,
        provider: "v8",
        include: ["src/**/*.ts"],
        exclude: ["src/**/index.ts", ...(options.exclude ?? [])],
        reporter: [["text", { skipFull: true }], "text-summary", "json-summary"],
        thresholds: { lines: 98, branches: 98, functions: 98, statements: 98 },
      },
    },
  });
}
