// Packaging smoke test: runs from a plain Node install of the packed tarball.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { checkEventLog, loadFixtures, runConformance, validateEvent } from "@sk/collab-conformance";

const report = runConformance();
assert.deepEqual(report.failed, [], JSON.stringify(report.failed, null, 2));
assert.deepEqual(report.skipped, []);
assert.ok(report.passed.length > 90, `only ${report.passed.length} fixtures passed`);
for (const kind of ["envelope", "payload", "scenario"]) assert.ok(report.passed.some((entry) => entry.kind === kind), kind);

// The fixtures ship inside the package and are reachable through the exports map.
const require = createRequire(import.meta.url);
assert.ok(existsSync(require.resolve("@sk/collab-conformance/fixtures/manifest.json")));
assert.equal(validateEvent(loadFixtures({ kind: "envelope" })[0].value, "Event").valid, true);

// The bin is installed and checks the sample log.
const log = require.resolve("@sk/collab-conformance/fixtures/sample/mission-log.json");
const output = execFileSync(process.execPath, ["node_modules/.bin/sk-conformance", "check", log], { encoding: "utf8" });
assert.match(output, /41 of 41 events valid/);
assert.equal(checkEventLog(JSON.parse(readFileSync(log, "utf8"))).ok, true);

console.log(`smoke: ${report.passed.length} conformance fixtures passed`);
