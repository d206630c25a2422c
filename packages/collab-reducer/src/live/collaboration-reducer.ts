import { CollaborationError } from "@sk/collab-contracts";
import type { EventEnvelope } from "@sk/event-envelope";
import { ArgumentError, type SkError } from "@sk/event-envelope/errors";
import { canonicalEventId, canonicalJson, compareEvents, sortEvents } from "@sk/event-ordering";
import { InvalidSnapshotError } from "../errors/invalid-snapshot-error.js";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import { foldEvent, type Step, stepOf } from "../fold/fold-event.js";
import { initialState, type WorkingState } from "../fold/working-state.js";
import type { CollaborationReducerOptions } from "../options/reducer-options.js";
import { type ResolvedOptions, resolveOptions } from "../options/resolve-options.js";
import { includeCollaborationEvent, isEventObject, requireEventArray } from "../reduce/collaboration-events.js";
import { emitState } from "../state/emit-state.js";
import type { ReducedCollaborationState } from "../state/reduced-state.js";
import { IdIndex } from "./id-index.js";
import { addCheckpoint, type Checkpoint, checkpointBefore, checkpointDue, initialCheckpoint, resumeFrom } from "./checkpoints.js";
import { mergeEvents } from "./merge-events.js";
import { sortsAfter } from "./sorts-after.js";
import { type CollaborationReducerSnapshot, SNAPSHOT_FORMAT } from "./snapshot.js";
import { snapshotOptions } from "./snapshot-options.js";
import { readSnapshot } from "./read-snapshot.js";

/**
 * What `apply` did with an event:
 * - `appended`: it sorts after every event so far and was folded directly;
 * - `refolded`: it arrived out of order (strict mode), or is a differing
 *   version of a known `event_id`; the state was recomputed from the last
 *   checkpoint before it;
 * - `deferred`: permissive mode only: a new event that arrived out of order
 *   (or after one that did); it is merged, with one refold for all of them,
 *   when the state is next read (`state()`, `toSnapshot()`) or a known id
 *   arrives again;
 * - `duplicate`: an exact copy of a version already applied; nothing changed;
 * - `ignored`: not a collaboration event (not counted, like the batch reducer).
 */
export type ApplyOutcome = "appended" | "refolded" | "deferred" | "duplicate" | "ignored";

function sameEvent(a: CollaborationEnvelope, b: CollaborationEnvelope): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** One id whose versions changed in a merge. */
interface IdUpdate {
  readonly id: string;
  readonly previous: CollaborationEnvelope | undefined;
  readonly kept: CollaborationEnvelope;
  readonly versions: readonly CollaborationEnvelope[];
}

/**
 * A live collaboration reducer: events arrive one by one (or in batches), in
 * any order, with duplicates; `state()` always deep-equals
 * `reduceCollaborationEvents(allEventsSoFar, sameOptions)`.
 *
 * It keeps the processed events (sorted, deduplicated) and the working
 * state. An event that sorts after the last one is folded directly (the fast
 * path, amortised O(1)); an out-of-order event or a conflicting version
 * refolds from the last checkpoint before its position (checkpoints are
 * spaced so that taking them costs amortised O(1) per event). In permissive
 * mode, new out-of-order events are deferred and merged with one refold when
 * the state is next read.
 *
 * Strict mode: a rejected event throws and leaves the reducer exactly as it
 * was; `applyMany` is atomic (all events or none). Applied events are kept
 * by reference and must not be mutated afterwards.
 */
export class CollaborationReducer {
  readonly #options: ResolvedOptions;
  /** Processed events: sorted by `compareEvents`, one per canonical id. */
  #events: CollaborationEnvelope[] = [];
  /** Canonical id → the kept version. */
  readonly #ids = new IdIndex<CollaborationEnvelope>((event) => event.event_id);
  /** Canonical id → its distinct versions, only for ids with more than one. */
  readonly #versions = new Map<string, readonly CollaborationEnvelope[]>();
  /** Kept event → number of distinct versions of its id, only when more than one. */
  #conflictCounts = new Map<CollaborationEnvelope, number>();
  #state: WorkingState;
  #checkpoints: Checkpoint[];
  #cached: ReducedCollaborationState | undefined;
  /**
   * Permissive mode: new events (ids not seen before) that did not sort after
   * the last processed one, waiting to be merged in one refold. Their ids are
   * already in `#ids`. Strict mode never defers: it must reject at once.
   */
  #deferred: CollaborationEnvelope[] = [];

  /** Same as `createCollaborationReducer(options)`. */
  constructor(options?: CollaborationReducerOptions) {
    this.#options = resolveOptions(options);
    this.#state = initialState(this.#options);
    this.#checkpoints = [initialCheckpoint(this.#state)];
  }

  /**
   * Resumes a reducer from `toSnapshot()` output (possibly after a JSON round
   * trip). Throws `InvalidSnapshotError` for anything else, including events
   * a reducer with the snapshot's options rejects (the rejection is the cause).
   */
  static fromSnapshot(snapshot: unknown): CollaborationReducer {
    const { options, events } = readSnapshot(snapshot);
    const reducer = new CollaborationReducer(options);
    try {
      reducer.applyMany(events);
    } catch (error) {
      throw new InvalidSnapshotError({
        field: "events",
        rule: "replay",
        value: error instanceof CollaborationError ? error.event_id : undefined,
        // Only typed errors get here: argument, ordering and rule errors.
        expectation: `expected events a reducer with these options accepts (${(error as SkError).code}: ${(error as SkError).message.split("\n")[0]})`,
        cause: error,
      });
    }
    return reducer;
  }

  /**
   * Applies one event of any type (non-collaboration events are ignored).
   *
   * @throws ArgumentError when `event` is not an object; `OrderingInputError`
   *   for an invalid `event_id`, `lamport_clock` or `timestamp`; in strict
   *   mode the rule violation (the reducer is left unchanged).
   */
  apply(event: EventEnvelope): ApplyOutcome {
    if (!isEventObject(event)) throw new ArgumentError("event", "type", event, "expected an event envelope object");
    const step = stepOf(event.event_type);
    if (step === undefined) return "ignored";
    const collaborationEvent = event as CollaborationEnvelope;
    // Validates the ordering fields before anything else reads them.
    const inOrder = sortsAfter(this.#events[this.#events.length - 1], collaborationEvent);
    if (this.#ids.insertNew(collaborationEvent.event_id, collaborationEvent)) {
      if (inOrder && this.#deferred.length === 0) {
        this.#append(collaborationEvent, step);
        return "appended";
      }
      if (this.#options.mode === "permissive") {
        this.#deferred.push(collaborationEvent);
        this.#cached = undefined;
        return "deferred";
      }
      this.#ids.delete(collaborationEvent.event_id);
    } else if (this.#isKnownVersion(collaborationEvent)) {
      return "duplicate";
    }
    this.#flush();
    return this.#merge([collaborationEvent]);
  }

  /**
   * Applies events of any types, in any order. Atomic in both modes: in
   * strict mode a rejected event throws and none of `events` is applied.
   *
   * @throws ArgumentError / `OrderingInputError` for malformed input (naming
   *   `events[i]`), before anything is applied; in strict mode the rule violation.
   */
  applyMany(events: readonly EventEnvelope[]): void {
    requireEventArray(events);
    const sorted = sortEvents(events as readonly CollaborationEnvelope[], { include: includeCollaborationEvent });
    if (sorted.length === 0) return;
    this.#flush();
    const last = this.#events[this.#events.length - 1];
    if ((last === undefined || compareEvents(last, sorted[0]!) < 0) && this.#allNew(sorted)) this.#appendAll(sorted);
    else this.#merge(sorted);
  }

  /** The current reduced state: deeply frozen, cached until the next change. */
  state(): ReducedCollaborationState {
    this.#flush();
    this.#cached ??= emitState(this.#state);
    return this.#cached;
  }

  /** Plain JSON to resume from with `CollaborationReducer.fromSnapshot` (see `CollaborationReducerSnapshot`). */
  toSnapshot(): CollaborationReducerSnapshot {
    this.#flush();
    const others: CollaborationEnvelope[] = [];
    for (const [id, versions] of this.#versions) {
      for (const version of versions) if (version !== this.#ids.get(id)) others.push(version);
    }
    // Kept events in processed order, then the other versions in compare order:
    // equivalent reducers write identical snapshots.
    const events = this.#events.concat(sortEvents(others));
    return {
      format: SNAPSHOT_FORMAT,
      options: JSON.parse(JSON.stringify(snapshotOptions(this.#options))),
      events: events.map((event) => JSON.parse(canonicalJson(event))),
    };
  }

  /**
   * Merges the deferred events (new ids, permissive mode) with one refold
   * from the first position they change. Cannot throw: permissive folds
   * record anomalies, and the ordering fields were checked on arrival.
   */
  #flush(): void {
    if (this.#deferred.length === 0) return;
    const deferred = sortEvents(this.#deferred);
    this.#deferred = [];
    const merged = mergeEvents(this.#events, deferred, new Set(), []);
    const refolded = this.#refold(merged.events, merged.firstChange, this.#conflictCounts);
    this.#events = merged.events;
    this.#state = refolded.state;
    this.#checkpoints = refolded.checkpoints;
    this.#cached = undefined;
  }

  /** True when `event` is an exact copy of a version of its (known) id. */
  #isKnownVersion(event: CollaborationEnvelope): boolean {
    const id = canonicalEventId(event.event_id);
    const versions = this.#versions.get(id) ?? [this.#ids.get(id)!];
    return versions.some((version) => sameEvent(version, event));
  }

  /** True when no event of `sorted` has a known id nor repeats one. */
  #allNew(sorted: readonly CollaborationEnvelope[]): boolean {
    const seen = new Set<string>();
    for (const event of sorted) {
      const id = canonicalEventId(event.event_id);
      if (seen.has(id) || this.#ids.get(id) !== undefined) return false;
      seen.add(id);
    }
    return true;
  }

  /**
   * The fast path: folds an event that sorts after every processed one and
   * whose id was just inserted. A strict-mode throw changes nothing (the id
   * is removed again).
   */
  #append(event: CollaborationEnvelope, step?: Step): void {
    try {
      foldEvent(this.#state, event, 1, step);
    } catch (error) {
      this.#ids.delete(event.event_id);
      throw error;
    }
    this.#events.push(event);
    this.#cached = undefined;
    if (checkpointDue(this.#checkpoints, this.#events.length)) addCheckpoint(this.#checkpoints, this.#state, this.#events.length);
  }

  /** Appends sorted new events; if one is rejected, rolls back the ones before it and rethrows. */
  #appendAll(sorted: readonly CollaborationEnvelope[]): void {
    const length = this.#events.length;
    const cached = this.#cached;
    try {
      for (const event of sorted) {
        this.#ids.insertNew(event.event_id, event);
        this.#append(event);
      }
    } catch (error) {
      for (let at = this.#events.length - 1; at >= length; at--) this.#ids.delete(this.#events[at]!.event_id);
      this.#events.length = length;
      this.#checkpoints = this.#checkpoints.filter((checkpoint) => checkpoint.position <= length);
      // Replaying events this reducer accepted before cannot throw: the fold is deterministic.
      const replayed = this.#refold(this.#events, length, this.#conflictCounts);
      this.#state = replayed.state;
      this.#checkpoints = replayed.checkpoints;
      this.#cached = cached;
      throw error;
    }
  }

  /**
   * The general path: new versions of known ids, out-of-order events. Builds
   * the new processed list and refolds from the last checkpoint before the
   * first change; commits only when the refold succeeded.
   */
  #merge(incoming: readonly CollaborationEnvelope[]): "refolded" | "duplicate" {
    const updates = this.#idUpdates(incoming);
    if (updates.length === 0) return "duplicate";
    const added: CollaborationEnvelope[] = [];
    const removed = new Set<CollaborationEnvelope>();
    const recounted: CollaborationEnvelope[] = [];
    const conflictCounts = new Map(this.#conflictCounts);
    for (const update of updates) {
      if (update.previous === undefined) added.push(update.kept);
      else if (update.previous !== update.kept) {
        removed.add(update.previous);
        added.push(update.kept);
      } else recounted.push(update.kept);
      if (update.previous !== undefined) conflictCounts.delete(update.previous);
      if (update.versions.length > 1) conflictCounts.set(update.kept, update.versions.length);
    }
    const merged = mergeEvents(this.#events, sortEvents(added), removed, recounted);
    const refolded = this.#refold(merged.events, merged.firstChange, conflictCounts);
    this.#events = merged.events;
    this.#state = refolded.state;
    this.#checkpoints = refolded.checkpoints;
    this.#conflictCounts = conflictCounts;
    this.#cached = undefined;
    for (const update of updates) {
      this.#ids.set(update.id, update.kept);
      if (update.versions.length > 1) this.#versions.set(update.id, update.versions);
    }
    return "refolded";
  }

  /** Per canonical id touched by `incoming`: its distinct versions and the one to keep, when they changed. */
  #idUpdates(incoming: readonly CollaborationEnvelope[]): IdUpdate[] {
    const touched = new Map<string, CollaborationEnvelope[]>();
    for (const event of incoming) {
      const id = canonicalEventId(event.event_id);
      let versions = touched.get(id);
      if (versions === undefined) {
        const kept = this.#ids.get(id);
        versions = kept === undefined ? [] : [...(this.#versions.get(id) ?? [kept])];
        touched.set(id, versions);
      }
      if (!versions.some((version) => sameEvent(version, event))) versions.push(event);
    }
    const updates: IdUpdate[] = [];
    for (const [id, versions] of touched) {
      const previous = this.#ids.get(id);
      const previousCount = previous === undefined ? 0 : (this.#versions.get(id)?.length ?? 1);
      if (versions.length === previousCount) continue;
      let kept = versions[0]!;
      for (const version of versions) if (compareEvents(version, kept) < 0) kept = version;
      updates.push({ id, previous, kept, versions });
    }
    return updates;
  }

  /**
   * Folds `events` from the last checkpoint at or before `firstChange` into a
   * copy, taking new checkpoints on the way. Changes nothing of the reducer:
   * the caller commits the result (or drops it when a strict fold throws).
   */
  #refold(
    events: readonly CollaborationEnvelope[],
    firstChange: number,
    conflictCounts: ReadonlyMap<CollaborationEnvelope, number>,
  ): { readonly state: WorkingState; readonly checkpoints: Checkpoint[] } {
    const from = checkpointBefore(this.#checkpoints, firstChange);
    const checkpoints = this.#checkpoints.slice(0, from + 1);
    const base = checkpoints[from]!;
    const state = resumeFrom(base);
    for (let position = base.position; position < events.length; ) {
      const event = events[position]!;
      foldEvent(state, event, conflictCounts.size === 0 ? 1 : (conflictCounts.get(event) ?? 1));
      position += 1;
      if (checkpointDue(checkpoints, position)) addCheckpoint(checkpoints, state, position);
    }
    return { state, checkpoints };
  }
}

/**
 * Creates a live collaboration reducer (see `CollaborationReducer`).
 *
 * @throws ArgumentError for bad options.
 */
export function createCollaborationReducer(options?: CollaborationReducerOptions): CollaborationReducer {
  return new CollaborationReducer(options);
}

/** Resumes a live reducer from a snapshot; same as `CollaborationReducer.fromSnapshot`. */
export function fromSnapshot(snapshot: unknown): CollaborationReducer {
  return CollaborationReducer.fromSnapshot(snapshot);
}
