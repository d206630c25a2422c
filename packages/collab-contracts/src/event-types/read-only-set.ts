import { ReadOnlyCollectionError } from "../errors/read-only-collection-error.js";

/**
 * A set that cannot change after construction: it wraps a private `Set`
 * that nothing else can reach, so not even `Set.prototype.add.call` can
 * modify it, and the instance itself is frozen. `add`, `delete` and `clear`
 * exist only to fail loudly (with a typed error) for code that treats it as
 * a mutable `Set`.
 */
export class ReadOnlySet<T> implements ReadonlySet<T> {
  readonly #values: Set<T>;
  readonly #name: string;

  /** @param name used in error messages, e.g. `COLLABORATION_EVENT_TYPES`. */
  constructor(name: string, values: Iterable<T>) {
    this.#name = name;
    this.#values = new Set(values);
    Object.freeze(this);
  }

  get size(): number {
    return this.#values.size;
  }

  get [Symbol.toStringTag](): string {
    return "ReadOnlySet";
  }

  has(value: unknown): value is T {
    return this.#values.has(value as T);
  }

  forEach(callback: (value: T, key: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    for (const value of this.#values) callback.call(thisArg, value, value, this);
  }

  entries(): SetIterator<[T, T]> {
    return this.#values.entries();
  }

  keys(): SetIterator<T> {
    return this.#values.keys();
  }

  values(): SetIterator<T> {
    return this.#values.values();
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.#values.values();
  }

  /** Always throws `ReadOnlyCollectionError`. */
  add(value: unknown): never {
    throw new ReadOnlyCollectionError(this.#name, "add", value);
  }

  /** Always throws `ReadOnlyCollectionError`. */
  delete(value: unknown): never {
    throw new ReadOnlyCollectionError(this.#name, "delete", value);
  }

  /** Always throws `ReadOnlyCollectionError`. */
  clear(): never {
    throw new ReadOnlyCollectionError(this.#name, "clear", undefined);
  }

  /** Serialises as a JSON array, in insertion order. */
  toJSON(): T[] {
    return [...this.#values];
  }
}
