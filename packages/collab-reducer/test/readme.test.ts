import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { markdownExamples, runMarkdownExample } from "../../../scripts/markdown-examples.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe.each([
  ["README.md", `${packageDir}/README.md`, 3],
  ["docs/reducer.md", fileURLToPath(new URL("../../../docs/reducer.md", import.meta.url)), 4],
])("%s examples", (name, path, minimum) => {
  const examples = markdownExamples(path);

  it(`has at least ${minimum} runnable examples`, () => {
    expect(examples.length).toBeGreaterThanOrEqual(minimum);
  });

  it.each(examples.map((example) => [example.index, example] as const))("example %i runs", (_index, example) => {
    expect(() => runMarkdownExample(packageDir, name.replace(/\W/g, "-"), example)).not.toThrow();
  });
});
