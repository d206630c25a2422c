import { createReadStream, createWriteStream } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import { finished } from "node:stream/promises";
import type { LogInput } from "./open-input.js";

/**
 * Standard input as a log. It can be read once; with `spoolPath`, every byte
 * is also copied to that file as it arrives (and to the end of the stream
 * even when the first read stops early), so that a second `open()` reads
 * the same bytes again from the copy.
 */
export function stdinInput(stdin: Readable, spoolPath?: string): LogInput {
  let opened = 0;
  let spooled: Promise<void> | undefined;
  let copy: ReturnType<typeof createWriteStream> | undefined;
  return {
    name: "-",
    size: undefined,
    bytesRead: () => undefined,
    close: () => {
      if (copy === undefined) return;
      stdin.unpipe(copy);
      copy.destroy();
    },
    open: () => {
      opened++;
      if (opened === 1) {
        if (spoolPath === undefined) return stdin;
        copy = createWriteStream(spoolPath);
        spooled = finished(copy);
        // Observed by a second open; a copy closed early (`close`) is no error of the run.
        spooled.catch(() => {});
        const reader = new PassThrough();
        const target = copy;
        // pipe() does not pass errors on: a read error ends both the read and the copy.
        stdin.on("error", (error) => {
          target.destroy(error);
          reader.destroy(error);
        });
        stdin.pipe(target);
        stdin.pipe(reader);
        return reader;
      }
      if (spooled === undefined || spoolPath === undefined) throw new Error("standard input can be read only once");
      const path = spoolPath;
      const done = spooled;
      return Readable.from(
        (async function* () {
          await done;
          yield* createReadStream(path, { highWaterMark: 1 << 20 });
        })(),
        { objectMode: false },
      );
    },
  };
}
