// Child process of run.mjs: the heap while reducing `count` shuffled events
// (1% duplicates). Run with --expose-gc --trace-gc; markers around the
// reduction let the parent read the GC trace in between.
import { writeSync } from "node:fs";
import { reduceStatusEvents } from "../dist/index.js";
import { orderedWorkload, shuffledWithDuplicates } from "./workload.mjs";

const count = Number(process.argv[2] ?? 1_000_000);
const mb = (bytes) => bytes / 1024 / 1024;

globalThis.gc();
const baseline = process.memoryUsage().heapUsed;
let events = shuffledWithDuplicates(orderedWorkload(count));
globalThis.gc();
const withInput = process.memoryUsage().heapUsed;

writeSync(1, "@@reduce-start\n");
const state = reduceStatusEvents(events);
const atEnd = process.memoryUsage().heapUsed;
writeSync(1, "@@reduce-end\n");

globalThis.gc();
const retained = process.memoryUsage().heapUsed;
writeSync(
  1,
  `@@result ${JSON.stringify({ events: events.length, eventCount: state.event_count, baselineMb: mb(baseline), inputMb: mb(withInput - baseline), withInputMb: mb(withInput), atEndMb: mb(atEnd), retainedMb: mb(retained) })}\n`,
);
events = undefined;
