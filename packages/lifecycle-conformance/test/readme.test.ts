import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { markdownExamples, runMarkdownExample } from "../../../scripts/markdown-examples.ts";

const packageDir = fileURLToPath(new URL("../", import.meta.url));
const examples = markdownExamples(`${packageDir}README.md`);

describe("README examples", () => {
  it("has runnable examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((example) => [example.index, example] as const))("example %i runs against the built package", (_, example) => {
    expect(() => runMarkdownExample(packageDir, "readme", example)).not.toThrow();
  });
});
