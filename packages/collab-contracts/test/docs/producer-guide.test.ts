import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { markdownExamples, runMarkdownExample } from "../../../../scripts/markdown-examples.ts";

const packageDir = fileURLToPath(new URL("../../", import.meta.url));
const examples = markdownExamples(fileURLToPath(new URL("../../../../docs/producer-guide.md", import.meta.url)));

describe("docs/producer-guide.md examples", () => {
  it("has examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((example) => [example.index, example] as const))("example %i runs", (_index, example) => {
    expect(() => runMarkdownExample(packageDir, "producer-guide", example)).not.toThrow();
  });
});
