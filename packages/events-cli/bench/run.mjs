// End-to-end benchmark of `sk-events reduce` (read, parse, validate, sort,
// reduce, print JSON) on a generated 1,000,000-line JSON Lines log of the
// plan's mix, in canonical order and shuffled. The logs go to the system's
// temporary directory (never into the repository) and are removed after.
import { spawn } from "node:child_process";
import { rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateLog } from "./generate-log.mjs";

const LINES = Number(process.env.SK_BENCH_LINES ?? 1_000_000);
const TARGET_EVENTS_PER_SECOND = 280_000;
// The target is 300 MB, read as decimal megabytes (286 MiB): the stricter reading.
const CANONICAL_RSS_LIMIT = 300 * 1000 * 1000;
const SHUFFLED_RSS_FACTOR = 1.5;
const bin = fileURLToPath(new URL("../dist/bin/sk-events.js", import.meta.url));
const preload = fileURLToPath(new URL("./report-rss.mjs", import.meta.url));

/** Runs the CLI once; output to nowhere, wall time and peak RSS measured. */
function timeReduce(path) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--import", preload, bin, "reduce", path, "--format", "json", "--mode", "permissive"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = Number(/bench-peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? Number.NaN) * 1024;
      const cpu = Number(/bench-cpu-us (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1e6;
      const mainCpu = Number(/bench-main-cpu-us (-?[\d.]+)/.exec(stderr)?.[1] ?? Number.NaN) / 1e6;
      if (code !== 0) reject(new Error(`sk-events exited ${code}: ${stderr}`));
      else resolve({ seconds, rss, cpu, mainCpu });
    });
  });
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const verdict = (ok) => (ok ? "met" : "NOT met");

console.log(`sk-events reduce, end to end, ${LINES.toLocaleString("en-US")} lines (plan's mix, 1% redelivered copies), best of 2 runs`);
console.log("cpu = user + system seconds of the process (all threads: V8 collects garbage on helper threads); main = of its main thread (Linux).");
console.log("On a busy machine wall time grows, cpu barely does: events per cpu-second is the steadier figure.\n");
for (const order of ["canonical", "shuffled"]) {
  const path = join(tmpdir(), `sk-events-bench-${order}.jsonl`);
  try {
    await generateLog(path, LINES, order);
    const size = statSync(path).size;
    const runs = [await timeReduce(path), await timeReduce(path)];
    const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const peak = Math.max(...runs.map((run) => run.rss));
    const rate = LINES / best.seconds;
    const rssLimit = order === "canonical" ? CANONICAL_RSS_LIMIT : SHUFFLED_RSS_FACTOR * size;
    const main = best.mainCpu >= 0 ? `  main ${best.mainCpu.toFixed(2)} s` : "";
    console.log(`${order.padEnd(9)}  file ${mb(size)}  wall ${best.seconds.toFixed(2)} s  ${Math.round(rate).toLocaleString("en-US")} events/s  cpu ${best.cpu.toFixed(2)} s${main} (${Math.round(LINES / best.cpu).toLocaleString("en-US")} events per cpu-second)  peak RSS ${mb(peak)} = ${(peak / size).toFixed(2)}x the file`);
    console.log(`           speed target >= ${TARGET_EVENTS_PER_SECOND.toLocaleString("en-US")} events/s: ${verdict(rate >= TARGET_EVENTS_PER_SECOND)}; RSS target < ${mb(rssLimit)}${order === "canonical" ? " (300 MB)" : " (1.5x the file)"}: ${verdict(peak < rssLimit)}`);
  } finally {
    rmSync(path, { force: true });
  }
}
