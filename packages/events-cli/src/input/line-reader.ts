import { createReadStream } from "node:fs";
import { createInterface, type Interface } from "node:readline";
import type { Readable } from "node:stream";
import { openDecoded } from "./open-input.js";

/** What a line reader posts: a batch of lines, the end, or why it stopped. */
export type LineMessage =
  | { readonly lines: readonly string[]; readonly bytesRead: number }
  | { readonly end: true }
  | { readonly error: { readonly message: string; readonly code: string | undefined } };

/** The side of a message channel a line reader posts to; each message it receives acknowledges one batch. */
export interface LinePort {
  postMessage(message: LineMessage): void;
  on(event: "message", listener: () => void): unknown;
}

/** Lines per batch: large enough that posting costs little per line, small enough to start early. */
const BATCH_LINES = 1000;
/** Batches posted but not yet acknowledged; reading pauses beyond this, so memory stays bounded. */
const MAX_IN_FLIGHT = 4;

/** The lines of a log, split as `readline` splits them (`\n`, `\r\n` or a lone `\r`). */
export function lineInterface(stream: Readable): Interface {
  return createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
}

/**
 * Reads a file's lines (decompressed when it is gzip) and posts them to
 * `port` in batches, with the bytes read so far, then `{ end: true }`, or
 * `{ error }` for an I/O or gzip error. It runs in a worker thread, so that
 * reading, decoding and splitting overlap the main thread's parsing and
 * reducing.
 */
export async function postLines(port: LinePort, path: string): Promise<void> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  let inFlight = 0;
  let batch: string[] = [];
  const lines = await openDecoded(raw).then(lineInterface, (error: unknown) => error as Error);
  const fail = (error: NodeJS.ErrnoException): void => port.postMessage({ error: { message: error.message, code: error.code } });
  if (lines instanceof Error) return fail(lines);
  const post = (): void => {
    port.postMessage({ lines: batch, bytesRead: raw.bytesRead });
    batch = [];
    if (++inFlight === MAX_IN_FLIGHT) lines.pause();
  };
  port.on("message", () => {
    if (--inFlight === MAX_IN_FLIGHT - 1) lines.resume();
  });
  return new Promise<void>((resolve) => {
    let failed = false;
    const stop = (error: NodeJS.ErrnoException): void => {
      if (failed) return;
      failed = true;
      fail(error);
      lines.close();
    };
    lines.on("line", (text: string) => {
      batch.push(text);
      if (batch.length === BATCH_LINES) post();
    });
    // readline re-emits its input's errors on itself.
    lines.on("error", stop);
    raw.on("error", stop);
    lines.on("close", () => {
      if (!failed) {
        if (batch.length > 0) post();
        port.postMessage({ end: true });
      }
      resolve();
    });
  });
}
