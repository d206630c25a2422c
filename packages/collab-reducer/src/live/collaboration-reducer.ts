import type { EventEnvelope } from "@sk/event-envelope";
import { createEnvelopeIdCheck, envelopeValidator } from "@sk/event-envelope";
import { ArgumentError, EnvelopeValidationError, type SkError } from "@sk/event-envelope/errors";
import { InvalidSnapshotError } from "../errors/invalid-snapshot-error.js";
import type { CollaborationEnvelope } from "../fold/collaboration-envelope.js";
import { stepOf } from "../fold/fold-event.js";
import { initialState } from "../fold/working-state.js";
import type { LiveReducerOptions } from "../options/reducer-options.js";
import { type ResolvedLiveOptions, resolveLiveOptions } from "../options/resolve-live-options.js";
import { isEventObject } from "../reduce/collaboration-events.js";
import { emitState } from "../state/emit-state.js";
import type { ReducedCollaborationState } from "../state/reduced-state.js";
import { type ApplyResult, IGNORED } from "./apply-result.js";
import { ReorderWindow } from "./reorder-window.js";
import { readSnapshot } from "./read-snapshot.js";
import type { CollaborationReducerSnapshot } from "./snapshot.js";
import { writeSnapshot } from "./write-snapshot.js";

/**
 * A live collaboration reducer for one mission: events arrive one at a
 * time, in any order, redelivered; `state()` deep-equals
 * `reduceCollaborationEvents(accepted, sameOptions)`, where `accepted` are
 * the events `apply` did not throw for nor report `late`.
 *
 * It keeps the working state and a reorder window of the newest `window`
 * applied events (see `ApplyResult` for what `apply` reports). In strict
 * mode a rejected event throws and leaves the reducer exactly as it was.
 * Applied events are kept by reference (in the window) and must not be
 * mutated afterwards.
 */
export class CollaborationReducer {
  #options: ResolvedLiveOptions;
  #window: ReorderWindow;
  #cached: ReducedCollaborationState | undefined;
  /** `envelopeValidator.check` giving the canonical `event_id`, remembering the run-wide fields a mission's events share. */
  readonly #eventIdOf = createEnvelopeIdCheck();

  /** Same as `createCollaborationReducer(options)`. */
  constructor(options?: LiveReducerOptions) {
    this.#options = resolveLiveOptions(options);
    this.#window = new ReorderWindow(this.#options.window, (journal) => initialState(this.#options, journal));
  }

  /**
   * Resumes a reducer from `toSnapshot()` output (possibly after a JSON
   * round trip): it then behaves exactly as the reducer that wrote it.
   * Throws `InvalidSnapshotError` for anything else.
   */
  static fromSnapshot(snapshot: unknown): CollaborationReducer {
    const read = readSnapshot(snapshot);
    const reducer = new CollaborationReducer();
    reducer.#options = read.options;
    reducer.#window = new ReorderWindow(read.options.window, read.createState, read);
    for (const [index, event] of read.events.entries()) reducer.#replay(event, index);
    return reducer;
  }

  /** Applies a snapshot's window event again: it must be accepted. */
  #replay(event: EventEnvelope, index: number): void {
    let outcome: string;
    try {
      outcome = this.apply(event).outcome;
    } catch (error) {
      const code = (error as SkError).code;
      throw new InvalidSnapshotError({ field: `events.${index}`, rule: "replay", value: event, expectation: `expected an event this reducer accepts (${code})`, cause: error });
    }
    if (outcome === "ignored" || outcome === "late" || outcome === "duplicate") {
      throw new InvalidSnapshotError({ field: `events.${index}`, rule: "replay", value: event, expectation: `expected a new collaboration event after sealed_last, got ${outcome}` });
    }
  }

  /**
   * Applies one event of any type and says what happened (see `ApplyResult`).
   *
   * @throws ArgumentError when `event` is not an object; `EnvelopeValidationError`
   *   (both modes) when a collaboration event, or one without a string
   *   `event_type`, is not a valid envelope, naming each field, rule and value;
   *   in strict mode the rule violation, or `InvalidatesAcceptedEventError`
   *   for a late event that would break an accepted one (the reducer is left
   *   exactly as it was).
   */
  apply(event: EventEnvelope): ApplyResult {
    if (!isEventObject(event)) throw new ArgumentError("event", "type", event, "expected an event envelope object");
    const eventType = (event as { readonly event_type?: unknown }).event_type;
    const step = stepOf(eventType);
    if (step === undefined && typeof eventType === "string") return IGNORED;
    const id = this.#eventIdOf(event);
    if (id === undefined) throw new EnvelopeValidationError(envelopeValidator.violations(event), event);
    // A valid envelope's event_type is a string, so `step` is defined here.
    const result = this.#window.place(id, event as CollaborationEnvelope, step!);
    if (result.outcome !== "duplicate" && result.outcome !== "late") this.#cached = undefined;
    return result;
  }

  /** The current reduced state: deeply frozen, cached until the next change. */
  state(): ReducedCollaborationState {
    this.#cached ??= emitState(this.#window.state);
    return this.#cached;
  }

  /**
   * Plain JSON to resume from with `fromSnapshot`: the options, the state
   * before the window, the window's events and the ids applied before it
   * (see `CollaborationReducerSnapshot`); never the whole history.
   */
  toSnapshot(): CollaborationReducerSnapshot {
    return writeSnapshot(this.#options, this.#window);
  }
}

/**
 * Creates a live collaboration reducer (see `CollaborationReducer`).
 *
 * @throws ArgumentError for bad options.
 */
export function createCollaborationReducer(options?: LiveReducerOptions): CollaborationReducer {
  return new CollaborationReducer(options);
}

/** Resumes a live reducer from a snapshot; same as `CollaborationReducer.fromSnapshot`. */
export function fromSnapshot(snapshot: unknown): CollaborationReducer {
  return CollaborationReducer.fromSnapshot(snapshot);
}
