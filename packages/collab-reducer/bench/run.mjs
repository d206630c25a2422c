// Batch benchmarks of @sk/collab-reducer (plain Node, imports the built
// package); the live reducer's figures are in bench/live.mjs.
//
//   node --expose-gc bench/run.mjs [--quick]
//
// Throughput: synthetic streams (bench/workload.mjs: 50 participants, ~30%
// heartbeats, 20% intent and focus, 15% step start/complete pairs, 10%
// warnings and acknowledgements, 10% comments and decisions, 10% session
// links, leaves and rejoins; valid in strict mode) of 10K, 100K and 1M
// events, ordered and shuffled with 1% duplicates, payload validation on.
// Each figure is the best of several runs. "One core" means the JavaScript
// runs on one thread (the reducers never use workers); V8's own background
// GC threads run as they would in production. `--expose-gc` only lets the
// script collect between runs and measure the heap.
//
// Memory: see measureMemory() below.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { reduceCollaborationEvents } from "../dist/index.js";
import { orderedWorkload, shuffledWithDuplicates } from "./workload.mjs";

const quick = process.argv.includes("--quick");
const SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const BATCH_TARGET = 1_000_000;

const format = (value) => Math.round(value).toLocaleString("en-US");
const pad = (text, width) => String(text).padEnd(width);
const gc = () => globalThis.gc?.();

/** Best (shortest) wall time of `runs` calls of `task`, after one warm-up call for small inputs. */
function best(runs, task) {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    gc();
    const started = performance.now();
    task();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

function row(label, events, milliseconds, target) {
  const perSecond = (events / milliseconds) * 1000;
  const verdict = target === undefined ? "" : perSecond >= target ? `PASS (target ${format(target)})` : `FAIL (target ${format(target)})`;
  console.log(`${pad(label, 44)} ${pad(format(events), 11)} ${pad(`${milliseconds.toFixed(1)} ms`, 12)} ${pad(`${format(perSecond)} events/s`, 22)} ${verdict}`);
  return perSecond;
}

console.log(`node ${process.version} ${process.execArgv.join(" ")}, ${quick ? "quick run" : "full run"}`);
console.log("reducers run on the main JS thread only (one core); V8 default GC threads; payload validation on\n");
console.log(`${pad("workload", 44)} ${pad("events", 11)} ${pad("best time", 12)} throughput`);
const results = {};
for (const size of SIZES) {
  const runs = size >= 1_000_000 ? 3 : size >= 100_000 ? 5 : 20;
  const target = size === 1_000_000 ? BATCH_TARGET : undefined;
  // One log in the heap at a time, as a consumer holds it: the ordered rows
  // first, then the shuffled log (a separately parsed copy) replaces it.
  // Holding both (1.1 GB for 1M) would make every collection slower.
  let ordered = orderedWorkload(size);
  for (const mode of ["strict", "permissive"]) {
    row(`batch ${mode}, ordered`, ordered.length, best(runs, () => reduceCollaborationEvents(ordered, { mode })));
  }
  const shuffled = shuffledWithDuplicates(ordered);
  ordered = undefined;
  for (const mode of ["strict", "permissive"]) {
    results[`batch-${mode}-${size}`] = row(`batch ${mode}, shuffled + 1% duplicates`, shuffled.length, best(runs, () => reduceCollaborationEvents(shuffled, { mode })), target);
  }
  console.log("");
}

/**
 * Peak heap while reducing 1M shuffled events, against the heap the input
 * occupies. A synchronous reduction cannot be sampled from the same thread,
 * so a child process runs it with `--trace-gc` and prints markers around it:
 * V8 logs the used heap just before every collection, which is the heap's
 * local maximum, and the last maximum is the heap used at the end (read
 * with process.memoryUsage() before any collection). The peak is the largest
 * of these. The input heap is heapUsed after a full GC with the events built,
 * minus heapUsed after a full GC before building them. PASS when the peak
 * (input included, above the pre-input baseline) stays below twice the input.
 */
function measureMemory(count) {
  const script = fileURLToPath(new URL("./memory.mjs", import.meta.url));
  const child = spawnSync(process.execPath, ["--expose-gc", "--trace-gc", script, String(count)], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`memory child failed: ${child.stderr}`);
  const lines = child.stdout.split("\n");
  const start = lines.indexOf("@@reduce-start");
  const end = lines.indexOf("@@reduce-end");
  const result = JSON.parse(lines.find((line) => line.startsWith("@@result ")).slice("@@result ".length));
  let peakBeforeGc = 0;
  let collections = 0;
  for (const line of lines.slice(start + 1, end)) {
    const match = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Minor Mark-Sweep)[^\d]*([\d.]+) \([\d.]+\) ->/.exec(line);
    if (match === null) continue;
    collections += 1;
    peakBeforeGc = Math.max(peakBeforeGc, Number(match[1]));
  }
  const peak = Math.max(peakBeforeGc, result.atEndMb);
  const peakAboveBaseline = peak - result.baselineMb;
  const limit = 2 * result.inputMb;
  console.log(`memory, reducing ${format(result.events)} shuffled events (strict):`);
  console.log(`  input events occupy        ${result.inputMb.toFixed(1)} MB of heap`);
  console.log(`  peak heap during reduction ${peakAboveBaseline.toFixed(1)} MB above the pre-input baseline (input included; ${collections} GCs traced)`);
  console.log(`  reduction overhead         ${(peakAboveBaseline - result.inputMb).toFixed(1)} MB; retained state ${(result.retainedMb - result.withInputMb).toFixed(1)} MB`);
  console.log(`  ${peakAboveBaseline < limit ? "PASS" : "FAIL"}: peak ${peakAboveBaseline.toFixed(1)} MB < 2 x input = ${limit.toFixed(1)} MB`);
}

measureMemory(quick ? 100_000 : 1_000_000);
