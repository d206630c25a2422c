import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownExamples, runMarkdownExample } from "../../../scripts/markdown-examples.ts";
import { packageDir } from "./support/paths.js";

const examples = markdownExamples(join(packageDir, "README.md"));

describe("README examples", () => {
  it("has runnable examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((example) => [example.index, example] as const))("example %i runs", (_index, example) => {
    expect(() => runMarkdownExample(packageDir, "readme", example)).not.toThrow();
  });
});
