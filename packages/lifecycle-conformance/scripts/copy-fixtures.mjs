// Copies the repository's status and lifecycle fixtures (and the manifest
// format schema they point to) into this package, so that the published
// tarball ships them (`files: ["dist", "fixtures"]`). The copy is build
// output: it is git-ignored and a test fails when it differs from the source.
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = fileURLToPath(new URL("../../../fixtures/", import.meta.url));
const target = fileURLToPath(new URL("../fixtures/", import.meta.url));
const copied = ["lifecycle", "status", "schemas/manifest.schema.json"].filter((path) => existsSync(source + path));

rmSync(target, { recursive: true, force: true });
mkdirSync(`${target}schemas`, { recursive: true });
for (const path of copied) cpSync(source + path, target + path, { recursive: true });
console.log(`copy-fixtures: ${copied.join(", ")} -> ${target}`);
