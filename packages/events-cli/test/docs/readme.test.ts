import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markdownExamples, runMarkdownExample } from "../../../../scripts/markdown-examples.ts";
import { consoleExamples, missingOutput, removeShim } from "../support/console-examples.ts";
import { packageDir, repoRoot } from "../support/run-cli.ts";

const documents = [join(packageDir, "README.md"), join(repoRoot, "docs/cli.md")];

afterAll(removeShim);

describe.each(documents)("the console examples of %s", (document) => {
  const examples = consoleExamples(document);

  it("has examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((example) => [example.command, example] as const))("$ %s", (_command, example) => {
    const { missing, output } = missingOutput(example);
    expect(missing, output).toEqual([]);
  });
});

describe("the README's JavaScript examples", () => {
  const examples = markdownExamples(join(packageDir, "README.md"));

  it.each(examples.map((example) => [example.index, example] as const))("example %i runs", (_index, example) => {
    expect(() => runMarkdownExample(packageDir, "readme", example)).not.toThrow();
  });
});
