/** The exit codes of every command, as documented in docs/cli.md. */
export const EXIT = {
  /** Success: valid, reduced, written. */
  ok: 0,
  /** `validate`: at least one line or event is invalid. */
  invalid: 1,
  /** A usage error (unknown option, bad value, missing file) or an I/O error. */
  usage: 2,
  /** `reduce --mode strict`: a line or event was rejected. */
  rejected: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Ends a command with a message on stderr and an exit code. */
export class CliExit extends Error {
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = "CliExit";
    this.exitCode = exitCode;
  }
}
