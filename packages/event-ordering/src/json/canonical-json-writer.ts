import { escapePointerSegment, SkError } from "@sk/event-envelope/errors";
import { OrderingInputError, ROOT_FIELD } from "../errors/ordering-input-error.js";

/** State of one serialisation: the open containers (for cycles) and the current JSON pointer. */
interface Walk {
  readonly ancestors: unknown[];
  readonly path: string[];
  readonly index: number | undefined;
}

function pointer(path: readonly string[]): string {
  return path.length === 0 ? ROOT_FIELD : "/" + path.map(escapePointerSegment).join("/");
}

function reject(walk: Walk, rule: string, value: unknown, expectation: string): OrderingInputError {
  return new OrderingInputError({ field: pointer(walk.path), rule, value, expectation, index: walk.index });
}

/** JSON.stringify's first steps: `toJSON`, then unwrapping boxed primitives. */
function jsonValueOf(key: string, input: unknown): unknown {
  let value = input;
  if ((typeof value === "object" && value !== null) || typeof value === "bigint") {
    const toJSON = (value as { readonly toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") value = toJSON.call(value, key);
  }
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt) return value.valueOf();
  return value;
}

function enter(walk: Walk, container: object): void {
  if (walk.ancestors.includes(container)) throw reject(walk, "acyclic", container, "expected a value without cycles");
  walk.ancestors.push(container);
}

function writeArray(array: readonly unknown[], walk: Walk): string {
  enter(walk, array);
  let out = "[";
  for (let at = 0; at < array.length; at++) {
    const key = String(at);
    walk.path.push(key);
    out += (at === 0 ? "" : ",") + (write(key, array[at], walk) ?? "null");
    walk.path.pop();
  }
  walk.ancestors.pop();
  return out + "]";
}

function writeObject(object: Readonly<Record<string, unknown>>, walk: Walk): string {
  enter(walk, object);
  // The default sort compares strings by UTF-16 code units, as the contract requires.
  const keys = Object.keys(object).sort();
  let out = "{";
  for (const key of keys) {
    walk.path.push(key);
    const member = write(key, object[key], walk);
    walk.path.pop();
    if (member !== undefined) out += (out.length === 1 ? "" : ",") + JSON.stringify(key) + ":" + member;
  }
  walk.ancestors.pop();
  return out + "}";
}

/** One value as JSON.stringify would write it with sorted keys; `undefined` where it would omit it. */
function write(key: string, input: unknown, walk: Walk): string | undefined {
  const value = jsonValueOf(key, input);
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      throw reject(walk, "json", value, "expected a JSON value (a bigint has no JSON form)");
    case "object":
      if (value === null) return "null";
      return Array.isArray(value) ? writeArray(value, walk) : writeObject(value as Record<string, unknown>, walk);
    default:
      // undefined, functions and symbols: omitted from objects, null in arrays.
      return undefined;
  }
}

/**
 * Canonical JSON of `value` (see `canonicalJson`); errors name the event
 * `index` when given. Anything that is not already an `SkError` (a throwing
 * getter or `toJSON`, nesting too deep for the stack) becomes an
 * `OrderingInputError` with rule `json`.
 */
export function writeCanonicalJson(value: unknown, index?: number): string {
  const walk: Walk = { ancestors: [], path: [], index };
  let json: string | undefined;
  try {
    json = write("", value, walk);
  } catch (error) {
    if (SkError.isInstance(error)) throw error;
    throw new OrderingInputError({ field: pointer(walk.path), rule: "json", value, expectation: "expected a value canonical JSON can serialise", index, cause: error });
  }
  if (json === undefined) throw reject(walk, "json", value, "expected a JSON value (undefined, functions and symbols have no JSON form)");
  return json;
}
