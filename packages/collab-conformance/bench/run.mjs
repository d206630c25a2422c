// Throughput of dual-layer validation (TypeBox + Ajv) over the shipped
// payload fixtures, and of a full conformance run. Prints numbers only.
import { loadFixtures, runConformance, validateEvent } from "../dist/index.js";

const fixtures = loadFixtures({ kind: "payload" });
const rounds = 2000;
for (const fixture of fixtures) validateEvent(fixture.value, fixture.event_type); // compile once

let start = performance.now();
for (let round = 0; round < rounds; round++) for (const fixture of fixtures) validateEvent(fixture.value, fixture.event_type);
let seconds = (performance.now() - start) / 1000;
const perSecond = Math.round((rounds * fixtures.length) / seconds);
console.log(`validateEvent (dual layer): ${perSecond.toLocaleString("en")} payloads/s (target: >= 50,000 payloads/s)`);

start = performance.now();
const report = runConformance();
seconds = (performance.now() - start) / 1000;
console.log(`runConformance: ${report.passed.length} fixtures in ${(seconds * 1000).toFixed(0)} ms (target: < 2,000 ms)`);
