/**
 * Sets `record[key] = value` as an own, enumerable data property, as
 * `JSON.parse` makes it, for any key: a `wp_id` of `__proto__` must not
 * change the prototype of `wp_states`.
 */
export function setOwnProperty<V>(record: Record<string, V>, key: string, value: V): void {
  if (key === "__proto__") Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
