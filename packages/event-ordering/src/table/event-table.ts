import { canonicalIdHash, hashEventId, invalidEventId } from "../key/event-id.js";
import { invalidLamportClock, isLamportClock } from "../key/lamport-clock.js";
import type { Orderable } from "../key/orderable.js";
import { invalidEvent, invalidEvents } from "../key/read-event.js";
import { timestampOffsetStart } from "../key/timestamp-grammar.js";
import { invalidTimestamp, renderTimestampKey } from "../key/timestamp-render.js";
import { writeCanonicalJson } from "../json/canonical-json-writer.js";
import { IdIndex } from "./id-index.js";

/** What to compute while reading the events, besides the checked keys. */
export interface EventTableOptions {
  /** Group events that share a canonical id (needed by dedup). */
  readonly groupIds: boolean;
}

/**
 * The events decorated with their ordering keys, in columns indexed by
 * input position: lamport clocks in a Float64Array, canonical ids, raw
 * timestamps. Timestamp keys and canonical JSON are computed only when a
 * comparison needs them (lamport ties) and cached per event.
 *
 * Built in one pass that validates every event, notes whether the input is
 * already ordered, and (for dedup) groups events that share an id.
 */
export class EventTable<T extends Orderable> {
  readonly events: readonly T[];
  readonly length: number;
  readonly lamports: Float64Array;
  readonly ids: string[];
  readonly timestamps: string[];
  /** Largest lamport clock, to decide how the sort packs its keys. */
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
  private readonly timestampKeys: (string | undefined)[];
  private readonly jsons: (string | undefined)[];

  constructor(input: readonly T[], options: EventTableOptions) {
    if (!Array.isArray(input)) throw invalidEvents(input);
    const events: readonly T[] = input;
    const length = events.length;
    const lamports = new Float64Array(length);
    const ids: string[] = [];
    const timestamps: string[] = [];
    const idIndex = options.groupIds ? new IdIndex(ids, length) : undefined;
    let groups: Int32Array | undefined;
    let groupCount = 0;
    let maxLamport = 0;
    let ordered = true;
    this.events = events;
    this.length = length;
    this.lamports = lamports;
    this.ids = ids;
    this.timestamps = timestamps;
    this.timestampKeys = [];
    this.jsons = [];

    for (let index = 0; index < length; index++) {
      const event: unknown = events[index];
      if (typeof event !== "object" || event === null) throw invalidEvent(event, index);
      const { event_id: rawId, lamport_clock: lamport, timestamp } = event as Orderable;
      if (typeof rawId !== "string" || rawId.length === 0) throw invalidEventId(rawId, index);
      if (!isLamportClock(lamport)) throw invalidLamportClock(lamport, index);
      if (typeof timestamp !== "string" || timestampOffsetStart(timestamp) === -1) throw invalidTimestamp(timestamp, index);
      let id = rawId;
      let hash = canonicalIdHash(rawId);
      if (hash === -1) {
        id = rawId.toUpperCase();
        hash = hashEventId(id);
      }
      lamports[index] = lamport;
      ids.push(id);
      timestamps.push(timestamp);
      if (lamport > maxLamport) maxLamport = lamport;
      if (ordered && index > 0) {
        const previous = lamports[index - 1]!;
        if (lamport < previous || (lamport === previous && this.compareTies(index - 1, index) > 0)) ordered = false;
      }
      if (idIndex !== undefined) {
        const first = idIndex.insert(id, hash, index);
        if (first !== -1) {
          groups ??= new Int32Array(length);
          if (groups[first] === 0) groups[first] = ++groupCount;
          groups[index] = groups[first]!;
        }
      }
    }
    this.maxLamport = maxLamport;
    this.ordered = ordered;
    this.groups = groups;
    this.groupCount = groupCount;
  }

  /** `compareEvents(events[a], events[b])` from the cached columns. */
  compare(a: number, b: number): number {
    const lamportA = this.lamports[a]!;
    const lamportB = this.lamports[b]!;
    if (lamportA !== lamportB) return lamportA < lamportB ? -1 : 1;
    return this.compareTies(a, b);
  }

  /** The comparison after equal lamport clocks: timestamp key, id, then canonical JSON. */
  compareTies(a: number, b: number): number {
    if (this.timestamps[a] !== this.timestamps[b]) {
      const keyA = this.timestampKeyAt(a);
      const keyB = this.timestampKeyAt(b);
      if (keyA !== keyB) return keyA < keyB ? -1 : 1;
    }
    const idA = this.ids[a]!;
    const idB = this.ids[b]!;
    if (idA !== idB) return idA < idB ? -1 : 1;
    if (this.events[a] === this.events[b]) return 0;
    const jsonA = this.jsonAt(a);
    const jsonB = this.jsonAt(b);
    if (jsonA === jsonB) return 0;
    return jsonA < jsonB ? -1 : 1;
  }

  /** The timestamp key of event `index`, computed once. */
  timestampKeyAt(index: number): string {
    let key = this.timestampKeys[index];
    if (key === undefined) {
      const timestamp = this.timestamps[index]!;
      key = renderTimestampKey(timestamp, timestampOffsetStart(timestamp));
      this.timestampKeys[index] = key;
    }
    return key;
  }

  /** The canonical JSON of event `index`, computed once. */
  jsonAt(index: number): string {
    let json = this.jsons[index];
    if (json === undefined) {
      json = writeCanonicalJson(this.events[index], index);
      this.jsons[index] = json;
    }
    return json;
  }
}
