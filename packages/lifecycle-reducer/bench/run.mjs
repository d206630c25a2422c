// Benchmark of @sk/lifecycle-reducer (plain Node, imports the built package).
//
//   node --expose-gc bench/run.mjs [--quick]
//
// reduceLifecyclesByMission over 10,000 missions x 100 events (bench/workload.mjs:
// mixed, shuffled, 1% redeliveries; about 60% WPStatusChanged), best of 5
// runs, against the target of 1M events/s; then the peak heap of one
// reduction against the heap the input occupies (a child process run with
// --trace-gc, see bench/memory.mjs).
import { spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { sortAndDedup } from "@sk/event-ordering";
import { reduceSortedStatusEvents } from "@sk/status-reducer";
import { reduceLifecyclesByMission } from "../dist/index.js";
import { mixedLog } from "./workload.mjs";

const quick = process.argv.includes("--quick");
const MISSIONS = quick ? 1_000 : 10_000;
const PER_MISSION = 100;
const TARGET = 1_000_000;
const format = (value) => Math.round(value).toLocaleString("en-US");

let log = mixedLog(MISSIONS, PER_MISSION);
console.log(`load average at start ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores (a load above the core count inflates wall times)`);
console.log(`node ${process.version}; ${format(MISSIONS)} missions x ${PER_MISSION} events, shuffled, 1% redeliveries: ${format(log.length)} events`);
// Wall time, and the CPU time of this process: on a shared machine the
// second is the steadier figure (waiting for a core is not counted).
let fastest = Number.POSITIVE_INFINITY;
let fastestCpu = Number.POSITIVE_INFINITY;
let states;
for (let run = 0; run < 5; run++) {
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  states = reduceLifecyclesByMission(log);
  fastest = Math.min(fastest, performance.now() - started);
  const used = process.cpuUsage(cpu);
  fastestCpu = Math.min(fastestCpu, (used.user + used.system) / 1000);
}
const perSecond = (log.length / fastest) * 1000;
const anomalies = Object.values(states).reduce((sum, state) => sum + state.anomalies.length, 0);
console.log(`reduceLifecyclesByMission: best ${fastest.toFixed(1)} ms, ${format(perSecond)} events/s ${perSecond >= TARGET ? "PASS" : "FAIL"} (target ${format(TARGET)})`);
console.log(`  per CPU second (user + system of this process, best run ${fastestCpu.toFixed(1)} ms): ${format((log.length / fastestCpu) * 1000)} events/s`);
console.log(`  ${format(Object.keys(states).length)} missions reduced, ${format(anomalies)} anomalies`);
// The share of the work-package reducer, which the lifecycle reducer calls once per mission on the
// WPStatusChanged events its own ordering step kept (prepared here, outside the timer).
const wpByMission = new Map();
for (const event of log) if (event.event_type === "WPStatusChanged") (wpByMission.get(event.aggregate_id) ?? wpByMission.set(event.aggregate_id, []).get(event.aggregate_id)).push(event);
const sortedWp = [...wpByMission.values()].map((events) => sortAndDedup(events, { invalid: "report" }).events);
const cpu = process.cpuUsage();
for (const events of sortedWp) reduceSortedStatusEvents(events);
const statusCpu = process.cpuUsage(cpu);
console.log(`  of which reduceSortedStatusEvents over each mission's sorted WP events alone: ${((statusCpu.user + statusCpu.system) / 1000).toFixed(1)} ms CPU`);
log = undefined;
states = undefined;

const child = spawnSync(process.execPath, ["--expose-gc", "--trace-gc", fileURLToPath(new URL("./memory.mjs", import.meta.url)), String(MISSIONS), String(PER_MISSION)], {
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
if (child.status !== 0) throw new Error(`memory child failed: ${child.stderr}`);
const lines = child.stdout.split("\n");
const result = JSON.parse(lines.find((line) => line.startsWith("@@result ")).slice("@@result ".length));
let peak = result.atEndMb;
for (const line of lines.slice(lines.indexOf("@@reduce-start") + 1, lines.indexOf("@@reduce-end"))) {
  const match = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Minor Mark-Sweep)[^\d]*([\d.]+) \([\d.]+\) ->/.exec(line);
  if (match !== null) peak = Math.max(peak, Number(match[1]));
}
const peakAbove = peak - result.withInputMb;
console.log(`memory: the input occupies ${result.inputMb.toFixed(1)} MB of heap; peak heap during the reduction ${peakAbove.toFixed(1)} MB above it (${(peakAbove / result.inputMb).toFixed(2)} x input)`);
