import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { examples } from "./readme-examples.mjs";

/** A fenced ```js example of a markdown file, numbered from 1 among its examples. */
export interface MarkdownExample {
  readonly index: number;
  readonly code: string;
}

/**
 * The ```js / ```javascript blocks of a markdown file: the examples a test
 * can run from plain Node inside the repository. (```ts blocks are compiled
 * with TypeScript strict and run by the packaging check, in an empty project.)
 */
export function markdownExamples(markdownPath: string): MarkdownExample[] {
  return examples(readFileSync(markdownPath, "utf8"))
    .filter((example) => example.lang === "js")
    .map(({ index, code }) => ({ index, code }));
}

/**
 * Runs one example as an ES module from inside `packageDir`, so that bare
 * imports of the package's own name resolve to its built `dist/` through
 * the `exports` map (Node's package self-reference), exactly as a consumer's
 * would. Returns what it printed; throws with its stderr when it fails.
 */
export function runMarkdownExample(packageDir: string, name: string, example: MarkdownExample): string {
  const dir = join(packageDir, ".examples");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${example.index}.mjs`);
  writeFileSync(file, example.code);
  try {
    return execFileSync(process.execPath, [file], { cwd: packageDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } finally {
    rmSync(file, { force: true });
  }
}
