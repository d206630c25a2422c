import { describe, expect, it } from "vitest";
import { parseArgs, USAGE } from "../../src/cli/parse-args.js";

describe("parseArgs", () => {
  it("runs the suite by default", () => {
    expect(parseArgs([])).toEqual({ command: "run", json: false, fixturesDir: undefined });
    expect(parseArgs(["--json", "--fixtures", "dir"])).toEqual({ command: "run", json: true, fixturesDir: "dir" });
  });

  it("parses check with its file, mode and --json", () => {
    expect(parseArgs(["check", "log.json"])).toEqual({ command: "check", json: false, file: "log.json", mode: "strict" });
    expect(parseArgs(["check", "--mode", "permissive", "log.json", "--json"])).toEqual({ command: "check", json: true, file: "log.json", mode: "permissive" });
  });

  it("answers --help and -h first", () => {
    expect(parseArgs(["check", "-h"])).toEqual({ command: "help" });
    expect(parseArgs(["--help"])).toEqual({ command: "help" });
    expect(USAGE).toContain("sk-conformance check <log.json> [--mode strict|permissive] [--json]");
  });

  it.each([
    [["--mode"], "--mode needs a value"],
    [["--verbose"], "unknown option --verbose"],
    [["--mode", "strict"], "--mode applies to the check command"],
    [["verify"], "unknown command verify"],
    [["check"], "check needs exactly one log file"],
    [["check", "a.json", "b.json"], "check needs exactly one log file"],
    [["check", "a.json", "--fixtures", "dir"], "--fixtures applies to the default run"],
    [["check", "a.json", "--mode", "lenient"], "--mode must be strict or permissive, got lenient"],
  ])("%j is a usage error", (argv, error) => {
    expect(parseArgs(argv)).toEqual({ error });
  });
});
