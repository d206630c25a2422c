import { describe, expect, it } from "vitest";
import { markdownExamples, runMarkdownExample } from "./markdown-examples.ts";

/**
 * Runs every ```js example of a package's README against its built
 * package (as a consumer imports it), and fails when there are fewer than
 * `minimum`, so that a README cannot lose its examples unnoticed.
 */
export function describeReadmeExamples(packageDir: string, minimum: number): void {
  const examples = markdownExamples(`${packageDir}README.md`);
  describe("README examples", () => {
    it(`has at least ${minimum} runnable examples`, () => {
      expect(examples.length).toBeGreaterThanOrEqual(minimum);
    });

    it.each(examples.map((example) => [example.index, example] as const))("example %i runs against the built package", (_, example) => {
      expect(() => runMarkdownExample(packageDir, "readme", example)).not.toThrow();
    });
  });
}
