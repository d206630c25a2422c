/**
 * A plain reading of the status contract, written for the tests only: no
 * run-at-a-time grouping, no shared state with the package. Sorting uses
 * the ordering key's rendering (`timestampKey`) and `canonicalJson`, the
 * two primitives the contract defines, but its own comparison, grouping
 * and deduplication.
 */
import { envelopeValidator } from "@sk/event-envelope";
import { canonicalJson, timestampKey } from "@sk/event-ordering";
import { statusTransitionPayloadValidator, validateTransition } from "@sk/status-contracts";

type Json = Record<string, unknown>;
type Lane = string | null;

interface Anomaly {
  event_id: string | null;
  wp_id: string;
  from_lane: Lane;
  to_lane: Lane;
  reason: string;
}

const LANES = ["planned", "claimed", "in_progress", "for_review", "done", "blocked", "canceled"];
const lane = (value: unknown): Lane => (value === "doing" ? "in_progress" : typeof value === "string" && LANES.includes(value) ? value : null);
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const wpIdOf = (payload: unknown) => (isObject(payload) && typeof payload["wp_id"] === "string" && payload["wp_id"] !== "" ? payload["wp_id"] : "<unknown>");
const lanesOf = (payload: unknown): [Lane, Lane] => (isObject(payload) ? [lane(payload["from_lane"]), lane(payload["to_lane"])] : [null, null]);
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

function compare(a: Json, b: Json): number {
  return (
    cmp(a["lamport_clock"] as number, b["lamport_clock"] as number) ||
    cmp(timestampKey(a["timestamp"] as string), timestampKey(b["timestamp"] as string)) ||
    cmp((a["event_id"] as string).toUpperCase(), (b["event_id"] as string).toUpperCase()) ||
    cmp(canonicalJson(a), canonicalJson(b))
  );
}

export function referenceReduce(events: readonly unknown[]) {
  const anomalies: Anomaly[] = [];
  const own = events.filter((e) => !(isObject(e) && typeof e["event_type"] === "string" && e["event_type"] !== "WPStatusChanged"));
  const invalid = own.filter((e) => !envelopeValidator.check(e)).sort((a, b) => cmp(canonicalJson(a), canonicalJson(b)));
  for (const element of invalid) {
    const eventId = isObject(element) && typeof element["event_id"] === "string" ? element["event_id"] : null;
    const violations = envelopeValidator.violations(element).map((v) => v.message);
    anomalies.push({ event_id: eventId, wp_id: wpIdOf(isObject(element) ? element["payload"] : undefined), from_lane: null, to_lane: null, reason: `invalid envelope: ${violations.join("; ")}` });
  }
  const sorted = (own.filter((e) => envelopeValidator.check(e)) as Json[]).sort(compare);
  const kept: Json[] = [];
  const versions = new Map<string, Set<string>>();
  for (const event of sorted) {
    const id = (event["event_id"] as string).toUpperCase();
    const seen = versions.get(id);
    if (seen === undefined) {
      versions.set(id, new Set([canonicalJson(event)]));
      kept.push(event);
    } else seen.add(canonicalJson(event));
  }
  for (const event of kept) {
    if (versions.get((event["event_id"] as string).toUpperCase())!.size > 1) {
      const [from, to] = lanesOf(event["payload"]);
      anomalies.push({ event_id: (event["event_id"] as string).toUpperCase(), wp_id: wpIdOf(event["payload"]), from_lane: from, to_lane: to, reason: "conflicting duplicate event_id" });
    }
  }

  const valid: Json[] = [];
  for (const event of kept) {
    const payload = event["payload"] === undefined ? {} : event["payload"];
    const violations = statusTransitionPayloadValidator.violations(payload);
    if (violations.length === 0) valid.push(event);
    else {
      const first = violations[0]!;
      const [from, to] = lanesOf(payload);
      anomalies.push({
        event_id: (event["event_id"] as string).toUpperCase(),
        wp_id: wpIdOf(payload),
        from_lane: from,
        to_lane: to,
        reason: `payload validation failed: ${first.path.slice(1)}: ${first.rule}`,
      });
    }
  }

  const groups = new Map<string, Json[]>();
  for (const event of valid) {
    const key = JSON.stringify([(event["payload"] as Json)["wp_id"], event["lamport_clock"]]);
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const states = new Map<string, Json>();
  for (const group of groups.values()) {
    const isRollback = (e: Json) => {
      const p = e["payload"] as Json;
      return lane(p["from_lane"]) === "for_review" && lane(p["to_lane"]) === "in_progress" && p["review_ref"] !== undefined && p["review_ref"] !== null;
    };
    const ordered = [...group.filter((e) => !isRollback(e)), ...group.filter(isRollback)];
    const wpId = (group[0]!["payload"] as Json)["wp_id"] as string;
    const start = (states.get(wpId)?.["current_lane"] as Lane | undefined) ?? null;
    for (const event of ordered) {
      const payload = event["payload"] as Json;
      const [from, to] = lanesOf(payload);
      const id = (event["event_id"] as string).toUpperCase();
      if (from !== start) {
        anomalies.push({ event_id: id, wp_id: wpId, from_lane: from, to_lane: to, reason: `from_lane mismatch: expected ${start ?? "None"}, got ${from ?? "None"}` });
        continue;
      }
      const verdict = validateTransition(payload as never);
      if (!verdict.valid) {
        anomalies.push({ event_id: id, wp_id: wpId, from_lane: from, to_lane: to, reason: verdict.violations.join("; ") });
        continue;
      }
      const evidence = payload["evidence"] as Json | null | undefined;
      states.set(wpId, {
        wp_id: wpId,
        current_lane: to,
        last_event_id: id,
        last_transition_at: event["timestamp"],
        evidence:
          to === "done" && evidence
            ? {
                repos: (evidence["repos"] as Json[]).map((r) => ({ repo: r["repo"], branch: r["branch"], commit: r["commit"], files_touched: r["files_touched"] ?? null })),
                verification: ((evidence["verification"] as Json[] | undefined) ?? []).map((v) => ({ command: v["command"], result: v["result"], summary: v["summary"] ?? null })),
                review: {
                  reviewer: (evidence["review"] as Json)["reviewer"],
                  verdict: (evidence["review"] as Json)["verdict"],
                  reference: (evidence["review"] as Json)["reference"] ?? null,
                },
              }
            : null,
      });
    }
  }
  const wpStates: Json = {};
  for (const [wpId, state] of states) Object.defineProperty(wpStates, wpId, { value: state, enumerable: true, writable: true, configurable: true });
  const last = kept.at(-1);
  return {
    wp_states: wpStates,
    anomalies,
    event_count: kept.length,
    last_processed_event_id: last === undefined ? null : (last["event_id"] as string).toUpperCase(),
  };
}
