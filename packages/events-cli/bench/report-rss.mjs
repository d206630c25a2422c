// Preloaded into the timed process (node --import): prints its peak RSS,
// its CPU time (user + system, all threads) and, on Linux, the main
// thread's CPU time on stderr as it exits, so the benchmark measures the
// whole CLI process.
import { readFileSync, writeSync } from "node:fs";

/** The main thread's user + system time in microseconds (Linux: /proc/self/task/PID/stat), or -1 elsewhere. */
function mainThreadCpuMicros() {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
  } catch {
    return -1;
  }
}

process.on("exit", () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nbench-peak-rss-kb ${usage.maxRSS}\nbench-cpu-us ${usage.userCPUTime + usage.systemCPUTime}\nbench-main-cpu-us ${mainThreadCpuMicros()}\n`);
});
