import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { postLines } from "../../src/input/line-reader.ts";
import type { LogRecord } from "../../src/input/log-record.ts";
import { fileInput } from "../../src/input/open-input.ts";
import { type LineOrder, type LineSource, type ReadProgress, readLinesHere, readLinesInWorker, readLog, UnsortableLog } from "../../src/input/read-log.ts";
import { stdinInput } from "../../src/input/stdin-input.ts";
import { tempDir } from "../support/events.ts";
import { linesOf, posted } from "../support/line-port.ts";
import { packageDir } from "../support/run-cli.ts";

// The worker thread runs the built JavaScript (`pnpm build` first, as for the bin's own test).
const inWorker = readLinesInWorker(new URL(`file://${join(packageDir, "dist/input/line-worker.js")}`));

async function read(path: string, lines: LineSource, order: LineOrder = "file"): Promise<{ records: LogRecord[]; format: string; progress: ReadProgress }> {
  const records: LogRecord[] = [];
  const progress: ReadProgress = { lines: 0 };
  const format = await readLog(fileInput(path, 0), (record) => records.push(record), progress, lines, order);
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

describe("reading a file in lamport clock order in a worker thread", () => {
  /** JSON Lines logs that start with an object (and a BOM or not), with lines naming clocks, blank lines, lines that are not JSON, arrays. */
  const log = fc
    .tuple(
      fc.boolean(),
      fc.array(fc.oneof(fc.nat({ max: 30 }).map((clock) => `{"lamport_clock":${clock},"s":"é"}`), fc.constantFrom("", "  ", "nope", "[1]", '{"a":1}')), { maxLength: 30 }),
    )
    .map(([bom, lines]) => `${bom ? "\uFEFF" : ""}{"lamport_clock":9}\n${lines.join("\n")}`);

  it("gives every record of the file with its line, ordered by clock, as JSON Lines", async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(log, async (text) => {
        const path = join(dir, "log");
        writeFileSync(path, text);
        const here = await read(path, readLinesHere);
        const sorted = await read(path, inWorker, "clock");
        expect(sorted.format).toBe("jsonl");
        expect([...sorted.records].sort((a, b) => a.line - b.line)).toEqual(here.records);
        const clocks = sorted.records.map((record) => (record.value as { lamport_clock?: number } | undefined)?.lamport_clock ?? -1);
        expect(clocks).toEqual([...clocks].sort((a, b) => a - b));
        expect(sorted.progress.lines).toBe(here.progress.lines);
      }),
      { numRuns: 40 },
    );
  });

  it("rejects with UnsortableLog in this thread, for standard input, and for a log the worker cannot sort", async () => {
    const path = join(tempDir(), "log.json");
    writeFileSync(path, '[{"lamport_clock":1}]');
    await expect(read(path, readLinesHere, "clock")).rejects.toBeInstanceOf(UnsortableLog);
    await expect(read(path, inWorker, "clock")).rejects.toBeInstanceOf(UnsortableLog);
    const stdin = stdinInput(Readable.from([Buffer.from('{"a":1}\n')], { objectMode: false }));
    await expect(readLog(stdin, () => {}, { lines: 0 }, inWorker, "clock")).rejects.toBeInstanceOf(UnsortableLog);
  });
});

describe("postLines (the worker's side)", () => {
  it("posts every line in batches, pausing while too many are unacknowledged, then the end", async () => {
    const path = join(tempDir(), "log");
    writeFileSync(path, Array.from({ length: 95_000 }, (_, at) => `line ${at}`).join("\r\n"));
    const messages = await posted((port) => postLines(port, path), 2);
    expect(linesOf(messages).map((line) => line.text)).toEqual(Array.from({ length: 95_000 }, (_, at) => `line ${at}`));
    expect(messages.length).toBeGreaterThan(10);
    expect(messages.at(-1)).toEqual({ end: true });
  });

  it("gathers a gzip stream's small chunks into batches", async () => {
    const path = join(tempDir(), "log.gz");
    writeFileSync(path, gzipSync(Array.from({ length: 50_000 }, (_, at) => `line ${at}\n`).join("")));
    const messages = await posted((port) => postLines(port, path));
    expect(linesOf(messages).map((line) => line.text)).toEqual(Array.from({ length: 50_000 }, (_, at) => `line ${at}`));
    expect(messages.length).toBeLessThan(20);
  });

  it("posts the error of a corrupt gzip or a directory", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.gz"), Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]));
    expect(await posted((port) => postLines(port, join(dir, "bad.gz")))).toEqual([{ error: { message: "unknown compression method", code: "Z_DATA_ERROR" } }]);
    expect(await posted((port) => postLines(port, dir))).toEqual([{ error: expect.objectContaining({ code: "EISDIR" }) }]);
  });
});
