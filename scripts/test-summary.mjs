#!/usr/bin/env node
// Adds up every package's vitest JSON report (also when turbo replayed it
// from cache) into one closing line: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const packages = new URL("../packages/", import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of readdirSync(packages)) {
  const report = join(packages, dir, ".vitest/results.json");
  if (!existsSync(report)) {
    console.error(`test summary: ${dir} has no test report`);
    process.exitCode = 1;
    continue;
  }
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0) process.exitCode = 1;
