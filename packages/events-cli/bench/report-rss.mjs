// Preloaded into the timed process (node --import): prints its peak RSS and
// CPU time (user + system) on stderr as it exits, so the benchmark measures
// the whole CLI process.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nbench-peak-rss-kb ${usage.maxRSS}\nbench-cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
