// Writes the five JSON Schema files of schemas/ from the built TypeBox schemas.
// The test suite fails when a checked-in file differs from what this writes.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { serialiseJsonSchema } from "@sk/event-envelope";
import { lifecycleJsonSchemas } from "../dist/index.js";

const dir = new URL("../schemas/", import.meta.url);
mkdirSync(dir, { recursive: true });
const documents = lifecycleJsonSchemas();
for (const { file, document } of documents) writeFileSync(new URL(file, dir), serialiseJsonSchema(document));

// A file no longer generated would silently ship stale: name it and fail.
const expected = new Set(documents.map(({ file }) => file));
const stale = readdirSync(dir).filter((file) => file.endsWith(".schema.json") && !expected.has(file));
if (stale.length > 0) {
  console.error(`schemas/ holds files the generator no longer writes: ${stale.join(", ")}`);
  process.exitCode = 1;
}
