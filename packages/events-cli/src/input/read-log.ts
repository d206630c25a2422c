import { createInterface } from "node:readline";
import { JsonArraySplitter } from "./json-array-splitter.js";
import { parseRecord, type RecordHandler } from "./log-record.js";
import type { LogInput } from "./open-input.js";
import { openDecoded } from "./open-input.js";

/** How the log was written, detected from its first non-blank character. */
export type LogFormat = "jsonl" | "json-array" | "empty";

/** What a read saw, for the counts and the progress line. */
export interface ReadProgress {
  /** Lines read so far. */
  lines: number;
}

const BOM = "\uFEFF";

/**
 * Streams a log, line by line, never holding it whole: JSON Lines (one
 * element per non-blank line) or one JSON array (detected from the first
 * non-blank character, `[`), gzip or not. Each element reaches `onRecord`
 * in file order with the line it starts on. When `onRecord` throws, the
 * read stops and the promise rejects with that error; an I/O or gzip
 * error rejects too.
 */
export async function readLog(input: LogInput, onRecord: RecordHandler, progress: ReadProgress = { lines: 0 }): Promise<LogFormat> {
  const raw = input.open();
  const decoded = await openDecoded(raw);
  const lines = createInterface({ input: decoded, crlfDelay: Number.POSITIVE_INFINITY });
  let format: LogFormat = "empty";
  let splitter: JsonArraySplitter | undefined;
  let line = 0;
  let failure: { readonly error: unknown } | undefined;

  const onLine = (text: string): void => {
    line++;
    progress.lines = line;
    const content = line === 1 && text.startsWith(BOM) ? text.slice(1) : text;
    if (splitter !== undefined) {
      splitter.push(content, line);
      return;
    }
    const trimmed = content.trim();
    if (trimmed.length === 0) return;
    if (format === "empty") {
      format = trimmed.startsWith("[") ? "json-array" : "jsonl";
      if (format === "json-array") {
        splitter = new JsonArraySplitter(onRecord);
        splitter.push(content, line);
        return;
      }
    }
    onRecord(parseRecord(line, trimmed));
  };

  return new Promise<LogFormat>((resolve, reject) => {
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
    lines.on("close", () => {
      if (failure === undefined) {
        try {
          splitter?.end();
        } catch (error) {
          failure = { error };
        }
      }
      if (failure === undefined) resolve(format);
      else reject(failure.error);
    });
  });
}
