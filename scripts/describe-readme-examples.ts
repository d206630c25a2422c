import { describe, expect, it } from "vitest";
import { markdownExamples, runMarkdownExample } from "./markdown-examples.ts";

/**
 * The README test every package shares: the README at `packageDir` has at
 * least `minimum` runnable ```js examples, and each runs against the built
 * package (its imports resolve through the package's exports map).
 */
export function describeReadmeExamples(packageDir: string, minimum = 3): void {
  const examples = markdownExamples(`${packageDir}README.md`);
  describe("README examples", () => {
    it("has runnable examples", () => {
      expect(examples.length).toBeGreaterThanOrEqual(minimum);
    });

    it.each(examples.map((example) => [example.index, example] as const))("example %i runs against the built package", (_, example) => {
      expect(() => runMarkdownExample(packageDir, "readme", example)).not.toThrow();
    });
  });
}
