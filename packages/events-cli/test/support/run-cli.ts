import { PassThrough, Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/run.ts";

export const packageDir = fileURLToPath(new URL("../..", import.meta.url));
export const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url));

/** A writable that keeps what was written, optionally pretending to be a terminal. */
class Capture extends Writable {
  text = "";
  readonly isTTY: boolean;

  constructor(isTTY: boolean) {
    super();
    this.isTTY = isTTY;
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Bytes on standard input. */
  readonly stdin?: string | Buffer;
  readonly env?: Record<string, string | undefined>;
  readonly stdoutTTY?: boolean;
  readonly stderrTTY?: boolean;
}

/** Runs `sk-events` in-process with captured streams. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = new Capture(options.stdoutTTY ?? false);
  const stderr = new Capture(options.stderrTTY ?? false);
  const stdin = options.stdin === undefined ? new PassThrough().end() : Readable.from([Buffer.from(options.stdin)], { objectMode: false });
  const code = await run(args, { stdin, stdout, stderr, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
