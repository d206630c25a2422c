import { describeValue, ValidationError, type Violation } from "@sk/event-envelope/errors";
import type { InvalidElement } from "../sort-and-dedup/invalid-element.js";

function label(element: InvalidElement): string {
  const id = element.event_id === null ? "" : ` event_id ${describeValue(element.event_id)}`;
  const type = element.event_type === null ? "" : ` event_type ${describeValue(element.event_type)}`;
  return `events[${element.index}]${id}${type}`;
}

/** Every violation of every element, located in the events array (`/4/event_id`). */
function located(elements: readonly InvalidElement[]): Violation[] {
  return elements.flatMap((element) =>
    element.violations.map((violation) => ({
      path: `/${element.index}${violation.path}`,
      rule: violation.rule,
      value: violation.value,
      message: `${label(element)}: ${violation.message}`,
    })),
  );
}

/**
 * Elements of a log that are not valid event envelopes, all of them in one
 * error (strict reducers throw it; `sortAndDedup` with `invalid: "throw"`).
 * `violations` locate each broken rule in the events array (`/4/event_id`);
 * `elements` group them per element, in canonical-JSON order.
 */
export class InvalidEnvelopeError extends ValidationError<"INVALID_ENVELOPE"> {
  /** Every invalid element, ordered by canonical JSON. */
  readonly elements: readonly InvalidElement[];
  /** `event_id` of the first element when it is a string, else `null`. */
  readonly event_id: string | null;
  /** `event_type` of the first element when it is a string, else `null`. */
  readonly event_type: string | null;

  constructor(elements: readonly InvalidElement[]) {
    const count = `${elements.length} element${elements.length === 1 ? "" : "s"}`;
    super("INVALID_ENVELOPE", `Event log (${count} not a valid event envelope)`, located(elements));
    this.elements = Object.freeze([...elements]);
    this.event_id = elements[0]?.event_id ?? null;
    this.event_type = elements[0]?.event_type ?? null;
  }
}
