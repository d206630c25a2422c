import { type JsonDifference, jsonDiff } from "./json-diff.js";

/** A value as plain JSON: what crosses a process boundary (null prototypes, frozen objects and `undefined` fields normalised). */
export function toPlainJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Anomaly `reason` texts are implementation wording: an expected anomaly
 * without `reason` matches any reason, so the actual one's is dropped
 * before comparing. Works on a plain-JSON copy.
 */
function dropUnexpectedReasons(expected: Readonly<Record<string, unknown>>, actual: unknown): unknown {
  if (!isRecord(actual) || !Array.isArray(actual["anomalies"]) || !Array.isArray(expected["anomalies"])) return actual;
  const wanted = expected["anomalies"] as readonly unknown[];
  const anomalies = (actual["anomalies"] as unknown[]).map((anomaly, index) => {
    const target = wanted[index];
    if (!isRecord(anomaly) || (isRecord(target) && Object.hasOwn(target, "reason"))) return anomaly;
    const { reason: _ignored, ...rest } = anomaly;
    return rest;
  });
  return { ...actual, anomalies };
}

/**
 * Differences between an expected scenario state and a reducer's state:
 * the whole state, as plain JSON, with anomaly reasons compared only where
 * the fixture gives them.
 */
export function compareState(expected: Readonly<Record<string, unknown>>, actual: unknown): JsonDifference[] {
  return jsonDiff(expected, dropUnexpectedReasons(expected, toPlainJson(actual)));
}
