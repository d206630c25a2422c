/** Strings longer than this are rarely repeated (payload text); they are kept as they are. */
const MAX_POOLED_LENGTH = 64;
/** The pool starts over when it holds this many strings, so that unique values cannot grow it without bound. */
const MAX_POOL_SIZE = 100_000;

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

  /** Replaces, in place, the event's short strings (except its unique `event_id` and `timestamp`) with pooled ones; returns the event. */
  shareStrings<T extends object>(event: T): T {
    const record = event as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key !== "event_id" && key !== "timestamp") record[key] = this.#share(record[key]);
    }
    return event;
  }

  #share(value: unknown): unknown {
    if (typeof value === "string") return value.length > MAX_POOLED_LENGTH ? value : this.#pooled(value);
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) {
      for (let at = 0; at < value.length; at++) value[at] = this.#share(value[at]);
      return value;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = this.#share(record[key]);
    return value;
  }

  #pooled(text: string): string {
    const pooled = this.#pool.get(text);
    if (pooled !== undefined) return pooled;
    if (this.#pool.size >= MAX_POOL_SIZE) this.#pool.clear();
    this.#pool.set(text, text);
    return text;
  }
}
