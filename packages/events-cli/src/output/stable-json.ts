import { once } from "node:events";
import type { Writable } from "node:stream";

/** Whether a key is an array index (`"0"` to `"4294967294"`, no leading zero): objects list those first, in numeric order. */
function isIndex(key: string): boolean {
  if (key.length === 0 || key.length > 10 || (key.length > 1 && key.charCodeAt(0) === 0x30)) return false;
  for (let at = 0; at < key.length; at++) {
    const code = key.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return false;
  }
  return Number(key) < 4294967295;
}

/**
 * The keys of an object in output order: sorted by code units, except that
 * JavaScript objects always list array-index keys (`"0"`, `"42"`) first,
 * in numeric order (as `Object.keys` gives them), so that the text read
 * back lists its keys in the order printed.
 */
function keyOrder(value: object): string[] {
  const keys = Object.keys(value);
  let indices = 0;
  while (indices < keys.length && isIndex(keys[indices]!)) indices++;
  if (indices === 0) return keys.sort();
  return [...keys.slice(0, indices), ...keys.slice(indices).sort()];
}

/** What `JSON.stringify` leaves out of objects (and prints as `null` in arrays). */
const omitted = (value: unknown): boolean => value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * The text of a JSON value with sorted keys, as `JSON.stringify(value,
 * null, 2)` prints it, continuing lines with `indent`.
 */
function serialize(value: unknown, indent: string): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    let text = "[";
    for (let at = 0; at < value.length; at++) {
      const item: unknown = value[at];
      text += `${at === 0 ? "\n" : ",\n"}${inner}${omitted(item) ? "null" : serialize(item, inner)}`;
    }
    return `${text}\n${indent}]`;
  }
  let text = "";
  for (const key of keyOrder(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (omitted(item)) continue;
    text += `${text === "" ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: ${serialize(item, inner)}`;
  }
  return text === "" ? "{}" : `${text}\n${indent}}`;
}

/**
 * The text of `value` in pieces: the first `levels` levels of objects and
 * arrays are written piece by piece, anything deeper as one
 * `JSON.stringify` (re-indented), so that no piece is larger than one entry
 * of the state.
 */
function* pieces(value: unknown, indent: string, levels: number): Generator<string> {
  const isArray = Array.isArray(value);
  const entries: [string | undefined, unknown][] | undefined =
    levels === 0 || value === null || typeof value !== "object"
      ? undefined
      : isArray
        ? value.map((item) => [undefined, item])
        : keyOrder(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
  if (entries === undefined || entries.length === 0) {
    yield serialize(value, indent);
    return;
  }
  const inner = `${indent}  `;
  yield isArray ? "[\n" : "{\n";
  for (const [at, [key, item]] of entries.entries()) {
    yield key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* pieces(item, inner, levels - 1);
    yield at === entries.length - 1 ? "\n" : ",\n";
  }
  yield `${indent}${isArray ? "]" : "}"}`;
}

/**
 * JSON with object keys sorted at every level (integer-like keys first, as
 * JavaScript lists them) and two-space indentation:
 * the same state prints byte for byte the same, whichever path (live or
 * batch) computed it and whatever order its maps were filled in.
 */
export function stableJson(value: unknown): string {
  return `${[...pieces(value, "", 0)].join("")}\n`;
}

const CHUNK = 1 << 20;

/**
 * Writes `stableJson(value)` to a stream without building the whole text:
 * `levels` levels are written entry by entry, in chunks of about a
 * megabyte, waiting for the stream to drain. The output of a large state
 * costs the memory of its largest entry, not of its text.
 */
export async function writeStableJson(stream: Writable, value: unknown, levels: number): Promise<void> {
  let buffer: string[] = [];
  let length = 0;
  const flush = async (): Promise<void> => {
    const text = buffer.join("");
    buffer = [];
    length = 0;
    if (!stream.write(text)) await once(stream, "drain");
  };
  for (const piece of pieces(value, "", levels)) {
    buffer.push(piece);
    length += piece.length;
    if (length >= CHUNK) await flush();
  }
  buffer.push("\n");
  await flush();
}
