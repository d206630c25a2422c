import { escapePointerSegment } from "@sk/event-envelope/errors";

/** One difference between an expected and an actual JSON value. */
export interface JsonDifference {
  /** JSON pointer of the differing value. */
  readonly path: string;
  /** `undefined` when the actual value has something the expected one does not. */
  readonly expected: unknown;
  /** `undefined` when the actual value lacks something the expected one has. */
  readonly actual: unknown;
}

type JsonKind = "array" | "object" | "scalar";

function kindOf(value: unknown): JsonKind {
  if (Array.isArray(value)) return "array";
  return typeof value === "object" && value !== null ? "object" : "scalar";
}

/**
 * Every difference between two plain JSON values: objects compared as key
 * sets (key order ignored), arrays index by index, scalars with `Object.is`.
 * Keys are visited in sorted order so the list is deterministic.
 */
export function jsonDiff(expected: unknown, actual: unknown, path = ""): JsonDifference[] {
  const kind = kindOf(expected);
  if (kind !== kindOf(actual)) return [{ path, expected, actual }];
  if (kind === "scalar") return Object.is(expected, actual) ? [] : [{ path, expected, actual }];
  if (kind === "array") {
    const left = expected as readonly unknown[];
    const right = actual as readonly unknown[];
    const differences: JsonDifference[] = [];
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      differences.push(...jsonDiff(left[index], right[index], `${path}/${index}`));
    }
    return differences;
  }
  const left = expected as Readonly<Record<string, unknown>>;
  const right = actual as Readonly<Record<string, unknown>>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  return keys.flatMap((key) => {
    const child = `${path}/${escapePointerSegment(key)}`;
    const inLeft = Object.hasOwn(left, key);
    const inRight = Object.hasOwn(right, key);
    if (inLeft && inRight) return jsonDiff(left[key], right[key], child);
    return [{ path: child, expected: inLeft ? left[key] : undefined, actual: inRight ? right[key] : undefined }];
  });
}

function render(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** One line per difference: `/path: expected X, got Y` (or `missing` / `unexpected`). */
export function formatDifferences(differences: readonly JsonDifference[]): string {
  return differences
    .map(({ path, expected, actual }) => {
      const where = path === "" ? "(root)" : path;
      if (actual === undefined) return `  ${where}: missing, expected ${render(expected)}`;
      if (expected === undefined) return `  ${where}: unexpected ${render(actual)}`;
      return `  ${where}: expected ${render(expected)}, got ${render(actual)}`;
    })
    .join("\n");
}
