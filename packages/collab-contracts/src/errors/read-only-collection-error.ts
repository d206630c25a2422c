import { describeValue, SkError } from "@sk/event-envelope/errors";

/** Something tried to change a collection the package exposes read-only. */
export class ReadOnlyCollectionError extends SkError<"READ_ONLY_COLLECTION"> {
  /** Name of the collection, e.g. `COLLABORATION_EVENT_TYPES`. */
  readonly collection: string;
  /** The refused operation: `add`, `delete` or `clear`. */
  readonly operation: string;
  /** The value passed to the operation (`undefined` for `clear`). */
  readonly value: unknown;

  constructor(collection: string, operation: string, value: unknown) {
    super("READ_ONLY_COLLECTION", `${collection}: ${operation}() is not allowed, the collection is read-only (rule: readOnly), got ${describeValue(value)}`);
    this.collection = collection;
    this.operation = operation;
    this.value = value;
  }
}
