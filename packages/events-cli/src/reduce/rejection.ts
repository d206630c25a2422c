import { SkError } from "@sk/event-envelope";
import { CliExit, EXIT } from "../cli/exit-codes.js";
import { stringField } from "../internal/string-field.js";
import type { Style } from "../output/style.js";

/** What strict mode rejected: a line, or an event the reducer threw on. */
export interface RejectionDetails {
  /** `NOT_JSON`, `INVALID_ENVELOPE`, or the reducer error's `code`. */
  readonly code: string;
  readonly file: string;
  /** The line of the element, when known. */
  readonly line: number | null;
  readonly event_id: string | null;
  readonly event_type: string | null;
  readonly message: string;
}

/** Strict mode stopped the reduction (exit 3). */
export class Rejection extends CliExit {
  readonly details: RejectionDetails;

  constructor(details: RejectionDetails) {
    super(EXIT.rejected, details.message);
    this.details = details;
  }
}

/** A reducer's typed error as a rejection; anything that is not an `@sk` error is rethrown (a bug). */
export function rejectionOf(error: unknown, file: string, lineOf: (eventId: string | null) => number | null): Rejection {
  if (!SkError.isInstance(error)) throw error;
  const eventId = stringField(error, "event_id");
  return new Rejection({
    code: error.code,
    file,
    line: lineOf(eventId),
    event_id: eventId,
    event_type: stringField(error, "event_type"),
    message: error.message,
  });
}

/** The rejection as text for stderr: where, then code, event_id, event_type and message, one per line. */
export function formatRejection(details: RejectionDetails, style: Style): string {
  const where = details.line === null ? details.file : `${details.file}:${details.line}`;
  return [
    `${style.red("sk-events: strict mode rejected")} ${where}`,
    `  code:       ${style.bold(details.code)}`,
    `  event_id:   ${details.event_id ?? "-"}`,
    `  event_type: ${details.event_type ?? "-"}`,
    `  message:    ${details.message}`,
    style.dim("Run with --mode permissive to record rejected events as anomalies and go on."),
  ].join("\n");
}
