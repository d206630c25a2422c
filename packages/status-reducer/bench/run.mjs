// Benchmark of @sk/status-reducer (plain Node, imports the built package).
//
//   node --expose-gc bench/run.mjs [--quick]
//
// Throughput: WPStatusChanged logs (bench/workload.mjs) over 1,000 work
// packages, ordered and shuffled with 1% duplicates; the target is the
// shuffled million. Best of several runs, on the main JS thread, wall and
// CPU time; the ordering step alone (sortAndDedup of @sk/event-ordering) is
// timed on the same shuffled log as the floor the reducer stands on.
// Memory: the peak heap while reducing the shuffled log, against the heap
// the input occupies (see measureMemory).
import { spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { sortAndDedup } from "@sk/event-ordering";
import { reduceStatusEvents } from "../dist/index.js";
import { orderedWorkload, shuffledWithDuplicates } from "./workload.mjs";

const quick = process.argv.includes("--quick");
const SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const TARGET = 1_000_000;

const format = (value) => Math.round(value).toLocaleString("en-US");
const pad = (text, width) => String(text).padEnd(width);

/**
 * Best wall time and best CPU time (user + system of the process, V8's
 * GC threads included) of `runs` calls. On a shared machine the wall time
 * also counts the time other processes hold the cores; the CPU time does not.
 */
function best(runs, task) {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    globalThis.gc?.();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    task();
    wall = Math.min(wall, performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function row(label, events, { wall, cpu }, target) {
  const perSecond = (events / wall) * 1000;
  const perCpuSecond = (events / cpu) * 1000;
  const verdict = target === undefined ? "" : `${perSecond >= target ? "PASS" : "FAIL"} (target ${format(target)})`;
  console.log(
    `${pad(label, 28)} ${pad(format(events), 11)} ${pad(`${wall.toFixed(1)} ms`, 11)} ${pad(`${format(perSecond)}/s`, 13)} ${pad(`${cpu.toFixed(1)} ms`, 11)} ${pad(`${format(perCpuSecond)}/s`, 13)} ${verdict}`,
  );
}

console.log(`node ${process.version} ${process.execArgv.join(" ")}, ${quick ? "quick run" : "full run"}; one JS thread, payload validation on`);
console.log(`load average at start ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores (a load above the core count inflates wall times)`);
console.log(`${pad("1,000 work packages", 28)} ${pad("events", 11)} ${pad("best wall", 11)} ${pad("events/s", 13)} ${pad("best CPU", 11)} ${pad("events/CPU s", 13)}`);
for (const size of SIZES) {
  const runs = size >= 1_000_000 ? 5 : size >= 100_000 ? 7 : 20;
  let ordered = orderedWorkload(size);
  const expected = reduceStatusEvents(ordered);
  if (expected.anomalies.length !== 0) throw new Error(`the workload must be valid: ${expected.anomalies[0].reason}`);
  row("ordered", ordered.length, best(runs, () => reduceStatusEvents(ordered)));
  const shuffled = shuffledWithDuplicates(ordered);
  ordered = undefined;
  if (JSON.stringify(reduceStatusEvents(shuffled)) !== JSON.stringify(expected)) throw new Error("shuffling changed the state");
  row("shuffled + 1% duplicates", shuffled.length, best(runs, () => reduceStatusEvents(shuffled)), size === 1_000_000 ? TARGET : undefined);
  // Not a target: the shared ordering step alone, as the reducer calls it (filter, envelope check, sort, dedup).
  const options = { include: (event) => event.event_type === "WPStatusChanged", invalid: "report" };
  row("  of which: sortAndDedup", shuffled.length, best(runs, () => sortAndDedup(shuffled, options)));
}

/**
 * Peak heap while reducing the shuffled log, against the input's heap. A
 * child process runs the reduction with --trace-gc: V8 logs the used heap
 * just before every collection (the heap's local maxima) and the child
 * prints the heap at the end; the peak is the largest. The input heap is
 * heapUsed after a full GC with the events built minus before building them.
 */
function measureMemory(count) {
  const script = fileURLToPath(new URL("./memory.mjs", import.meta.url));
  const child = spawnSync(process.execPath, ["--expose-gc", "--trace-gc", script, String(count)], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`memory child failed: ${child.stderr}`);
  const lines = child.stdout.split("\n");
  const result = JSON.parse(lines.find((line) => line.startsWith("@@result ")).slice("@@result ".length));
  let peak = result.atEndMb;
  let collections = 0;
  for (const line of lines.slice(lines.indexOf("@@reduce-start") + 1, lines.indexOf("@@reduce-end"))) {
    const match = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Minor Mark-Sweep)[^\d]*([\d.]+) \([\d.]+\) ->/.exec(line);
    if (match === null) continue;
    collections += 1;
    peak = Math.max(peak, Number(match[1]));
  }
  const peakAbove = peak - result.baselineMb;
  console.log(`\nmemory, reducing ${format(result.events)} shuffled events:`);
  console.log(`  input events occupy          ${result.inputMb.toFixed(1)} MB of heap`);
  console.log(`  peak heap during reduction   ${peakAbove.toFixed(1)} MB above the pre-input baseline (input included; ${collections} GCs traced)`);
  console.log(`  peak / input                 ${(peakAbove / result.inputMb).toFixed(2)}x; reduction overhead ${(peakAbove - result.inputMb).toFixed(1)} MB; retained state ${(result.retainedMb - result.withInputMb).toFixed(1)} MB`);
}

measureMemory(quick ? 100_000 : 1_000_000);
