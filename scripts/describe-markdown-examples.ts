import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownExamples, runMarkdownExample } from "./markdown-examples.ts";

/**
 * The documentation test every package shares: the markdown page at
 * `markdownPath` has at least `minimum` runnable ```js examples (so a page
 * cannot lose them unnoticed), and each runs against the built package at
 * `packageDir`, its imports resolving through the exports map as a
 * consumer's would.
 */
export function describeMarkdownExamples(packageDir: string, markdownPath: string, minimum: number): void {
  const name = basename(markdownPath);
  const examples = markdownExamples(markdownPath);
  describe(`${name} examples`, () => {
    it(`has at least ${minimum} runnable examples`, () => {
      expect(examples.length).toBeGreaterThanOrEqual(minimum);
    });

    it.each(examples.map((example) => [example.index, example] as const))("example %i runs against the built package", (_, example) => {
      expect(() => runMarkdownExample(packageDir, name.replace(/\W/g, "-"), example)).not.toThrow();
    });
  });
}

/** `describeMarkdownExamples` for the package's own README. */
export function describeReadmeExamples(packageDir: string, minimum: number): void {
  describeMarkdownExamples(packageDir, `${packageDir}/README.md`, minimum);
}
