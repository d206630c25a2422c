// Writes a package's generated JSON Schema documents to its schemas/
// directory; the package's tests fail when a checked-in file differs.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";

/**
 * Writes each `{ file, document }` into `dir` (a file URL), as `serialise`
 * (the package's `serialiseJsonSchema`) renders it, and fails the
 * process when `dir` holds a `.schema.json` file no longer generated, which
 * would otherwise ship stale.
 */
export function writeSchemaFiles(documents, dir, serialise) {
  mkdirSync(dir, { recursive: true });
  for (const { file, document } of documents) writeFileSync(new URL(file, dir), serialise(document));
  const expected = new Set(documents.map(({ file }) => file));
  const stale = readdirSync(dir).filter((file) => file.endsWith(".schema.json") && !expected.has(file));
  if (stale.length > 0) {
    console.error(`schemas/ holds files the generator no longer writes: ${stale.join(", ")}`);
    process.exitCode = 1;
  }
}
