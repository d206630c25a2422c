import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { LogInput } from "../../src/input/open-input.ts";
import { ProgressLine } from "../../src/input/progress-line.ts";

class Terminal extends Writable {
  text = "";
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

const input = (size: number | undefined, read: number | undefined): LogInput => ({ name: "log.jsonl", size, bytesRead: () => read, open: () => { throw new Error("unused"); } });

describe("ProgressLine", () => {
  afterEach(() => vi.useRealTimers());

  it("shows lines and bytes after a second on a terminal, then erases itself", () => {
    vi.useFakeTimers();
    const terminal = new Terminal(true);
    const progress = { lines: 0 };
    const line = new ProgressLine(terminal, input(100 * 1024 * 1024, 25 * 1024 * 1024), progress);
    line.start();
    progress.lines = 1234567;
    vi.advanceTimersByTime(750);
    expect(terminal.text).toBe("");
    vi.advanceTimersByTime(250);
    expect(terminal.text).toBe("\r\u001b[Ksk-events: log.jsonl: 1,234,567 lines, 25 of 100 MB (25%)");
    line.stop();
    expect(terminal.text.endsWith("\r\u001b[K")).toBe(true);
  });

  it("shows only lines when the size is unknown (stdin)", () => {
    expect(new ProgressLine(new Terminal(true), input(undefined, undefined), { lines: 3 }).text()).toBe("sk-events: log.jsonl: 3 lines");
    expect(new ProgressLine(new Terminal(true), input(0, 0), { lines: 0 }).text()).toBe("sk-events: log.jsonl: 0 lines");
  });

  it("never writes when stderr is not a terminal", () => {
    vi.useFakeTimers();
    const pipe = new Terminal(false);
    const line = new ProgressLine(pipe, input(10, 5), { lines: 1 });
    line.start();
    vi.advanceTimersByTime(5000);
    line.stop();
    expect(pipe.text).toBe("");
  });
});
