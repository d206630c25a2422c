import { SkError } from "@sk/event-envelope";
import { canonicalEventId } from "@sk/event-ordering";
import type { CommandContext } from "../cli/command-context.js";
import type { LogInput } from "../input/open-input.js";
import { UnsortableLog } from "../input/read-log.js";
import { Admission } from "./admission.js";
import type { LiveMissionReducer, ReducerPlugin, ReduceRunOptions } from "./reducer-plugin.js";
import { Rejection, rejectionOf } from "./rejection.js";
import { StringPool } from "./string-pool.js";

/** One mission's reduced state. */
export interface MissionResult {
  readonly aggregateId: string;
  readonly state: unknown;
  readonly lastTimestamp: string;
}

/** What a reduction of the whole log gives. */
export interface LogReduction {
  /** Per mission, sorted by aggregate_id. */
  readonly missions: readonly MissionResult[];
  /** Lines skipped in permissive mode (not JSON, or not a valid envelope). */
  readonly skippedLines: number;
  /** `live` when one streaming pass sufficed, `batch` when the log was (also) reduced in one batch. */
  readonly path: "live" | "batch";
}

/** Settings of a reduction. */
export interface ReduceLogOptions extends ReduceRunOptions {
  readonly plugin: ReducerPlugin;
  /** `--mission`: only this aggregate_id (or `mission/` + it). */
  readonly mission: string | undefined;
}

/** Thrown inside a live pass to give up on it. */
const FALL_BACK = Symbol("fall back to batch");

function results(admission: Admission, states: Map<string, unknown>): MissionResult[] {
  return [...states.keys()].sort().map((aggregateId) => ({
    aggregateId,
    state: states.get(aggregateId),
    // Every mission has at least one admitted event.
    lastTimestamp: admission.lastEvents.get(aggregateId)!.timestamp,
  }));
}

/** How a streaming pass reads the log: in file order, or in clock order after a pass in file order gave up at `reportedUpTo`. */
type LivePassOrder = { readonly order: "file" } | { readonly order: "clock"; readonly reportedUpTo: number };

/**
 * A streaming pass: one live reducer per mission, fed as lines arrive, so
 * that memory follows the state (and the reducer's reorder window), not the
 * log. Gives up (returns `fellBackAt`) as soon as a reducer cannot apply an
 * event (too late for its window) or rejects one: only the batch reduction
 * of the whole log decides what strict mode rejects, whatever the order.
 * A live reducer's state does not depend on the order it was fed in as
 * long as no event came too late, so a pass in clock order gives the same
 * states; it reports skipped lines in file order at its end, and gives up
 * on anything strict mode rejects (the batch pass then names the first).
 */
async function livePass(context: CommandContext, input: LogInput, options: ReduceLogOptions, live: NonNullable<ReducerPlugin["live"]>, pass: LivePassOrder) {
  const skipped: { readonly line: number; readonly message: string }[] = [];
  const warn = pass.order === "file" ? (message: string) => context.warn(message) : (message: string, line: number) => void skipped.push({ line, message });
  const reportedUpTo = pass.order === "file" ? 0 : pass.reportedUpTo;
  const admission = new Admission({ ...options, file: input.name, reportedUpTo, warn });
  const reducers = new Map<string, LiveMissionReducer<unknown>>();
  try {
    await context.read(
      input,
      (record) => {
        admission.admitInto(record, (event) => {
          let reducer = reducers.get(event.aggregate_id);
          const fresh = reducer === undefined;
          reducer ??= live(options);
          // `apply` validates the envelope; when it throws, the admission tells an invalid line from a fallback.
          let applied: boolean;
          try {
            applied = reducer.apply(event);
          } catch (error) {
            if (SkError.isInstance(error)) throw FALL_BACK;
            throw error;
          }
          if (!applied) throw FALL_BACK;
          // Only a mission with an applied event has a reducer.
          if (fresh) reducers.set(event.aggregate_id, reducer);
        });
      },
      pass.order,
    );
  } catch (error) {
    if (error === FALL_BACK || (pass.order === "clock" && (error instanceof Rejection || error instanceof UnsortableLog))) return { fellBackAt: admission.lastLine };
    throw error;
  }
  for (const { message } of skipped.sort((a, b) => a.line - b.line)) context.warn(message);
  const states = new Map([...reducers].map(([aggregateId, reducer]) => [aggregateId, reducer.state()]));
  return { reduction: { missions: results(admission, states), skippedLines: admission.skipped, path: "live" as const } };
}

/** The batch pass: every own event of each mission in memory, then one batch reduction per mission. */
async function batchPass(context: CommandContext, input: LogInput, options: ReduceLogOptions, reportedUpTo: number): Promise<LogReduction> {
  const admission = new Admission({ ...options, file: input.name, reportedUpTo, warn: (message) => context.warn(message) });
  const events = new Map<string, { readonly events: unknown[]; readonly lines: number[] }>();
  const strings = new StringPool();
  await context.read(input, (record) => {
    const admitted = admission.admit(record);
    if (admitted === undefined) return;
    let mission = events.get(admitted.event.aggregate_id);
    if (mission === undefined) {
      mission = { events: [], lines: [] };
      events.set(admitted.event.aggregate_id, mission);
    }
    mission.events.push(strings.shareStrings(admitted.event));
    mission.lines.push(admitted.line);
  });
  const states = new Map<string, unknown>();
  for (const aggregateId of [...events.keys()].sort()) {
    const mission = events.get(aggregateId)!;
    try {
      states.set(aggregateId, options.plugin.reduce(mission.events, options));
    } catch (error) {
      throw rejectionOf(error, input.name, (eventId) => {
        if (eventId === null) return null;
        const wanted = canonicalEventId(eventId);
        const index = mission.events.findIndex((event) => canonicalEventId((event as { event_id: string }).event_id) === wanted);
        return index === -1 ? null : mission.lines[index]!;
      });
    }
    events.delete(aggregateId);
  }
  return { missions: results(admission, states), skippedLines: admission.skipped, path: "batch" };
}

/**
 * Reduces a log per mission: streaming through the live reducers first
 * (bounded memory for a log in canonical order or nearly so); when that
 * pass gives up, streaming again in lamport clock order (a log file written
 * in any order); and when that gives up too, reading the log again and
 * reducing each mission in one batch (memory follows the log). All paths
 * give the same states.
 */
export async function reduceLog(context: CommandContext, input: LogInput, options: ReduceLogOptions): Promise<LogReduction> {
  const live = options.plugin.live;
  if (live === undefined) return batchPass(context, input, options, 0);
  const first = await livePass(context, input, options, live, { order: "file" });
  if (first.reduction !== undefined) return first.reduction;
  const sorted = await livePass(context, input, options, live, { order: "clock", reportedUpTo: first.fellBackAt });
  if (sorted.reduction !== undefined) return sorted.reduction;
  return batchPass(context, input, options, first.fellBackAt);
}
