import { createEnvelopeCheck, timestampOffsetStart } from "@sk/event-envelope";
import { writeCanonicalJson } from "../json/canonical-json-writer.js";
import { sameJson } from "../json/same-json.js";
import { canonicalEventId, eventIdHash, invalidEventId } from "../key/event-id.js";
import { invalidLamportClock, isLamportClock } from "../key/lamport-clock.js";
import type { Orderable } from "../key/orderable.js";
import { invalidEvent, invalidEvents } from "../key/read-event.js";
import { compareTimestampKeys } from "../key/timestamp-compare.js";
import { invalidTimestamp } from "../key/timestamp-render.js";
import { duplicateGroups } from "./duplicate-ids.js";

/** What to compute while reading the events, besides checking them. */
export interface EventTableOptions<T> {
  /** Group events that share a canonical id (needed by dedup). */
  readonly groupIds: boolean;
  /** Which events the table holds (see `OrderingOptions.include`); all when absent. */
  readonly include?: ((event: T, index: number) => boolean) | undefined;
  /** Check each element as a complete envelope and leave the invalid ones out (see `SortAndDedupOptions.invalid`). */
  readonly checkEnvelopes?: boolean;
}

/** An object (not an array) with a string `event_type`: the only elements `include` is asked about when envelopes are checked. */
function isTypedObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { readonly event_type?: unknown }).event_type === "string";
}

/**
 * The events, checked, with what the sort and dedup need to know about
 * them. Keys are read from the events themselves (no per-event columns:
 * on a million events those allocations, and the garbage collection they
 * cause, cost more than the reads). Only the id hashes (for dedup), the
 * canonical JSON of fully tied events and the copies found are stored.
 *
 * Built in one pass that picks the events `include` accepts, validates
 * them (as complete envelopes with `checkEnvelopes`, whose rejects it notes), notes whether they are already ordered and (for dedup) groups the
 * events that share an id.
 */
export class EventTable<T extends Orderable> {
  /** The events the table holds (the input itself when `include` left none out); indices below refer to it. */
  readonly events: readonly T[];
  readonly length: number;
  /** Smallest and largest lamport clock, to choose how the sort orders them. */
  readonly minLamport: number;
  readonly maxLamport: number;
  /** True when every event compares `<=` to the next one. */
  readonly ordered: boolean;
  /**
   * Duplicate group of each event: 0 for an id seen once, otherwise a group
   * number in `1..groupCount` shared by all events with that id. Absent when
   * no id repeats (or grouping was not asked for).
   */
  readonly groups: Int32Array | undefined;
  readonly groupCount: number;
  /** With `checkEnvelopes`: indices (in the input) of the elements that are not valid envelopes, in input order. */
  readonly invalidIndices: readonly number[];
  private readonly jsons = new Map<number, string>();
  /**
   * Events found to have the same content: index → an index with the same
   * content and a lower number (a chain ends at the lowest). Sorting a run
   * of copies and deduplicating them ask about the same pairs again; each
   * answer costs a walk through both events, far apart in memory.
   */
  private readonly sameAs = new Map<number, number>();

  constructor(input: readonly T[], options: EventTableOptions<T>) {
    if (!Array.isArray(input)) throw invalidEvents(input);
    const include = options.include;
    const isEnvelope = options.checkEnvelopes === true ? createEnvelopeCheck() : undefined;
    const invalidIndices: number[] = [];
    const inputLength = input.length;
    const idHashes = options.groupIds ? new Int32Array(inputLength) : undefined;
    let minLamport = Number.MAX_SAFE_INTEGER;
    let maxLamport = 0;
    let ordered = true;
    let previousLamport = 0;
    // The table holds `input` itself until `include` leaves an event out; from
    // then on a copy, where the included events are written in turn (a packed
    // copy overwritten and cut to length costs less than a growing array).
    let kept: T[] | undefined;
    let count = 0;
    this.events = input;

    for (let index = 0; index < inputLength; index++) {
      const event: unknown = input[index];
      let leftOut = include !== undefined && (isEnvelope === undefined || isTypedObject(event)) && !include(event as T, index);
      if (!leftOut && isEnvelope !== undefined && !isEnvelope(event)) {
        invalidIndices.push(index);
        leftOut = true;
      }
      if (leftOut) {
        if (kept === undefined) {
          kept = input.slice();
          this.events = kept;
        }
        continue;
      }
      // A valid envelope has valid ordering fields: check them only when envelopes are not checked.
      if (isEnvelope === undefined && (typeof event !== "object" || event === null)) throw invalidEvent(event, index);
      const { event_id: rawId, lamport_clock: lamport, timestamp } = event as Orderable;
      if (isEnvelope === undefined) {
        if (typeof rawId !== "string" || rawId.length === 0) throw invalidEventId(rawId, index);
        if (!isLamportClock(lamport)) throw invalidLamportClock(lamport, index);
        if (typeof timestamp !== "string" || timestampOffsetStart(timestamp) === -1) throw invalidTimestamp(timestamp, index);
      }
      if (kept !== undefined) kept[count] = event as T;
      if (lamport > maxLamport) maxLamport = lamport;
      if (lamport < minLamport) minLamport = lamport;
      if (ordered && count > 0 && (lamport < previousLamport || (lamport === previousLamport && this.compareTies(count - 1, count) > 0))) ordered = false;
      previousLamport = lamport;
      // Only hashed here; the duplicate search runs after the loop, where its
      // table is not pushed out of the cache by the stream of events.
      if (idHashes !== undefined) idHashes[count] = eventIdHash(rawId);
      count += 1;
    }
    if (kept !== undefined) kept.length = count;
    this.length = count;
    this.invalidIndices = invalidIndices;
    this.minLamport = minLamport;
    this.maxLamport = maxLamport;
    this.ordered = ordered;
    const hashes = idHashes === undefined || count === inputLength ? idHashes : idHashes.subarray(0, count);
    const duplicates = hashes === undefined ? undefined : duplicateGroups(hashes, (index) => this.idAt(index));
    this.groups = duplicates?.groups;
    this.groupCount = duplicates?.count ?? 0;
  }

  /** Canonical (upper-case) id of event `index`, computed when needed: only ties and duplicates need it. */
  idAt(index: number): string {
    return canonicalEventId(this.events[index]!.event_id);
  }

  /** `compareEvents(events[a], events[b])`. */
  compare(a: number, b: number): number {
    const lamportA = this.events[a]!.lamport_clock;
    const lamportB = this.events[b]!.lamport_clock;
    if (lamportA !== lamportB) return lamportA < lamportB ? -1 : 1;
    return this.compareTies(a, b);
  }

  /** The comparison after equal lamport clocks: timestamp key, id, then canonical JSON. */
  compareTies(a: number, b: number): number {
    const eventA = this.events[a]!;
    const eventB = this.events[b]!;
    if (eventA === eventB) return 0;
    if (eventA.timestamp !== eventB.timestamp) {
      const order = compareTimestampKeys(eventA.timestamp, eventB.timestamp);
      if (order !== 0) return order;
    }
    const idA = this.idAt(a);
    const idB = this.idAt(b);
    if (idA !== idB) return idA < idB ? -1 : 1;
    if (this.sameContent(a, b)) return 0;
    const jsonA = this.jsonAt(a);
    const jsonB = this.jsonAt(b);
    if (jsonA === jsonB) return 0;
    return jsonA < jsonB ? -1 : 1;
  }

  /**
   * True when events `a` and `b` are copies: the same plain JSON data (see
   * `sameJson`), remembered once found. False does not prove they differ:
   * compare `jsonAt` for that.
   */
  sameContent(a: number, b: number): boolean {
    const first = this.lowestSameAs(a);
    const second = this.lowestSameAs(b);
    if (first === second) return true;
    if (!sameJson(this.events[a], this.events[b])) return false;
    if (first < second) this.sameAs.set(second, first);
    else this.sameAs.set(first, second);
    return true;
  }

  private lowestSameAs(index: number): number {
    let lowest = index;
    for (let next = this.sameAs.get(lowest); next !== undefined; next = this.sameAs.get(lowest)) lowest = next;
    return lowest;
  }

  /** The canonical JSON of event `index`, computed once. */
  jsonAt(index: number): string {
    let json = this.jsons.get(index);
    if (json === undefined) {
      json = writeCanonicalJson(this.events[index], index);
      this.jsons.set(index, json);
    }
    return json;
  }
}
