// Preloaded into the timed process (node --import): prints its peak RSS on
// stderr as it exits, so the benchmark measures the whole CLI process.
import { writeSync } from "node:fs";

process.on("exit", () => {
  writeSync(2, `\nbench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
