// Writes generated JSON Schema documents into a package's schemas/ directory,
// and fails (exit code 1) when the directory holds a file no longer generated,
// which would otherwise ship stale. The test suites compare the checked-in
// files with the generated documents byte for byte.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";

/**
 * @param {ReadonlyArray<{ file: string, document: Record<string, unknown> }>} documents
 * @param {URL} dir
 * @param {(document: Record<string, unknown>) => string} serialise `serialiseJsonSchema` of the package's @sk/event-envelope
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
