#!/usr/bin/env node
import { run } from "../cli/run.js";

// A reader that stops early (`sk-events ... | head`) closes the pipe: end
// quietly, as a program killed by SIGPIPE would (Node ignores the signal).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(141);
  });
}

process.exitCode = await run(process.argv.slice(2));
