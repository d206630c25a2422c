import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { SkError } from "@sk/event-envelope/errors";
import { FIXTURE_DOMAINS, type FixtureDomain } from "../fixtures/fixture-types.js";
import { formatReport, runConformance } from "../run/run-conformance.js";

/** Where the command line writes (process streams in the bin, buffers in tests). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A relative `--fixtures` resolves against this directory. */
  readonly cwd: string;
}

/** Usage text of `sk-lifecycle-conformance`. */
export const USAGE = `Usage:
  sk-lifecycle-conformance [--domain status|lifecycle] [--json] [--fixtures <dir>]
      Run the status and lifecycle fixtures against the installed @sk contracts
      and reducers. Exits 1 when any fixture fails, 2 on a usage error.
  sk-lifecycle-conformance --help
`;

/** The `sk-lifecycle-conformance` command line; returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  let values: { json?: boolean; help?: boolean; domain?: string; fixtures?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" }, domain: { type: "string" }, fixtures: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr(`sk-lifecycle-conformance: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help === true) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.domain !== undefined && !(FIXTURE_DOMAINS as readonly string[]).includes(values.domain)) {
    io.stderr(`sk-lifecycle-conformance: --domain must be status or lifecycle, got ${values.domain}\n${USAGE}`);
    return 2;
  }
  try {
    const report = runConformance({
      ...(values.domain === undefined ? {} : { domain: values.domain as FixtureDomain }),
      ...(values.fixtures === undefined ? {} : { fixturesDir: resolve(io.cwd, values.fixtures) }),
    });
    io.stdout(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.failed.length === 0 ? 0 : 1;
  } catch (error) {
    if (!SkError.isInstance(error)) throw error;
    io.stderr(`sk-lifecycle-conformance: ${error.code}: ${error.message}\n`);
    return 1;
  }
}
