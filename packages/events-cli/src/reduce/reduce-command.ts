import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandContext } from "../cli/command-context.js";
import { CliExit, EXIT } from "../cli/exit-codes.js";
import { resolveInput } from "../input/resolve-input.js";
import { stableJson } from "../output/stable-json.js";
import { readRoster } from "./read-roster.js";
import { type LogReduction, reduceLog } from "./reduce-log.js";
import type { ReducerPlugin } from "./reducer-plugin.js";
import { REDUCERS } from "./reducer-registry.js";
import { Rejection } from "./rejection.js";

/** Options of `sk-events reduce`. */
export interface ReduceOptions {
  readonly reducer: string;
  readonly mode: "strict" | "permissive";
  readonly roster?: string | undefined;
  readonly mission?: string | undefined;
  readonly format: "json" | "summary";
}

function printRejection(context: CommandContext, rejection: Rejection, format: ReduceOptions["format"]): void {
  const { details } = rejection;
  if (format === "json") {
    context.io.stdout.write(stableJson({ error: details }));
    return;
  }
  const { err } = context;
  const where = details.line === null ? details.file : `${details.file}:${details.line}`;
  context.warn(`${err.red("sk-events: strict mode rejected")} ${where}`);
  context.warn(`  code:       ${err.bold(details.code)}`);
  context.warn(`  event_id:   ${details.event_id ?? "-"}`);
  context.warn(`  event_type: ${details.event_type ?? "-"}`);
  context.warn(`  message:    ${details.message}`);
  context.warn(err.dim("Run with --mode permissive to record rejected events as anomalies and go on."));
}

function missionFilter(reduction: LogReduction, mission: string | undefined): LogReduction["missions"] {
  if (mission === undefined || reduction.missions.length > 0) return reduction.missions;
  throw new CliExit(EXIT.usage, `no events of mission ${mission} in the log`);
}

function printJson(context: CommandContext, plugin: ReducerPlugin, reduction: LogReduction, mission: string | undefined): void {
  const missions = missionFilter(reduction, mission);
  // One mission prints its state as is; several print an object keyed by aggregate_id.
  const output =
    missions.length === 0
      ? plugin.reduce([], { mode: "permissive" })
      : missions.length === 1
        ? missions[0]!.state
        : Object.fromEntries(missions.map((result) => [result.aggregateId, result.state]));
  context.io.stdout.write(stableJson(output));
}

function printSummary(context: CommandContext, plugin: ReducerPlugin, reduction: LogReduction, mission: string | undefined): void {
  const missions = missionFilter(reduction, mission);
  const { out } = context;
  if (missions.length === 0) context.io.stdout.write(`${out.dim("no events for this reducer in the log")}\n`);
  for (const result of missions) {
    context.io.stdout.write(`${plugin.summarise(result.state, { aggregateId: result.aggregateId, lastTimestamp: result.lastTimestamp }, out)}\n`);
  }
  if (reduction.skippedLines > 0) context.io.stdout.write(`${out.yellow(`${reduction.skippedLines} line(s) skipped (not JSON or not a valid envelope; listed on stderr)`)}\n`);
}

/**
 * `sk-events reduce FILE`: the log's state per mission (partitioned by
 * `aggregate_id`), as stable JSON or as readable tables.
 */
export async function reduceCommand(context: CommandContext, path: string, options: ReduceOptions): Promise<void> {
  const plugin = REDUCERS[options.reducer]!;
  if (options.roster !== undefined && !plugin.takesRoster) throw new CliExit(EXIT.usage, `--roster applies to --reducer collab only`);
  const roster = options.roster === undefined ? undefined : readRoster(options.roster);
  // Standard input is copied to a temporary file as it is read, in case the streaming pass has to start over.
  const spoolDir = path === "-" && plugin.live !== undefined ? mkdtempSync(join(context.io.env["TMPDIR"] ?? tmpdir(), "sk-events-")) : undefined;
  try {
    const input = resolveInput(path, context.io, spoolDir === undefined ? undefined : join(spoolDir, "stdin"));
    const reduction = await reduceLog(context, input, { plugin, mode: options.mode, roster, mission: options.mission });
    if (options.format === "json") printJson(context, plugin, reduction, options.mission);
    else printSummary(context, plugin, reduction, options.mission);
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    printRejection(context, error, options.format);
    context.exitCode = EXIT.rejected;
  } finally {
    if (spoolDir !== undefined) rmSync(spoolDir, { recursive: true, force: true });
  }
}
