import { once } from "node:events";
import type { Writable } from "node:stream";

const define = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

/**
 * The keys of an object in output order: sorted by code units, except that
 * JavaScript objects always list integer-like keys (`"0"`, `"42"`) first,
 * in numeric order; taking the order from an object built in sorted order
 * keeps every level of the output the same.
 */
function keyOrder(value: object): string[] {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) define(sorted, key, undefined);
  return Object.keys(sorted);
}

/** A deep copy of a JSON value whose object keys are in output order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of keyOrder(value)) define(sorted, key, sortedKeys((value as Record<string, unknown>)[key]));
  return sorted;
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
    yield JSON.stringify(sortedKeys(value), null, 2).replaceAll("\n", `\n${indent}`);
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
