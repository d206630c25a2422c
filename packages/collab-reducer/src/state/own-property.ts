/**
 * Sets `record[key] = value` as an own, enumerable data property, as
 * `JSON.parse` makes it, for any key: assignment does that for every key
 * (ids such as `constructor` or `toString` shadow nothing, they are plain
 * own keys) except `__proto__`, whose assignment would change the
 * prototype, so that one is defined.
 */
export function setOwnProperty<V>(record: Record<string, V>, key: string, value: V): void {
  if (key === "__proto__") Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
