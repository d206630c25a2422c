import { createRequire } from "node:module";
import { SkError } from "@sk/event-envelope";
import { Command, CommanderError, Option } from "commander";
import { reduceCommand } from "../reduce/reduce-command.js";
import { REDUCERS } from "../reduce/reducer-registry.js";
import { schemasCommand } from "../schemas/schemas-command.js";
import { statsCommand } from "../stats/stats-command.js";
import { validateCommand } from "../validate/validate-command.js";
import { type CliIo, processIo } from "./cli-io.js";
import { CommandContext } from "./command-context.js";
import { CliExit, EXIT } from "./exit-codes.js";
import type { LineSource } from "../input/read-log.js";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

const example = (...lines: string[]): string => `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;

/** Node's I/O errors (not the library's) carry a string `code` such as `ENOENT` or `Z_DATA_ERROR`. */
function isIoError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string" && !SkError.isInstance(error);
}

function buildProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command("sk-events")
    .description("Validate, reduce and inspect @sk mission event logs: JSON Lines or a JSON array, gzip or not, a file or - for stdin.")
    .version(version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText("after", example("sk-events validate mission.jsonl", "sk-events reduce export.jsonl.gz --format summary", "cat mission.jsonl | sk-events stats -"));

  program
    .command("validate")
    .description("check every envelope and payload; one line per violation (FILE:LINE event_id pointer: rule (value)), then counts per type")
    .argument("<file>", "log file, or - for stdin")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--strict-types", "treat event types no installed package knows as errors", false)
    .addHelpText("after", `${example("sk-events validate mission.jsonl", "sk-events validate export.json.gz --format json --strict-types")}\nExit status: 0 all valid, 1 any invalid, 2 usage or I/O error.\n`)
    .action(async (file: string, options: { format: "text" | "json"; strictTypes: boolean }) => validateCommand(context, file, options));

  program
    .command("reduce")
    .description("reduce the log to its state, per mission (aggregate_id)")
    .argument("<file>", "log file, or - for stdin")
    .addOption(new Option("--reducer <reducer>", "which reducer").choices(Object.keys(REDUCERS)).default("collab"))
    .addOption(new Option("--mode <mode>", "strict stops at the first rejected event; permissive records anomalies").choices(["strict", "permissive"]).default("strict"))
    .option("--roster <file>", "JSON file seeding the active participants (collab): {participant_id: identity} or [identity, ...]")
    .option("--mission <id>", "reduce only this mission (its aggregate_id, or the mission id of mission/<id>)")
    .addOption(new Option("--format <format>", "json (default when stdout is not a terminal) or summary (tables)").choices(["json", "summary"]))
    .addHelpText(
      "after",
      `${example("sk-events reduce fixtures/sample/quick-start.jsonl --format summary", "sk-events reduce export.jsonl.gz --mode permissive --mission m-42 > state.json")}\nExit status: 0 reduced, 2 usage or I/O error, 3 strict mode rejected a line or event.\n`,
    )
    .action(async (file: string, options: { reducer: string; mode: "strict" | "permissive"; roster?: string; mission?: string; format?: "json" | "summary" }) =>
      reduceCommand(context, file, { ...options, format: options.format ?? (io.stdout.isTTY === true ? "summary" : "json") }),
    );

  program
    .command("stats")
    .description("counts per type, mission and participant; lamport and time range; duplicates; distance from canonical order")
    .argument("<file>", "log file, or - for stdin")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText("after", `${example("sk-events stats mission.jsonl", "sk-events stats export.jsonl.gz --format json")}\nExit status: 0, or 2 on a usage or I/O error.\n`)
    .action(async (file: string, options: { format: "text" | "json" }) => statsCommand(context, file, options));

  program
    .command("schemas")
    .description("write every JSON Schema file the installed packages ship")
    .requiredOption("--out <dir>", "directory to write to (created if missing)")
    .addHelpText("after", `${example("sk-events schemas --out ./schemas")}\nExit status: 0, or 2 on a usage or I/O error.\n`)
    .action(async (options: { out: string }) => schemasCommand(context, options.out));

  return program;
}

/**
 * Runs `sk-events` with `argv` (the arguments after the program name) and
 * returns the exit code; everything is written to `io`. Never calls
 * `process.exit`. `lines` says where logs are read (the bin reads files in
 * a worker thread; by default, this thread).
 */
export async function run(argv: readonly string[], io: CliIo = processIo(), lines?: LineSource): Promise<number> {
  const context = new CommandContext(io, lines);
  try {
    await buildProgram(context).parseAsync([...argv], { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliExit) {
      context.warn(`${context.err.red("sk-events:")} ${error.message}`);
      return error.exitCode;
    }
    if (isIoError(error)) {
      context.warn(`${context.err.red("sk-events:")} ${error.message} (${error.code})`);
      return EXIT.usage;
    }
    throw error;
  }
}
