import { canonicalJson, compareEvents, type OrderingKey, orderingKey } from "@sk/event-ordering";
import { InvalidatesAcceptedEventError } from "../errors/invalidates-accepted-event-error.js";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import { foldEvent, type Step, stepOf } from "../fold/fold-event.js";
import { Journal } from "../fold/journal.js";
import type { WorkingState } from "../fold/working-state.js";
import { type ApplyResult, applyResult, DUPLICATE, LATE, RESULTS } from "./apply-result.js";
import { IdRecord } from "./id-record.js";
import { SealedIds } from "./sealed-ids.js";
import { sortsAfter } from "./sorts-after.js";

/** One applied event of the window, with the state before it (to take it back). */
interface WindowEntry {
  /** The canonical event id. */
  readonly id: string;
  /** The kept version (the smallest of `versions` in processed order). */
  event: CollaborationEnvelope;
  /** Its ordering key, computed when first needed. */
  key: OrderingKey | undefined;
  /** Its fold step and whether its payload passed the check (both computed once). */
  step: Step;
  valid: boolean;
  /** Every distinct version of the event's id, when more than one arrived. */
  versions: readonly CollaborationEnvelope[] | undefined;
  /** The state before the entry was folded: journal position and the scalars. */
  journal: number;
  anomalies: number;
  eventCount: number;
  lastEventId: string | null;
  missionId: string | undefined;
  /** False when a rule skipped the event (permissive mode). */
  applied: boolean;
}

function newEntry(id: string, event: CollaborationEnvelope, step: Step): WindowEntry {
  const valid = step.validator.check(event.payload);
  return { id, event, key: undefined, step, valid, versions: undefined, journal: 0, anomalies: 0, eventCount: 0, lastEventId: null, missionId: undefined, applied: true };
}

function keyOf(entry: WindowEntry): OrderingKey {
  entry.key ??= orderingKey(entry.event);
  return entry.key;
}

/** `compareEvents` on ordering keys of different ids (timestamp keys and canonical ids compare by code units). */
function compareKeys(a: OrderingKey, b: OrderingKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

function sameEvent(a: CollaborationEnvelope, b: CollaborationEnvelope): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** What was sealed before a window (a snapshot's). */
export interface Sealed {
  readonly sealedIds: readonly string[];
  readonly sealedLast: CollaborationEnvelope | undefined;
}

/**
 * The working state and the newest `size` applied events in processed
 * order, each with the state before it: the journal position (an undo
 * record per change) and the scalars. An event that sorts k positions
 * before the newest is folded in its place by undoing the k events after it
 * and folding them again: O(k) rule applications. Events that leave the
 * window are sealed: their ids stay known (a later copy or version is
 * `late`), their undo records go.
 */
export class ReorderWindow {
  readonly state: WorkingState;
  readonly #journal: Journal;
  readonly #size: number;
  /** Entries from `#start` on, in processed order (the prefix is compacted away now and then). */
  #entries: WindowEntry[] = [];
  #start = 0;
  /** Canonical event id → its entry, for the window's events. */
  readonly #ids = new IdRecord<WindowEntry>();
  /** Canonical ids of the events sealed so far. */
  readonly #sealedIds: SealedIds;
  /** The newest sealed event: anything sorting before it is late. */
  #sealedLast: CollaborationEnvelope | undefined;
  /** At least every canonical id in `#ids` and `#sealedIds`: an id above it is new. */
  #greatestId = "";

  /** `createState` builds the state before the window's first event, changing through the given journal. */
  constructor(size: number, createState: (journal: Journal) => WorkingState, sealed?: Sealed) {
    this.#size = size;
    this.#journal = new Journal();
    this.state = createState(this.#journal);
    // A snapshot's sealed ids are canonical (its schema says so).
    this.#sealedIds = SealedIds.of(sealed?.sealedIds ?? []);
    this.#greatestId = this.#sealedIds.greatest;
    this.#sealedLast = sealed?.sealedLast;
  }

  /** The window's events in processed order, then the other versions of its conflicting ids. */
  events(): { readonly kept: CollaborationEnvelope[]; readonly others: CollaborationEnvelope[] } {
    const kept: CollaborationEnvelope[] = [];
    const others: CollaborationEnvelope[] = [];
    for (let at = this.#start; at < this.#entries.length; at++) {
      const entry = this.#entries[at]!;
      kept.push(entry.event);
      for (const version of entry.versions ?? []) if (version !== entry.event) others.push(version);
    }
    // In processed order, not arrival order: equivalent reducers write identical snapshots.
    return { kept, others: others.sort(compareEvents) };
  }

  /** Ids sealed so far (canonical) and the newest sealed event. */
  sealed(): { readonly ids: string[]; readonly last: CollaborationEnvelope | undefined } {
    return { ids: this.#sealedIds.ids(), last: this.#sealedLast };
  }

  /** Runs `task` on the state as it was before the window's first event, then folds the window again. */
  atBase<T>(task: (state: WorkingState) => T): T {
    const entries = this.#entries.slice(this.#start);
    if (entries.length > 0) this.#rewind(entries[0]!);
    try {
      return task(this.state);
    } finally {
      // Folding again events this window accepted cannot throw: the fold is deterministic.
      for (const entry of entries) this.#fold(entry);
    }
  }

  /** Places a valid collaboration event of canonical id `id` and fold step `step` (see `ApplyResult`). */
  place(id: string, event: CollaborationEnvelope, step: Step): ApplyResult {
    const entries = this.#entries;
    const newest = entries.length === this.#start ? this.#sealedLast : entries[entries.length - 1]!.event;
    // The common case: in order, with an id above every id placed so far (none to look up, none to take back).
    if (id > this.#greatestId && (newest === undefined || sortsAfter(newest, event))) return this.#append(id, event, step);
    const known = this.#ids.get(id);
    if (known !== undefined) return this.#addVersion(known, event);
    if (this.#sealedIds.has(id)) return LATE;
    const entry = newEntry(id, event, step);
    let at = entries.length;
    if (newest !== undefined && !sortsAfter(newest, event)) {
      if (this.#sealedLast !== undefined && compareEvents(event, this.#sealedLast) < 0) return LATE;
      at = this.#indexOf(keyOf(entry));
      this.#rewind(entries[at]!);
    }
    if (at === entries.length) entries.push(entry);
    else entries.splice(at, 0, entry);
    // Known before folding: the fold ends with sealing, which may seal this very entry.
    this.#ids.add(id, entry);
    if (id > this.#greatestId) this.#greatestId = id;
    return this.#foldFrom(at, event, () => {
      entries.splice(at, 1);
      this.#ids.delete(id, entry);
    });
  }

  /** Appends an event that sorts after every applied one and whose id is new: nothing to take back first. */
  #append(id: string, event: CollaborationEnvelope, step: Step): ApplyResult {
    const entry = newEntry(id, event, step);
    const journal = this.#journal.position;
    try {
      this.#fold(entry);
    } catch (error) {
      // A rule throws before it changes anything; undoing is cheap insurance.
      this.#journal.undoTo(journal);
      throw error;
    }
    this.#entries.push(entry);
    this.#ids.add(id, entry);
    this.#greatestId = id;
    return this.#resultOf(entry, undefined);
  }

  /** A version of an id in the window: an exact copy, or a conflicting one that may change the kept version. */
  #addVersion(entry: WindowEntry, event: CollaborationEnvelope): ApplyResult {
    const versions = entry.versions ?? [entry.event];
    if (versions.some((version) => sameEvent(version, event))) return DUPLICATE;
    const previous = { event: entry.event, key: entry.key, step: entry.step, valid: entry.valid, versions: entry.versions };
    const moves = compareEvents(event, entry.event) < 0;
    if (moves && this.#sealedLast !== undefined && compareEvents(event, this.#sealedLast) < 0) return LATE;
    const entries = this.#entries;
    const from = entries.indexOf(entry, this.#start);
    // A smaller version moves the entry back, before the entries it now sorts before.
    const at = moves ? this.#indexOf(orderingKey(event)) : from;
    this.#rewind(entries[at]!);
    entries.splice(from, 1);
    entries.splice(at, 0, entry);
    if (moves) {
      entry.event = event;
      entry.key = undefined;
      entry.step = stepOf(event.event_type)!;
      entry.valid = entry.step.validator.check(event.payload);
    }
    entry.versions = versions.concat(event);
    return this.#foldFrom(at, event, () => {
      entries.splice(at, 1);
      entries.splice(from, 0, entry);
      Object.assign(entry, previous);
    });
  }

  /**
   * Folds the entries from index `at` on (the state was rewound to before
   * `at`; the entry there is the one `event` placed or changed), seals what
   * no longer fits and returns that entry's result. In strict mode, a throw
   * puts back exactly what was there (`restore` undoes the placing) and
   * rethrows that entry's own error, or an `InvalidatesAcceptedEventError`
   * naming the accepted event that would break.
   */
  #foldFrom(at: number, event: CollaborationEnvelope, restore: () => void): ApplyResult {
    const entries = this.#entries;
    const journal = this.#journal.position;
    const { eventCount, lastEventId, missionId } = this.state;
    let index = at;
    try {
      for (; index < entries.length; index++) this.#fold(entries[index]!);
    } catch (error) {
      const failed = entries[index]!;
      this.#journal.undoTo(journal);
      Object.assign(this.state, { eventCount, lastEventId, missionId });
      restore();
      for (let again = at; again < entries.length; again++) this.#fold(entries[again]!);
      if (index === at) throw error;
      const ref = (of: CollaborationEnvelope) => ({ eventId: of.event_id, eventType: of.event_type });
      throw new InvalidatesAcceptedEventError(ref(event), ref(failed.event), error);
    }
    return this.#resultOf(entries[at]!, entries[at + 1]);
  }

  /** Seals what no longer fits, then says what happened to `entry`, just folded with `next` (if any) after it. */
  #resultOf(entry: WindowEntry, next: WindowEntry | undefined): ApplyResult {
    const state = this.state;
    const outcome = !entry.applied && !state.strict ? "skipped" : next === undefined ? "applied" : "reordered";
    const end = next === undefined ? state.anomalies.length : next.anomalies;
    this.#seal();
    return end === entry.anomalies ? RESULTS[outcome] : applyResult(outcome, state.anomalies.slice(entry.anomalies, end));
  }

  /** Folds `entry` on the current state, remembering the state before it. */
  #fold(entry: WindowEntry): void {
    const state = this.state;
    entry.journal = this.#journal.position;
    entry.anomalies = state.anomalies.length;
    entry.eventCount = state.eventCount;
    entry.lastEventId = state.lastEventId;
    entry.missionId = state.missionId;
    entry.applied = foldEvent(state, entry.event, entry.versions?.length ?? 1, entry.step, entry.valid);
  }

  /** Puts the state back to what it was before `entry` was folded (nothing for none: the end of the window). */
  #rewind(entry: WindowEntry | undefined): void {
    if (entry === undefined) return;
    this.#journal.undoTo(entry.journal);
    this.state.eventCount = entry.eventCount;
    this.state.lastEventId = entry.lastEventId;
    this.state.missionId = entry.missionId;
  }

  /** Seals the oldest entries beyond the window's size and drops their undo records. */
  #seal(): void {
    const entries = this.#entries;
    while (entries.length - this.#start > this.#size) {
      const oldest = entries[this.#start]!;
      this.#ids.delete(oldest.id, oldest);
      // Its id is below `#greatestId` already.
      this.#sealedIds.add(oldest.id);
      this.#sealedLast = oldest.event;
      this.#start += 1;
    }
    if (this.#start * 2 >= entries.length && this.#start > 0) {
      this.#entries = entries.slice(this.#start);
      this.#start = 0;
    }
    this.#journal.forgetBefore(this.#entries[this.#start]?.journal ?? this.#journal.position);
  }

  /** The index where an event of ordering key `key` goes: before the first entry that sorts after it. */
  #indexOf(key: OrderingKey): number {
    let low = this.#start;
    let high = this.#entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(keyOf(this.#entries[middle]!), key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
