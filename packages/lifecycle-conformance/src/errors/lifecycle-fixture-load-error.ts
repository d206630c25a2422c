import { describeValue, SkError } from "@sk/event-envelope/errors";

/**
 * A fixture file could not be read, is not JSON, or breaks its format
 * (`schemas/manifest.schema.json`, unique ids, existing paths). Names the
 * file, the rule and the offending value.
 */
export class LifecycleFixtureLoadError extends SkError<"LIFECYCLE_FIXTURE_LOAD"> {
  /** The file that failed, as an absolute path. */
  readonly file: string;
  /** The broken rule: `read`, `json`, `format`, `exists`, `unique`. */
  readonly rule: string;
  /** The offending value (a pointer, an id, a message). */
  readonly value: unknown;

  constructor(file: string, rule: string, value: unknown, expectation: string, options: { readonly cause?: unknown } = {}) {
    super("LIFECYCLE_FIXTURE_LOAD", `${file}: ${expectation} (rule: ${rule}), got ${describeValue(value)}`, options);
    this.file = file;
    this.rule = rule;
    this.value = value;
  }
}
