import type { OutputStream } from "../cli/cli-io.js";
import type { LogInput } from "./open-input.js";
import type { ReadProgress } from "./read-log.js";

/** Inputs read faster than this never show a progress line. */
const FIRST_RENDER_MS = 1000;
const INTERVAL_MS = 250;
const MB = 1024 * 1024;

/**
 * A progress line on stderr while a large input is read: only when stderr
 * is a terminal, and only once a read has taken a second (small inputs
 * never show it). It is erased when the read ends.
 */
export class ProgressLine {
  readonly #stream: OutputStream;
  readonly #input: LogInput;
  readonly #progress: ReadProgress;
  #timer: NodeJS.Timeout | undefined;
  #started = 0;
  #shown = false;

  constructor(stream: OutputStream, input: LogInput, progress: ReadProgress) {
    this.#stream = stream;
    this.#input = input;
    this.#progress = progress;
  }

  start(now = Date.now()): void {
    if (this.#stream.isTTY !== true) return;
    this.#started = now;
    this.#timer = setInterval(() => this.render(), INTERVAL_MS);
    this.#timer.unref();
  }

  /** Writes the line (called by the timer). */
  render(now = Date.now()): void {
    if (now - this.#started < FIRST_RENDER_MS) return;
    this.#shown = true;
    this.#stream.write(`\r\x1b[K${this.text()}`);
  }

  /** `sk-events: log.jsonl: 120,000 lines, 62 of 520 MB (12%)`. */
  text(): string {
    const lines = `${this.#progress.lines.toLocaleString("en-US")} lines`;
    const read = this.#progress.bytes ?? this.#input.bytesRead();
    const size = this.#input.size;
    if (read === undefined || size === undefined || size === 0) return `sk-events: ${this.#input.name}: ${lines}`;
    const percent = Math.min(100, Math.floor((read / size) * 100));
    return `sk-events: ${this.#input.name}: ${lines}, ${Math.round(read / MB)} of ${Math.round(size / MB)} MB (${percent}%)`;
  }

  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#shown) this.#stream.write("\r\x1b[K");
    this.#shown = false;
  }
}
