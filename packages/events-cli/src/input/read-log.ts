import { Worker } from "node:worker_threads";
import { JsonArraySplitter } from "./json-array-splitter.js";
import { ACK_EVERY, type LineMessage, lineInterface } from "./line-reader.js";
import { parseRecord, type RecordHandler } from "./log-record.js";
import type { LogInput } from "./open-input.js";
import { openDecoded } from "./open-input.js";

/** How the log was written, detected from its first non-blank character. */
export type LogFormat = "jsonl" | "json-array" | "empty";

/** What a read saw, for the counts and the progress line. */
export interface ReadProgress {
  /** Lines read so far. */
  lines: number;
  /** Bytes read so far, when a worker thread reads the file (else the input counts them). */
  bytes?: number;
}

const BOM = "\uFEFF";
const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * The order lines are read in: the file's, or the lamport clock each line's
 * text names (a hint for reducing a log written out of order; only a
 * worker thread reads that way, see `sorted-lines.ts`).
 */
export type LineOrder = "file" | "clock";

/** Rejects a read in clock order of a log that cannot be read so (standard input, gzip, a JSON array, `\r` line endings). */
export class UnsortableLog extends Error {
  constructor() {
    super("this log is read in file order only");
  }
}

/**
 * Reads a log's lines, calling `onLine` for each with its line number when
 * the lines are not in file order (and counting bytes in `progress` when
 * it can); rejects with an I/O or gzip error, with what `onLine` threw
 * after stopping the read, or with `UnsortableLog`.
 */
export type LineSource = (input: LogInput, onLine: (text: string, line?: number) => void, progress: ReadProgress, order?: LineOrder) => Promise<void>;

/** Reads the lines in this thread, in file order. */
export const readLinesHere: LineSource = async (input, onLine, _progress, order = "file") => {
  if (order === "clock") throw new UnsortableLog();
  const raw = input.open();
  const decoded = await openDecoded(raw);
  const lines = lineInterface(decoded);
  let failure: { readonly error: unknown } | undefined;
  return new Promise<void>((resolve, reject) => {
    const stop = (error: unknown): void => {
      if (failure !== undefined) return;
      failure = { error };
      lines.close();
      decoded.destroy();
      raw.destroy();
    };
    lines.on("line", (text: string) => {
      if (failure !== undefined) return;
      try {
        onLine(text);
      } catch (error) {
        stop(error);
      }
    });
    // readline re-emits its input's errors on itself.
    lines.on("error", stop);
    raw.on("error", stop);
    lines.on("close", () => (failure === undefined ? resolve() : reject(failure.error)));
  });
};

/**
 * Reads the lines of a file in a worker thread (`line-worker.js`), which
 * reads, decompresses and splits them while this thread handles the lines
 * already read; other inputs (standard input) are read here. The worker
 * posts batches of lines (one string each) and stays at most a few batches
 * ahead.
 */
export function readLinesInWorker(workerUrl: URL = new URL("./line-worker.js", import.meta.url)): LineSource {
  return (input, onLine, progress, order = "file") => {
    if (input.path === undefined) return readLinesHere(input, onLine, progress, order);
    // The worker's garbage is short-lived line text: a small young generation keeps its heap, and the process's RSS, small.
    const workerData = { path: input.path, sorted: order === "clock" };
    const worker = new Worker(workerUrl, { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    return new Promise<void>((resolve, reject) => {
      let done = false;
      let handled = 0;
      const finish = (settle: () => void): void => {
        done = true;
        void worker.terminate();
        settle();
      };
      worker.on("error", (error) => finish(() => reject(error)));
      worker.on("message", (message: LineMessage) => {
        // Batches already on their way when the read stopped are dropped.
        if (done) return;
        if ("end" in message) return finish(resolve);
        if ("unsortable" in message) return finish(() => reject(new UnsortableLog()));
        if ("error" in message) return finish(() => reject(Object.assign(new Error(message.error.message), { code: message.error.code })));
        progress.bytes = message.bytesRead;
        const { text, bounds, lines } = message;
        try {
          for (let at = 0; at < bounds.length; at += 2) onLine(text.slice(bounds[at], bounds[at + 1]), lines?.[at / 2]);
        } catch (error) {
          return finish(() => reject(error));
        }
        if (++handled % ACK_EVERY === 0) worker.postMessage(ACK_EVERY);
      });
    });
  };
}

/**
 * Streams a log, line by line, never holding it whole: JSON Lines (one
 * element per non-blank line) or one JSON array (detected from the first
 * non-blank character, `[`), gzip or not. Each element reaches `onRecord`
 * with the line it starts on, in file order, or in `order` when `lines`
 * can read it so (`UnsortableLog` otherwise; only JSON Lines can). When
 * `onRecord` throws, the read stops and the promise rejects with that
 * error; an I/O or gzip error rejects too. `lines` says where lines are
 * read (this thread by default).
 */
export async function readLog(input: LogInput, onRecord: RecordHandler, progress: ReadProgress = { lines: 0 }, lines: LineSource = readLinesHere, order: LineOrder = "file"): Promise<LogFormat> {
  let format: LogFormat = "empty";
  let splitter: JsonArraySplitter | undefined;
  let seen = 0;

  const onLine = (text: string, number?: number): void => {
    const line = number ?? seen + 1;
    progress.lines = ++seen;
    const content = line === 1 && text.startsWith(BOM) ? text.slice(1) : text;
    if (splitter !== undefined) {
      splitter.push(content, line);
      return;
    }
    const trimmed = content.trim();
    if (trimmed.length === 0) return;
    if (format === "empty") {
      // A log read in clock order starts with an object, whichever line comes first.
      format = order === "file" && trimmed.startsWith("[") ? "json-array" : "jsonl";
      if (format === "json-array") {
        splitter = new JsonArraySplitter(onRecord);
        splitter.push(content, line);
        return;
      }
    }
    onRecord(parseRecord(line, trimmed));
  };

  await lines(input, onLine, progress, order);
  splitter?.end();
  return format;
}
