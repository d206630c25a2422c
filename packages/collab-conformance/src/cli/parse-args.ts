/** What the command line asked for. */
export type CliCommand =
  | { readonly command: "help" }
  | { readonly command: "run"; readonly json: boolean; readonly fixturesDir: string | undefined }
  | { readonly command: "check"; readonly json: boolean; readonly file: string; readonly mode: "strict" | "permissive" };

/** Usage text of `sk-conformance`. */
export const USAGE = `Usage:
  sk-conformance [--json] [--fixtures <dir>]
      Run every conformance fixture against the installed @sk/collab-contracts
      and @sk/collab-reducer. Exits 1 when any fixture fails.
  sk-conformance check <log.json> [--mode strict|permissive] [--json]
      Validate each event of a log (envelope and payload, TypeBox and Ajv) and
      print the reduced state. Exits 1 on an invalid event or a strict-mode error.
  sk-conformance --help
`;

/** Parses `argv` (without node and script); returns the command or a usage error message. */
export function parseArgs(argv: readonly string[]): CliCommand | { readonly error: string } {
  let json = false;
  let mode: string | undefined;
  let fixturesDir: string | undefined;
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === "--help" || arg === "-h") return { command: "help" };
    if (arg === "--json") json = true;
    else if (arg === "--mode" || arg === "--fixtures") {
      const value = argv[++index];
      if (value === undefined) return { error: `${arg} needs a value` };
      if (arg === "--mode") mode = value;
      else fixturesDir = value;
    } else if (arg.startsWith("-")) return { error: `unknown option ${arg}` };
    else positional.push(arg);
  }
  const [command, file, ...rest] = positional;
  if (command === undefined) {
    if (mode !== undefined) return { error: "--mode applies to the check command" };
    return { command: "run", json, fixturesDir };
  }
  if (command !== "check") return { error: `unknown command ${command}` };
  if (file === undefined || rest.length > 0) return { error: "check needs exactly one log file" };
  if (fixturesDir !== undefined) return { error: "--fixtures applies to the default run" };
  const resolvedMode = mode ?? "strict";
  if (resolvedMode !== "strict" && resolvedMode !== "permissive") return { error: `--mode must be strict or permissive, got ${resolvedMode}` };
  return { command: "check", json, file, mode: resolvedMode };
}
