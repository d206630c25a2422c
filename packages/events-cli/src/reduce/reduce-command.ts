import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandContext } from "../cli/command-context.js";
import { CliExit, EXIT } from "../cli/exit-codes.js";
import { resolveInput } from "../input/resolve-input.js";
import { stableJson, writeStableJson } from "../output/stable-json.js";
import { readRoster } from "./read-roster.js";
import { type LogReduction, reduceLog } from "./reduce-log.js";
import type { ReducerPlugin } from "./reducer-plugin.js";
import { REDUCERS } from "./reducer-registry.js";
import { formatRejection, Rejection } from "./rejection.js";

/** Options of `sk-events reduce`. */
export interface ReduceOptions {
  readonly reducer: string;
  readonly mode: "strict" | "permissive";
  readonly roster?: string | undefined;
  readonly mission?: string | undefined;
  readonly format: "json" | "summary";
}

function printRejection(context: CommandContext, rejection: Rejection, format: ReduceOptions["format"]): void {
  if (format === "json") context.io.stdout.write(stableJson({ error: rejection.details }));
  else context.warn(formatRejection(rejection.details, context.err));
}

function missionFilter(reduction: LogReduction, mission: string | undefined): LogReduction["missions"] {
  if (mission === undefined || reduction.missions.length > 0) return reduction.missions;
  throw new CliExit(EXIT.usage, `no events of mission ${mission} in the log`);
}

async function printJson(context: CommandContext, plugin: ReducerPlugin, reduction: LogReduction, mission: string | undefined): Promise<void> {
  const missions = missionFilter(reduction, mission);
  // One mission prints its state as is; several print an object keyed by aggregate_id.
  if (missions.length > 1) {
    const byMission = Object.fromEntries(missions.map((result) => [result.aggregateId, result.state]));
    return writeStableJson(context.io.stdout, byMission, 3);
  }
  return writeStableJson(context.io.stdout, missions.length === 0 ? plugin.reduce([], { mode: "permissive" }) : missions[0]!.state, 2);
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
  const input = resolveInput(path, context.io, spoolDir === undefined ? undefined : join(spoolDir, "stdin"));
  try {
    const reduction = await reduceLog(context, input, { plugin, mode: options.mode, roster, mission: options.mission });
    if (options.format === "json") await printJson(context, plugin, reduction, options.mission);
    else printSummary(context, plugin, reduction, options.mission);
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    printRejection(context, error, options.format);
    context.exitCode = EXIT.rejected;
  } finally {
    input.close?.();
    if (spoolDir !== undefined) rmSync(spoolDir, { recursive: true, force: true });
  }
}
