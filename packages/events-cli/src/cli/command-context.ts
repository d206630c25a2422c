import type { LogRecord } from "../input/log-record.js";
import type { LogInput } from "../input/open-input.js";
import { ProgressLine } from "../input/progress-line.js";
import { type LineOrder, type LineSource, type LogFormat, readLinesHere, readLog } from "../input/read-log.js";
import { type Style, styleFor } from "../output/style.js";
import type { CliIo } from "./cli-io.js";
import { EXIT, type ExitCode } from "./exit-codes.js";

/** What every command gets: the streams, their colours, and its exit code. */
export class CommandContext {
  readonly io: CliIo;
  /** Colours for stdout and stderr, each decided for its own stream. */
  readonly out: Style;
  readonly err: Style;
  exitCode: ExitCode = EXIT.ok;
  readonly #lines: LineSource;

  /** `lines` says where logs are read (this thread unless told otherwise). */
  constructor(io: CliIo, lines: LineSource = readLinesHere) {
    this.io = io;
    this.#lines = lines;
    this.out = styleFor(io.stdout, io.env);
    this.err = styleFor(io.stderr, io.env);
  }

  /** Reads a log with a progress line on a terminal's stderr, in file order or, when it can, in `order` (see `readLog`). */
  async read(input: LogInput, onRecord: (record: LogRecord) => void, order: LineOrder = "file"): Promise<LogFormat> {
    const progress = { lines: 0 };
    const line = new ProgressLine(this.io.stderr, input, progress);
    line.start();
    try {
      return await readLog(input, onRecord, progress, this.#lines, order);
    } finally {
      line.stop();
    }
  }

  /** `sk-events: message` on stderr. */
  warn(message: string): void {
    this.io.stderr.write(`${message}\n`);
  }
}
