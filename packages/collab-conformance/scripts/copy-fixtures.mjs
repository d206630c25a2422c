// Copies the repository's language-neutral fixtures into this package, so
// that the published tarball ships them (`files: ["dist", "fixtures"]`).
// The copy is build output: it is git-ignored and a test fails when it
// differs from the source.
import { cpSync, existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = fileURLToPath(new URL("../../../fixtures/", import.meta.url));
const target = fileURLToPath(new URL("../fixtures/", import.meta.url));

if (!existsSync(source)) {
  console.error(`copy-fixtures: ${source} does not exist`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
console.log(`copy-fixtures: ${source} -> ${target}`);
