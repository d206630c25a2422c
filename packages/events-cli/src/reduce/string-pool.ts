/** Strings longer than this are rarely repeated (payload text); they are kept as they are. */
const MAX_POOLED_LENGTH = 64;
/** The pool starts over when it holds this many strings, so that unique values cannot grow it without bound. */
const MAX_POOL_SIZE = 100_000;
/** The envelope fields whose values repeat from event to event (`event_id` and `timestamp` are unique; other fields are not pooled). */
const ENVELOPE_FIELDS = ["event_type", "aggregate_id", "node_id", "project_uuid", "project_slug", "schema_version", "correlation_id", "causation_id"] as const;

/**
 * Makes parsed events share their repeated strings. `JSON.parse` gives
 * every event its own copy of each string (the mission, node, project and
 * type, participant ids), about 40 bytes apiece; an event held in memory
 * until its whole log is read (the batch path) then costs half as much
 * again as it needs. Strings are values, so sharing them changes nothing
 * but memory.
 */
export class StringPool {
  readonly #pool = new Map<string, string>();
  /** Per envelope field, its last value: the events of a run mostly share it, so one comparison finds it without hashing. */
  readonly #last: (string | undefined)[] = ENVELOPE_FIELDS.map(() => undefined);

  /** Replaces, in place, the repeated envelope fields and the payload's short strings with pooled ones; returns the event. */
  shareStrings<T extends object>(event: T): T {
    const record = event as Record<string, unknown>;
    for (let at = 0; at < ENVELOPE_FIELDS.length; at++) {
      const key = ENVELOPE_FIELDS[at]!;
      const value = record[key];
      if (typeof value !== "string") continue;
      let pooled = this.#last[at];
      if (value !== pooled) {
        pooled = this.#pooled(value);
        this.#last[at] = pooled;
      }
      record[key] = pooled;
    }
    const payload = record["payload"];
    if (typeof payload === "object" && payload !== null) this.#share(payload);
    return event;
  }

  #share(value: unknown): unknown {
    if (typeof value === "string") return this.#pooled(value);
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) {
      for (let at = 0; at < value.length; at++) value[at] = this.#share(value[at]);
      return value;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) record[key] = this.#share(record[key]);
    return value;
  }

  #pooled(text: string): string {
    if (text.length > MAX_POOLED_LENGTH) return text;
    const pooled = this.#pool.get(text);
    if (pooled !== undefined) return pooled;
    if (this.#pool.size >= MAX_POOL_SIZE) this.#pool.clear();
    this.#pool.set(text, text);
    return text;
  }
}
