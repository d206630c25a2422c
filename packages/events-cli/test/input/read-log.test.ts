import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { LogRecord } from "../../src/input/log-record.ts";
import { fileInput } from "../../src/input/open-input.ts";
import { readLog } from "../../src/input/read-log.ts";
import { stdinInput } from "../../src/input/stdin-input.ts";
import { tempDir } from "../support/events.ts";

async function readText(text: string | Buffer, name = "log"): Promise<{ records: LogRecord[]; format: string }> {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  const records: LogRecord[] = [];
  const format = await readLog(fileInput(path, 0), (record) => records.push(record));
  return { records, format };
}

describe("readLog", () => {
  it("reads JSON Lines, skipping blank lines, with CRLF and a BOM", async () => {
    const { records, format } = await readText('\uFEFF{"a":1}\r\n\r\n   \n{"b":2}\nnot json\n');
    expect(format).toBe("jsonl");
    expect(records).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 4, value: { b: 2 } },
      { line: 5, error: expect.stringMatching(/^not JSON: /) },
    ]);
  });

  it("detects a JSON array and gzip, whatever the file is called", async () => {
    const { records, format } = await readText(gzipSync('\n[\n  {"a": 1},\n  {"b": 2}\n]\n'), "log.json");
    expect(format).toBe("json-array");
    expect(records).toEqual([
      { line: 3, value: { a: 1 } },
      { line: 4, value: { b: 2 } },
    ]);
  });

  it("reads an empty file and a gzip of nothing", async () => {
    expect(await readText("")).toEqual({ records: [], format: "empty" });
    expect(await readText(gzipSync(""))).toEqual({ records: [], format: "empty" });
    expect(await readText("\n\n")).toEqual({ records: [], format: "empty" });
  });

  it("stops when the handler throws, and rejects with its error", async () => {
    const path = join(tempDir(), "log");
    writeFileSync(path, Array.from({ length: 1000 }, (_, at) => `{"n":${at}}`).join("\n"));
    let seen = 0;
    const stop = new Error("stop");
    await expect(
      readLog(fileInput(path, 0), () => {
        seen++;
        if (seen === 3) throw stop;
      }),
    ).rejects.toBe(stop);
    expect(seen).toBe(3);
  });

  it("rejects with the I/O error of a corrupt gzip or a directory", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.gz"), Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]));
    await expect(readLog(fileInput(join(dir, "bad.gz"), 6), () => {})).rejects.toMatchObject({ code: "Z_DATA_ERROR" });
    await expect(readLog(fileInput(dir, 0), () => {})).rejects.toMatchObject({ code: "EISDIR" });
  });

  it("rejects with the handler's error when it throws at the end of an array", async () => {
    const path = join(tempDir(), "log.json");
    writeFileSync(path, '[{"a":1}');
    const stop = new Error("stop");
    await expect(
      readLog(fileInput(path, 0), (record) => {
        if (record.error !== undefined) throw stop;
      }),
    ).rejects.toBe(stop);
  });

  it("reads an array's unclosed tail", async () => {
    const { records } = await readText('[{"a":1},\n{"b":2}');
    expect(records).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, value: { b: 2 } },
      { line: 2, error: "not JSON: the array is not closed (missing ']')" },
    ]);
  });
});

describe("stdinInput", () => {
  it("reads standard input once, and again from its copy when spooled", async () => {
    const spool = join(tempDir(), "stdin");
    const input = stdinInput(Readable.from([Buffer.from('{"a":1}\n'), Buffer.from('{"b":2}\n')], { objectMode: false }), spool);
    const first: LogRecord[] = [];
    await expect(readLog(input, (record) => {
      first.push(record);
      throw new Error("stop early");
    })).rejects.toThrow("stop early");
    const second: LogRecord[] = [];
    await readLog(input, (record) => second.push(record));
    expect(first).toEqual([{ line: 1, value: { a: 1 } }]);
    expect(second).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, value: { b: 2 } },
    ]);
    expect(input.bytesRead()).toBeUndefined();
  });

  it("cannot be opened twice without a spool", () => {
    const input = stdinInput(Readable.from([]));
    input.open();
    expect(() => input.open()).toThrow("standard input can be read only once");
    expect(() => input.close?.()).not.toThrow();
  });

  it("stops copying when closed, and a second open then fails", async () => {
    const stdin = new PassThrough();
    const input = stdinInput(stdin, join(tempDir(), "stdin"));
    input.open();
    stdin.write('{"a":1}\n');
    input.close?.();
    await expect(readLog(input, () => {})).rejects.toThrow();
  });

  it("passes a read error of standard input on to its copy", async () => {
    const stdin = new PassThrough();
    const input = stdinInput(stdin, join(tempDir(), "stdin"));
    const first = readLog(input, () => {});
    stdin.destroy(new Error("broken pipe"));
    await expect(first).rejects.toThrow("broken pipe");
    await expect(readLog(input, () => {})).rejects.toThrow("broken pipe");
  });
});
