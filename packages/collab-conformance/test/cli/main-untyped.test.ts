import { describe, expect, it, vi } from "vitest";

// Only library errors become exit code 1; a bug must surface as itself.
vi.mock("../../src/run/run-conformance.js", () => ({
  runConformance: () => {
    throw new RangeError("bug");
  },
}));

const { main } = await import("../../src/cli/main.js");

describe("sk-conformance on an unexpected error", () => {
  it("rethrows it", () => {
    expect(() => main([], { stdout: () => undefined, stderr: () => undefined, cwd: "." })).toThrow(RangeError);
  });
});
