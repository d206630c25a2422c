import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { MessageChannel } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LineMessage, postLines } from "../../src/input/line-reader.ts";
import type { LogRecord } from "../../src/input/log-record.ts";
import { fileInput } from "../../src/input/open-input.ts";
import { type LineSource, type ReadProgress, readLinesHere, readLinesInWorker, readLog } from "../../src/input/read-log.ts";
import { stdinInput } from "../../src/input/stdin-input.ts";
import { tempDir } from "../support/events.ts";
import { packageDir } from "../support/run-cli.ts";

// The worker thread runs the built JavaScript (`pnpm build` first, as for the bin's own test).
const inWorker = readLinesInWorker(new URL(`file://${join(packageDir, "dist/input/line-worker.js")}`));

async function read(path: string, lines: LineSource): Promise<{ records: LogRecord[]; format: string; progress: ReadProgress }> {
  const records: LogRecord[] = [];
  const progress: ReadProgress = { lines: 0 };
  const format = await readLog(fileInput(path, 0), (record) => records.push(record), progress, lines);
  return { records, format, progress };
}

/** Pieces of logs that split into lines in every way readline knows, in JSON Lines and arrays. */
const piece = fc.constantFrom('{"a":1}', '{"b":"x\\ny"}', "[", "]", ",", "", "   ", "not json", "\r", "\r\n", "\n", "\n\n", "\uFEFF", '{"c":', "é€😀");

describe("reading a file's lines in a worker thread", () => {
  it("gives the same records and format as reading them in this thread, gzip or not", async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.boolean(), async (pieces, gzip) => {
        const path = join(dir, "log");
        const text = pieces.join("");
        writeFileSync(path, gzip ? gzipSync(text) : text);
        const here = await read(path, readLinesHere);
        const there = await read(path, inWorker);
        expect({ records: there.records, format: there.format }).toEqual({ records: here.records, format: here.format });
        expect(there.progress.lines).toBe(here.progress.lines);
      }),
      { numRuns: 60 },
    );
  });

  it("reads a large file in batches, counting its bytes", async () => {
    const path = join(tempDir(), "big.jsonl");
    const text = Array.from({ length: 12_345 }, (_, at) => `{"n":${at}}`).join("\n");
    writeFileSync(path, text);
    const { records, progress } = await read(path, inWorker);
    expect(records.map((record) => record.value)).toEqual(Array.from({ length: 12_345 }, (_, at) => ({ n: at })));
    expect(progress.bytes).toBe(Buffer.byteLength(text));
  });

  it("stops when the handler throws, and rejects with its error", async () => {
    const path = join(tempDir(), "log");
    writeFileSync(path, Array.from({ length: 20_000 }, (_, at) => `{"n":${at}}`).join("\n"));
    let seen = 0;
    const stop = new Error("stop");
    await expect(
      readLog(fileInput(path, 0), () => {
        if (++seen === 2500) throw stop;
      }, { lines: 0 }, inWorker),
    ).rejects.toBe(stop);
    expect(seen).toBe(2500);
  });

  it("rejects with the I/O error of a corrupt gzip or a directory, as read in this thread", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.gz"), Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]));
    for (const path of [join(dir, "bad.gz"), dir]) {
      const here = (await read(path, readLinesHere).catch((error: unknown) => error)) as NodeJS.ErrnoException;
      expect(["Z_DATA_ERROR", "EISDIR"]).toContain(here.code);
      await expect(read(path, inWorker)).rejects.toMatchObject({ code: here.code, message: here.message });
    }
  });

  it("rejects when the worker cannot start", async () => {
    const path = join(tempDir(), "log");
    writeFileSync(path, '{"a":1}\n');
    await expect(read(path, readLinesInWorker(new URL("file:///nowhere/line-worker.js")))).rejects.toThrow();
  });

  it("reads standard input in this thread", async () => {
    const records: LogRecord[] = [];
    await readLog(stdinInput(Readable.from([Buffer.from('{"a":1}\n')], { objectMode: false })), (record) => records.push(record), { lines: 0 }, inWorker);
    expect(records).toEqual([{ line: 1, value: { a: 1 } }]);
  });
});

describe("postLines (the worker's side)", () => {
  /** Runs postLines on a channel, acknowledging each batch, and collects what it posts. */
  async function posted(path: string): Promise<LineMessage[]> {
    const { port1, port2 } = new MessageChannel();
    const messages: LineMessage[] = [];
    port2.on("message", (message: LineMessage) => {
      messages.push(message);
      port2.postMessage(0);
    });
    await postLines(port1, path);
    await new Promise((resolve) => setTimeout(resolve, 20));
    port1.close();
    return messages;
  }

  it("posts every line in batches, pausing while too many are unacknowledged, then the end", async () => {
    const path = join(tempDir(), "log");
    writeFileSync(path, Array.from({ length: 9_500 }, (_, at) => `line ${at}`).join("\r\n"));
    const messages = await posted(path);
    const lines = messages.flatMap((message) => ("lines" in message ? message.lines : []));
    expect(lines).toEqual(Array.from({ length: 9_500 }, (_, at) => `line ${at}`));
    expect(messages.at(-1)).toEqual({ end: true });
  });

  it("posts the error of a corrupt gzip or a directory", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.gz"), Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]));
    expect(await posted(join(dir, "bad.gz"))).toEqual([{ error: { message: "unknown compression method", code: "Z_DATA_ERROR" } }]);
    expect(await posted(dir)).toEqual([{ error: expect.objectContaining({ code: "EISDIR" }) }]);
  });
});
