import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { sourceFixturesDir } from "./paths.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away copy of the fixtures directory, removed after the test file. */
export function copyFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), "sk-conformance-"));
  made.push(dir);
  cpSync(sourceFixturesDir, dir, { recursive: true });
  return dir;
}

/** Rewrites one JSON file of a fixtures copy. */
export function editJson(dir: string, path: string, edit: (value: Record<string, unknown>) => unknown): void {
  const file = join(dir, path);
  const value = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify(edit(value), null, 2));
}
