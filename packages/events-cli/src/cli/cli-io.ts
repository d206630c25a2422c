import type { Readable, Writable } from "node:stream";

/** A stream that may be a terminal (`process.stdout` and friends are). */
export type OutputStream = Writable & { readonly isTTY?: boolean; readonly columns?: number };

/** Where the CLI reads and writes; `run` takes it so tests need no child process. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** The environment (`NO_COLOR`, `TMPDIR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
