import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageDir, repoRoot } from "./run-cli.ts";

/** One `$ command` of a ```console block and the output lines shown after it. */
export interface ConsoleExample {
  readonly command: string;
  /** Lines the output must contain, in this order (`...` stands for lines left out). */
  readonly expected: readonly string[];
}

/** The commands of every ```console block of a markdown file. */
export function consoleExamples(markdownPath: string): ConsoleExample[] {
  const text = readFileSync(markdownPath, "utf8");
  const examples: ConsoleExample[] = [];
  for (const block of text.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    for (const line of block[1]!.split("\n")) {
      if (line.startsWith("$ ")) examples.push({ command: line.slice(2), expected: [] });
      else if (line !== "" && line !== "...") (examples.at(-1)!.expected as string[]).push(line);
    }
  }
  return examples;
}

let shimDir: string | undefined;

/** A directory with an `sk-events` that runs the built bin, as `npm install -g` would put on the PATH. */
function shim(): string {
  if (shimDir !== undefined) return shimDir;
  shimDir = mkdtempSync(join(tmpdir(), "sk-events-shim-"));
  const path = join(shimDir, "sk-events");
  writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${join(packageDir, "dist/bin/sk-events.js")}" "$@"\n`);
  chmodSync(path, 0o755);
  return shimDir;
}

/** Removes the `sk-events` shim (call once the examples have run). */
export function removeShim(): void {
  if (shimDir !== undefined) rmSync(shimDir, { recursive: true, force: true });
  shimDir = undefined;
}

/**
 * Runs an example in a shell from the repository root, without colour, and
 * returns the lines of the expected output it did not print in order
 * (empty when the example holds).
 */
export function missingOutput(example: ConsoleExample): { readonly missing: readonly string[]; readonly output: string } {
  // Both streams into one pipe, as a terminal shows them.
  const result = spawnSync("bash", ["-c", `{ ${example.command}\n} 2>&1`], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, PATH: `${shim()}:${process.env["PATH"]}`, NO_COLOR: "1" },
  });
  const output = result.stdout;
  const lines = output.split("\n").map((line) => line.trimEnd());
  let from = 0;
  const missing: string[] = [];
  for (const expected of example.expected) {
    const at = lines.indexOf(expected.trimEnd(), from);
    if (at === -1) missing.push(expected);
    else from = at + 1;
  }
  return { missing, output };
}
