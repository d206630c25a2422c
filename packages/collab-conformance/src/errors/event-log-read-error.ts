import { describeValue, SkError } from "@sk/event-envelope/errors";

/**
 * The event log given to `sk-conformance check` could not be read or is not
 * JSON. Names the file, the rule (`read` or `json`) and the offending value.
 */
export class EventLogReadError extends SkError<"EVENT_LOG_READ"> {
  /** The log file, as an absolute path. */
  readonly file: string;
  /** The broken rule: `read` or `json`. */
  readonly rule: string;
  /** The offending value (the path, or the parser's message). */
  readonly value: unknown;

  constructor(file: string, rule: string, value: unknown, expectation: string, options: { readonly cause?: unknown } = {}) {
    super("EVENT_LOG_READ", `event log ${file}: ${expectation} (rule: ${rule}), got ${describeValue(value)}`, options);
    this.file = file;
    this.rule = rule;
    this.value = value;
  }
}
