import { createEnvelopeCheck, envelopeValidator } from "@sk/event-envelope";
import { compareEvents, type Orderable } from "@sk/event-ordering";
import type { LogRecord } from "../input/log-record.js";
import { stringField } from "../internal/string-field.js";
import type { ReducerPlugin } from "./reducer-plugin.js";
import { Rejection } from "./rejection.js";

/** An element that passed admission: a valid envelope of the reducer's own types. */
export interface AdmittedEvent {
  readonly event: Orderable & { readonly aggregate_id: string };
  readonly line: number;
}

/** Settings of one pass over the log. */
export interface AdmissionOptions {
  readonly file: string;
  readonly plugin: ReducerPlugin;
  readonly mode: "strict" | "permissive";
  /** `--mission`: only this aggregate_id (or `mission/` + it) is reduced; else every one. */
  readonly mission: string | undefined;
  /** Lines up to this one were already reported on stderr by an earlier pass. */
  readonly reportedUpTo: number;
  /** Reports a skipped line (permissive mode). */
  readonly warn: (message: string, line: number) => void;
}

/** What `#own` returns for an element that is not admitted any further. */
const NOT_OWN = Symbol("not own");

/**
 * The reducers' pipeline, one line at a time: elements of other reducers'
 * types are left out; an own element that is not JSON or not a valid
 * envelope is rejected (strict: a `Rejection`, exit 3) or reported on
 * stderr with its line and counted (permissive). Also keeps, per mission,
 * the event that sorts last (presence ages are measured from it).
 */
export class Admission {
  readonly #options: AdmissionOptions;
  /** `envelopeValidator.check`'s verdict at half its cost on a log (it remembers the run-wide fields): one per pass. */
  readonly #isEnvelope = createEnvelopeCheck();
  /** aggregate_id → the event that sorts last so far. */
  readonly lastEvents = new Map<string, Orderable>();
  /** Lines skipped in permissive mode. */
  skipped = 0;
  /** The last line seen. */
  lastLine = 0;

  constructor(options: AdmissionOptions) {
    this.#options = options;
  }

  admit(record: LogRecord): AdmittedEvent | undefined {
    const value = this.#own(record);
    if (value === NOT_OWN || !this.#validEnvelope(record.line, value)) return undefined;
    if (!this.#wanted(value)) return undefined;
    return this.#accepted(record.line, value as AdmittedEvent["event"]);
  }

  /**
   * Admits an element as `admit` does, for a `consume` that validates the
   * envelope itself (a live reducer's `apply` throws a typed error for an
   * invalid one), so that a valid event is validated once: the envelope is
   * checked here only when `consume` throws, to reject the line when it was
   * the cause (else `consume`'s error propagates). Returns what `consume`
   * returned, or `undefined` when the element was not admitted.
   */
  admitInto<T>(record: LogRecord, consume: (event: AdmittedEvent["event"]) => T): T | undefined {
    const value = this.#own(record);
    if (value === NOT_OWN) return undefined;
    // Another mission's element is still checked, as `admit` checks it.
    if (!this.#wanted(value)) {
      this.#validEnvelope(record.line, value);
      return undefined;
    }
    const event = value as AdmittedEvent["event"];
    let result: T;
    try {
      result = consume(event);
    } catch (error) {
      if (this.#validEnvelope(record.line, value)) throw error;
      return undefined;
    }
    this.#accepted(record.line, event);
    return result;
  }

  /** The element's value when it is JSON of the reducer's own types; a JSON error is rejected. */
  #own(record: LogRecord): unknown {
    this.lastLine = record.line;
    if (record.error !== undefined) {
      this.#reject(record.line, "NOT_JSON", null, null, record.error);
      return NOT_OWN;
    }
    return this.#options.plugin.owns(stringField(record.value, "event_type")) ? record.value : NOT_OWN;
  }

  /** Whether the value is a valid envelope; if not, it is rejected. */
  #validEnvelope(line: number, value: unknown): boolean {
    if (this.#isEnvelope(value)) return true;
    const reasons = envelopeValidator.violations(value).map((violation) => violation.message);
    this.#reject(line, "INVALID_ENVELOPE", stringField(value, "event_id"), stringField(value, "event_type"), `not a valid envelope: ${reasons.join("; ")}`);
    return false;
  }

  /** `--mission`: whether the event belongs to the mission reduced. */
  #wanted(value: unknown): boolean {
    const wanted = this.#options.mission;
    if (wanted === undefined) return true;
    const aggregateId = stringField(value, "aggregate_id");
    return aggregateId === wanted || aggregateId === `mission/${wanted}`;
  }

  #accepted(line: number, event: AdmittedEvent["event"]): AdmittedEvent {
    const last = this.lastEvents.get(event.aggregate_id);
    // Canonical order compares lamport clocks first (valid envelopes have integer ones); only a tie needs the full comparison.
    if (last === undefined || event.lamport_clock > last.lamport_clock || (event.lamport_clock === last.lamport_clock && compareEvents(event, last) > 0)) {
      this.lastEvents.set(event.aggregate_id, event);
    }
    return { event, line };
  }

  #reject(line: number, code: string, eventId: string | null, eventType: string | null, message: string): undefined {
    const { file, mode, reportedUpTo, warn } = this.#options;
    if (mode === "strict") throw new Rejection({ code, file, line, event_id: eventId, event_type: eventType, message: `${file}:${line}: ${message}` });
    this.skipped++;
    if (line > reportedUpTo) warn(`${file}:${line}: skipped (${code}): ${message}`, line);
    return undefined;
  }
}
