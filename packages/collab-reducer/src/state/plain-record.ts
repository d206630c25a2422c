/**
 * Records keyed by ids (participant ids, focus keys) as the output holds
 * them: ordinary objects with own, enumerable data properties, as
 * `JSON.parse` makes them, whatever the ids. Fill the object `openRecord`
 * returns by assignment, then `sealRecord` it.
 *
 * It starts without a prototype, so that every key is a plain own property
 * on assignment, `__proto__` included (on an ordinary object that assignment
 * would change the prototype instead); `sealRecord` then gives it
 * `Object.prototype`. V8 keeps such objects in dictionary mode, which also
 * spares a hidden class per sequence of keys: acknowledgement records,
 * rebuilt on every acknowledgement, cost about half as much this way.
 */

/** An empty record to fill by assignment. */
export function openRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** `record`, filled, as an ordinary frozen object. */
export function sealRecord<V>(record: Record<string, V>): Readonly<Record<string, V>> {
  Object.setPrototypeOf(record, Object.prototype);
  return Object.freeze(record);
}
