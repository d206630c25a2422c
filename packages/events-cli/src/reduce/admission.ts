import { envelopeValidator } from "@sk/event-envelope";
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
  readonly warn: (message: string) => void;
}

/**
 * The reducers' pipeline, one line at a time: elements of other reducers'
 * types are left out; an own element that is not JSON or not a valid
 * envelope is rejected (strict: a `Rejection`, exit 3) or reported on
 * stderr with its line and counted (permissive). Also keeps, per mission,
 * the event that sorts last (presence ages are measured from it).
 */
export class Admission {
  readonly #options: AdmissionOptions;
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
    this.lastLine = record.line;
    if (record.error !== undefined) return this.#reject(record.line, "NOT_JSON", null, null, record.error);
    const value = record.value;
    const eventType = stringField(value, "event_type");
    if (!this.#options.plugin.owns(eventType)) return undefined;
    if (!envelopeValidator.check(value)) {
      const reasons = envelopeValidator.violations(value).map((violation) => violation.message);
      return this.#reject(record.line, "INVALID_ENVELOPE", stringField(value, "event_id"), eventType, `not a valid envelope: ${reasons.join("; ")}`);
    }
    const event = value as AdmittedEvent["event"];
    const wanted = this.#options.mission;
    if (wanted !== undefined && event.aggregate_id !== wanted && event.aggregate_id !== `mission/${wanted}`) return undefined;
    const last = this.lastEvents.get(event.aggregate_id);
    if (last === undefined || compareEvents(event, last) > 0) this.lastEvents.set(event.aggregate_id, event);
    return { event, line: record.line };
  }

  #reject(line: number, code: string, eventId: string | null, eventType: string | null, message: string): undefined {
    const { file, mode, reportedUpTo, warn } = this.#options;
    if (mode === "strict") throw new Rejection({ code, file, line, event_id: eventId, event_type: eventType, message: `${file}:${line}: ${message}` });
    this.skipped++;
    if (line > reportedUpTo) warn(`${file}:${line}: skipped (${code}): ${message}`);
    return undefined;
  }
}
