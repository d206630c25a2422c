import { resolve } from "node:path";
import { SkError } from "@sk/event-envelope/errors";
import { EventLogReadError } from "../errors/event-log-read-error.js";
import { type ReadJsonError, readJsonFile } from "../fixtures/read-json.js";
import { formatReport } from "../run/format-report.js";
import { runConformance } from "../run/run-conformance.js";
import { checkEventLog } from "./check-event-log.js";
import { formatEventLogCheck } from "./format-event-log-check.js";
import { parseArgs, USAGE } from "./parse-args.js";

/** Where the command line writes (process streams in the bin, buffers in tests). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Relative log paths resolve against this directory. */
  readonly cwd: string;
}

/** A user's log is not a fixture: its read errors say so. */
const logError: ReadJsonError = (file, rule, value, expectation, options) => new EventLogReadError(file, rule, value, expectation, options);

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The `sk-conformance` command line. Returns the exit code: 0 success,
 * 1 a failed fixture / invalid log / library error, 2 a usage error.
 */
export function main(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if ("error" in parsed) {
    io.stderr(`sk-conformance: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  try {
    if (parsed.command === "help") {
      io.stdout(USAGE);
      return 0;
    }
    if (parsed.command === "run") {
      const report = runConformance(parsed.fixturesDir === undefined ? {} : { fixturesDir: resolve(io.cwd, parsed.fixturesDir) });
      io.stdout(parsed.json ? json(report) : formatReport(report));
      return report.failed.length === 0 ? 0 : 1;
    }
    const check = checkEventLog(readJsonFile(resolve(io.cwd, parsed.file), logError), { mode: parsed.mode });
    io.stdout(parsed.json ? json(check) : formatEventLogCheck(check));
    return check.ok ? 0 : 1;
  } catch (error) {
    if (!SkError.isInstance(error)) throw error;
    io.stderr(`sk-conformance: ${error.code}: ${error.message}\n`);
    return 1;
  }
}
