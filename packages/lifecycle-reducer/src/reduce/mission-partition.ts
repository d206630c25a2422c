import { ArgumentError } from "@sk/event-envelope/errors";
import { isOwnElement, type RawElement } from "./own-events.js";

/** Clock ranges up to this many buckets per event (plus a constant) are pre-ordered. */
const RANGE_PER_EVENT = 2;
const RANGE_EXTRA = 1024;

/** A mixed log's mission and `WPStatusChanged` elements, one array per `aggregate_id`. */
export interface MissionPartition {
  /** Each `aggregate_id`, in order of first appearance. */
  readonly ids: readonly string[];
  /** `elements[m]`: every element of mission `ids[m]`, by `lamport_clock` when pre-ordered (see `partitionByMission`). */
  readonly elements: readonly unknown[][];
}

function clockOf(element: unknown): number {
  const clock = (element as { readonly lamport_clock?: unknown }).lamport_clock;
  // -1 for what is not a lamport clock: the envelope check reports those elements.
  return typeof clock === "number" && Number.isSafeInteger(clock) && clock >= 0 ? clock : -1;
}

/**
 * The aggregate id of the element at `index`, which `reduceLifecyclesByMission`
 * reduces: throws `ArgumentError` when no mission can report it.
 */
function aggregateIdOf(element: unknown, index: number): string {
  if (typeof element !== "object" || element === null) {
    throw new ArgumentError(`events[${index}]`, "type", element, "expected an event envelope object");
  }
  const aggregateId = (element as RawElement).aggregate_id;
  if (typeof aggregateId !== "string" || aggregateId.length === 0) {
    throw new ArgumentError(`events[${index}].aggregate_id`, "minLength", aggregateId, "expected a non-empty string naming the event's mission");
  }
  return aggregateId;
}

/**
 * Partitions the mission and `WPStatusChanged` elements of `log` by
 * `aggregate_id` (other types are left out, whatever their shape).
 *
 * Each mission's elements come out by `lamport_clock` (a stable counting
 * sort over the whole log, elements without a valid clock first) when the
 * clocks are dense enough, else in input order. Either is a permutation of
 * the mission's elements, and `sortAndDedup` gives the same result for
 * every permutation; in clock order it finds them already sorted and skips
 * its own sort, which on 100-event missions whose clocks span thousands
 * (a completion long after the start) falls back to a comparator sort.
 */
export function partitionByMission(log: readonly unknown[]): MissionPartition {
  const length = log.length;
  const missionIndex = new Map<string, number>();
  const ids: string[] = [];
  const counts: number[] = [];
  // Per element: its mission (-1 when left out) and its clock, so that nothing reads the elements again.
  const missionOf = new Int32Array(length);
  const clocks = new Float64Array(length);
  let minClock = Number.POSITIVE_INFINITY;
  let maxClock = -1;
  for (let index = 0; index < length; index++) {
    const element = log[index];
    if (!isOwnElement(element)) {
      missionOf[index] = -1;
      continue;
    }
    const aggregateId = aggregateIdOf(element, index);
    let mission = missionIndex.get(aggregateId);
    if (mission === undefined) {
      mission = ids.length;
      missionIndex.set(aggregateId, mission);
      ids.push(aggregateId);
      counts.push(0);
    }
    counts[mission]!++;
    missionOf[index] = mission;
    const clock = clockOf(element);
    clocks[index] = clock;
    if (clock >= 0 && clock < minClock) minClock = clock;
    if (clock > maxClock) maxClock = clock;
  }
  const elements = counts.map((count) => new Array<unknown>(count));
  const filled = new Int32Array(ids.length);
  const range = maxClock - minClock + 1;
  if (maxClock >= 0 && range <= length * RANGE_PER_EVENT + RANGE_EXTRA) {
    const byClock = clockOrder(log, missionOf, clocks, minClock, range);
    for (let at = 0; at < byClock.missions.length; at++) {
      const mission = byClock.missions[at]!;
      elements[mission]![filled[mission]!++] = byClock.elements[at];
    }
  } else {
    for (let index = 0; index < length; index++) {
      const mission = missionOf[index]!;
      if (mission >= 0) elements[mission]![filled[mission]!++] = log[index];
    }
  }
  return { ids, elements };
}

/**
 * The kept elements and their missions, stably by clock (bucket 0: no
 * valid clock): a counting sort that reads the log and the noted arrays in
 * input order and only writes out of order (reading them in clock order
 * would wait for a cache miss on each).
 */
function clockOrder(log: readonly unknown[], missionOf: Int32Array, clocks: Float64Array, minClock: number, range: number): { readonly missions: Int32Array; readonly elements: unknown[] } {
  const bucketOf = (index: number): number => (clocks[index]! < 0 ? 0 : clocks[index]! - minClock + 1);
  const starts = new Int32Array(range + 2);
  for (let index = 0; index < missionOf.length; index++) if (missionOf[index]! >= 0) starts[bucketOf(index) + 1]!++;
  for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket]! += starts[bucket - 1]!;
  const count = starts[starts.length - 1]!;
  const missions = new Int32Array(count);
  const elements = new Array<unknown>(count);
  for (let index = 0; index < missionOf.length; index++) {
    const mission = missionOf[index]!;
    if (mission < 0) continue;
    const at = starts[bucketOf(index)]!++;
    missions[at] = mission;
    elements[at] = log[index];
  }
  return { missions, elements };
}
