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
      // Property tests run hundreds of cases, and turbo runs five packages'
      // suites at once on a 2-core CI machine: the 5 s default made them
      // time out under load, never for a wrong result.
      testTimeout: 30_000,
      // The same load once starved an afterAll that removes temp directories
      // past the 10 s hook default; hooks get the tests' allowance.
      hookTimeout: 30_000,
      teardownTimeout: 30_000,
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
