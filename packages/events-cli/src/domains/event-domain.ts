import type { EventEnvelope, Violation } from "@sk/event-envelope";

/** One JSON Schema file a package ships: its file name and its document. */
export interface SchemaFile {
  readonly file: string;
  readonly document: Record<string, unknown>;
}

/**
 * Everything the CLI knows about one family of event types, from one
 * package's public API. A new domain is one object like this, added to
 * `DOMAINS`.
 */
export interface EventDomain {
  /** Shown in counts and help, e.g. `collaboration`. */
  readonly name: string;
  /** The package that defines the types. */
  readonly packageName: string;
  /** The event types the domain owns. */
  readonly eventTypes: readonly string[];
  /**
   * The violations of an event with a valid envelope and one of the
   * domain's types, beyond the envelope's rules: its payload (pointers
   * start with `/payload`) and any envelope mapping the domain requires.
   */
  check(event: EventEnvelope): readonly Violation[];
  /** The JSON Schema files the package ships. */
  schemaFiles(): readonly SchemaFile[];
}

/** The violations of a payload validator, with pointers (and the messages naming them) from the envelope's root. */
export function payloadViolations(violations: readonly Violation[]): Violation[] {
  return violations.map((violation) => {
    const path = `/payload${violation.path}`;
    const field = violation.path || "(root)";
    const rest = violation.message.startsWith(`${field}: `) ? violation.message.slice(field.length + 2) : violation.message;
    return { ...violation, path, message: `${path}: ${rest}` };
  });
}
