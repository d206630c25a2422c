import { createReadStream } from "node:fs";
import { createInterface, type Interface } from "node:readline";
import type { Readable } from "node:stream";
import { type LineBatch, LineSplitter } from "./line-splitter.js";
import { openDecoded } from "./open-input.js";

/**
 * What a line reader posts: a batch of lines (one string and their bounds
 * in it; with their line numbers when they are not in file order), the
 * end, that the file cannot be read in clock order, or why it stopped.
 */
export type LineMessage =
  | (LineBatch & { readonly bytesRead: number; readonly lines?: Int32Array })
  | { readonly end: true }
  | { readonly unsortable: true }
  | { readonly error: { readonly message: string; readonly code: string | undefined } };

/** The side of a message channel a line reader posts to; each message it receives is a number of batches handled. */
export interface LinePort {
  postMessage(message: LineMessage, transfer?: readonly ArrayBuffer[]): void;
  on(event: "message", listener: (handled: number) => void): unknown;
}

/** Bytes per batch (a gzip stream's chunks are gathered up to it): posting then costs little per line. */
const BATCH_BYTES = 1 << 16;
/** Batches posted but not yet acknowledged; reading pauses beyond this, so memory stays bounded. */
const MAX_IN_FLIGHT = 8;
/** The receiver acknowledges batches this many at a time: each message between threads costs both of them. */
export const ACK_EVERY = 4;

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
  const raw = createReadStream(path, { highWaterMark: BATCH_BYTES });
  const fail = (error: NodeJS.ErrnoException): void => port.postMessage({ error: { message: error.message, code: error.code } });
  const decoded = await openDecoded(raw).catch((error: unknown) => error as Error);
  if (decoded instanceof Error) return fail(decoded);
  const splitter = new LineSplitter();
  let inFlight = 0;
  let chunks: Buffer[] = [];
  let size = 0;
  const post = (batch: LineBatch | undefined): void => {
    if (batch === undefined) return;
    port.postMessage({ text: batch.text, bounds: batch.bounds, bytesRead: raw.bytesRead }, [batch.bounds.buffer as ArrayBuffer]);
    if (++inFlight === MAX_IN_FLIGHT) decoded.pause();
  };
  const flush = (): void => {
    const data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
    chunks = [];
    size = 0;
    post(splitter.push(data));
  };
  port.on("message", (handled) => {
    const paused = inFlight >= MAX_IN_FLIGHT;
    inFlight -= handled;
    if (paused && inFlight < MAX_IN_FLIGHT) decoded.resume();
  });
  return new Promise<void>((resolve) => {
    let failed = false;
    const stop = (error: NodeJS.ErrnoException): void => {
      if (failed) return;
      failed = true;
      fail(error);
      decoded.destroy();
      raw.destroy();
      resolve();
    };
    decoded.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= BATCH_BYTES) flush();
    });
    decoded.on("error", stop);
    raw.on("error", stop);
    // A stream destroyed by `stop` does not end.
    decoded.on("end", () => {
      flush();
      post(splitter.end());
      port.postMessage({ end: true });
      resolve();
    });
  });
}
