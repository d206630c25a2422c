// Child process of run.mjs: reduces the benchmark log once between markers,
// so that the parent can read the --trace-gc lines of the reduction alone.
import { writeSync } from "node:fs";
import { reduceLifecyclesByMission } from "../dist/index.js";
import { mixedLog } from "./workload.mjs";

const mb = (bytes) => bytes / 1024 / 1024;
globalThis.gc();
const baseline = process.memoryUsage().heapUsed;
const log = mixedLog(Number(process.argv[2]), Number(process.argv[3]));
globalThis.gc();
const withInput = process.memoryUsage().heapUsed;
writeSync(1, "@@reduce-start\n");
const states = reduceLifecyclesByMission(log);
const atEnd = process.memoryUsage().heapUsed;
writeSync(1, "@@reduce-end\n");
// `log.length` keeps the input alive up to here, so that it is not counted as freed.
writeSync(1, `@@result ${JSON.stringify({ events: log.length, missions: Object.keys(states).length, inputMb: mb(withInput - baseline), withInputMb: mb(withInput), atEndMb: mb(atEnd) })}\n`);
