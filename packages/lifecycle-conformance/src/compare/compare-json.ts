import { escapePointerSegment } from "@sk/event-envelope/errors";
import diff from "microdiff";

/** A value as plain JSON: what crosses a process boundary (frozen objects and `undefined` fields normalised). */
export function toPlainJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An expected anomaly may give `reason_prefix` instead of `reason` (for
 * texts of which only the start is contract, e.g. `invalid envelope`): a
 * matching actual reason is rewritten to the prefix before comparing.
 */
function applyReasonPrefixes(expected: unknown, actual: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) return actual.map((value, index) => applyReasonPrefixes(expected[index], value));
  if (!isRecord(expected) || !isRecord(actual)) return actual;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(actual)) copy[key] = applyReasonPrefixes(expected[key], value);
  const prefix = expected["reason_prefix"];
  if (typeof prefix === "string" && typeof copy["reason"] === "string" && copy["reason"].startsWith(prefix) && !Object.hasOwn(expected, "reason")) {
    delete copy["reason"];
    copy["reason_prefix"] = prefix;
  }
  return copy;
}

function render(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/**
 * Every difference between an expected and an actual value, one line each
 * (`  /pointer: expected X, got Y`), empty when they are deep-equal as
 * plain JSON (object key order ignored, arrays in order).
 */
export function compareJson(expected: unknown, actual: unknown): string[] {
  const plain = applyReasonPrefixes(expected, toPlainJson(actual));
  if (!isRecord(expected) && !Array.isArray(expected)) return Object.is(expected, plain) ? [] : [`  (root): expected ${render(expected)}, got ${render(plain)}`];
  if (!isRecord(plain) && !Array.isArray(plain)) return [`  (root): expected ${render(expected)}, got ${render(plain)}`];
  return diff(expected as Record<string, unknown>, plain as Record<string, unknown>).map((change) => {
    const where = change.path.map((segment) => `/${escapePointerSegment(String(segment))}`).join("");
    if (change.type === "CREATE") return `  ${where}: unexpected ${render(change.value)}`;
    if (change.type === "REMOVE") return `  ${where}: missing, expected ${render(change.oldValue)}`;
    return `  ${where}: expected ${render(change.oldValue)}, got ${render(change.value)}`;
  });
}
