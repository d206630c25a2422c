// Runs from an empty project where only the packed tarballs are installed.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { formatReport, runConformance } from "@sk/lifecycle-conformance";

const report = runConformance();
assert.deepEqual(report.failed, [], formatReport(report));
assert.ok(report.passed.length > 30);
assert.ok(report.passed.some((fixture) => fixture.domain === "lifecycle" && fixture.kind === "scenario"));

const require = createRequire(import.meta.url);
const manifest = require("@sk/lifecycle-conformance/fixtures/lifecycle/manifest.json");
assert.equal(manifest.format_version, 1);
const bin = require.resolve("@sk/lifecycle-conformance/package.json").replace(/package\.json$/, "dist/bin/sk-lifecycle-conformance.js");
assert.match(execFileSync(process.execPath, [bin], { encoding: "utf8" }), / passed, 0 failed, 0 skipped\n$/);

console.log(`smoke: @sk/lifecycle-conformance ok (${report.passed.length} fixtures, fixtures via exports, bin)`);
