#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { processIo } from "../cli/cli-io.js";
import { run } from "../cli/run.js";
import { readLinesInWorker } from "../input/read-log.js";

// V8 lets the heap grow to several times what is alive before collecting;
// while a log streams through the live reducer that garbage is most of the
// process's memory. Growing by 60% at a time keeps a 1,000,000-event
// canonical log under 300 MB of RSS at the least CPU (bench/README.md).
setFlagsFromString("--heap-growing-percent=60");
// V8 learns from the first pass over a shuffled log (events held in the live
// reducers' reorder windows) to allocate their objects straight in the old
// generation; the pass in clock order then fills it with garbage: 20% more
// main-thread CPU and twice the collector threads' (bench/README.md).
setFlagsFromString("--no-allocation-site-pretenuring");

// A reader that stops early (`sk-events ... | head`) closes the pipe: end
// quietly, as a program killed by SIGPIPE would (Node ignores the signal).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(141);
  });
}

// A worker thread reads and splits a file's lines while this one parses and reduces them.
process.exitCode = await run(process.argv.slice(2), processIo(), readLinesInWorker());
