import { describeValue, SkError } from "@sk/event-envelope/errors";

/**
 * A fixture file could not be read, is not JSON, or breaks its format
 * (`manifest.schema.json`, `scenario.schema.json`). Names the file, the
 * rule and the offending value.
 */
export class FixtureLoadError extends SkError<"FIXTURE_LOAD"> {
  /** The file that failed, as an absolute path. */
  readonly file: string;
  /** The broken rule: `read`, `json`, `format`, `exists`, `unique`. */
  readonly rule: string;
  /** The offending value (a pointer, an id, a message), when there is one. */
  readonly value: unknown;

  constructor(file: string, rule: string, value: unknown, expectation: string, options: { readonly cause?: unknown } = {}) {
    super("FIXTURE_LOAD", `${file}: ${expectation} (rule: ${rule}), got ${describeValue(value)}`, options);
    this.file = file;
    this.rule = rule;
    this.value = value;
  }
}
