import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's fixtures tree (the source of the packaged copy). */
export const REPOSITORY_FIXTURES = fileURLToPath(new URL("../../../../fixtures/", import.meta.url));

/** A fresh fixtures tree holding the manifest format schema and the given files (JSON values or raw text). */
export function tempFixtures(files: Readonly<Record<string, unknown>>): string {
  const dir = mkdtempSync(join(tmpdir(), "sk-lifecycle-fixtures-"));
  mkdirSync(join(dir, "schemas"), { recursive: true });
  cpSync(join(REPOSITORY_FIXTURES, "schemas", "manifest.schema.json"), join(dir, "schemas", "manifest.schema.json"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}

/** A manifest entry with the defaults filled in. */
export function entry(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { expected: "valid", min_version: "0.1.0", notes: "a note", ...fields };
}
