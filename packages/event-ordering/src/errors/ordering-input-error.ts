import { describeValue, SkError } from "@sk/event-envelope/errors";

/** The `field` of an error about a whole value given to `canonicalJson`. */
export const ROOT_FIELD = "(root)";

/** What an {@link OrderingInputError} says about the offending input. */
export interface OrderingInputErrorDetails {
  /** The offending field, e.g. `timestamp`, `lamport_clock`, `event_id`, `events`, `event`, or for canonical JSON a JSON pointer such as `/payload/amount` (`(root)` for the value itself). */
  readonly field: string;
  /** The broken rule: `type`, `required`, `minLength`, `minimum`, `maximum`, `pattern`, `json`, `acyclic`. */
  readonly rule: string;
  /** The offending value, as given. */
  readonly value: unknown;
  /** What was expected, in words. */
  readonly expectation: string;
  /** Position of the event in the input array, when known. */
  readonly index?: number | undefined;
  /** The underlying error, when this one wraps another. */
  readonly cause?: unknown;
}

/**
 * `describeValue`, made total: it fails on a value whose `toJSON` returns
 * no JSON (JSON.stringify gives undefined), and such values reach these
 * errors by design.
 */
function describe(value: unknown): string {
  try {
    return describeValue(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Where the problem is: the field alone, or the field inside `events[index]`. */
function location(field: string, index: number | undefined): string {
  if (index === undefined) return field;
  if (field === "event" || field === ROOT_FIELD) return `events[${index}]`;
  return field.startsWith("/") ? `events[${index}]${field}` : `events[${index}].${field}`;
}

/**
 * An input to the ordering functions broke a rule: not an array, an event
 * that is not an object, a malformed `timestamp`, `lamport_clock` or
 * `event_id`, or a value canonical JSON cannot represent. Names the field,
 * the rule, the offending value and, when known, the event's index.
 */
export class OrderingInputError extends SkError<"ORDERING_INPUT"> {
  readonly field: string;
  readonly rule: string;
  readonly value: unknown;
  /** Index of the offending event in the input array; `undefined` when not known. */
  readonly index: number | undefined;

  constructor(details: OrderingInputErrorDetails) {
    const { field, rule, value, expectation, index } = details;
    super("ORDERING_INPUT", `${location(field, index)}: ${expectation} (rule: ${rule}), got ${describe(value)}`, "cause" in details ? { cause: details.cause } : {});
    this.field = field;
    this.rule = rule;
    this.value = value;
    this.index = index;
  }
}
