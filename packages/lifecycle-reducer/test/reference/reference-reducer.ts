import { envelopeValidator } from "@sk/event-envelope";
import { canonicalJson, compareEvents } from "@sk/event-ordering";
import { reduceStatusEvents } from "@sk/status-reducer";

/**
 * A plain, unoptimised reading of the lifecycle contract, written apart
 * from the reducer so the two can be compared on generated logs: filter,
 * check, sort with the shared comparator, keep the first of each id, then
 * the rule table as one if-chain.
 */

type Event = {
  event_id: string;
  event_type: string;
  aggregate_id: string;
  lamport_clock: number;
  timestamp: string;
  payload: Record<string, unknown>;
};
type Anomaly = { event_id: string | null; event_type: string | null; reason: string };

const MISSION_TYPES = ["MissionStarted", "MissionCompleted", "MissionCancelled", "PhaseEntered", "ReviewRollback"];

const nonEmpty = (value: unknown) => typeof value === "string" && value.length > 0;
const idList = (value: unknown) => value === undefined || (Array.isArray(value) && value.every(nonEmpty));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function validPayload(type: string, p: unknown): boolean {
  if (!isObject(p) || !nonEmpty(p["mission_id"]) || !nonEmpty(p["actor"])) return false;
  if (type === "MissionStarted") return nonEmpty(p["mission_type"]) && nonEmpty(p["initial_phase"]);
  if (type === "MissionCompleted") return nonEmpty(p["mission_type"]) && nonEmpty(p["final_phase"]);
  if (type === "MissionCancelled") return nonEmpty(p["reason"]) && idList(p["cancelled_wp_ids"]);
  if (type === "PhaseEntered") return nonEmpty(p["phase_name"]) && (p["previous_phase"] === undefined || p["previous_phase"] === null || nonEmpty(p["previous_phase"]));
  return nonEmpty(p["review_ref"]) && nonEmpty(p["target_phase"]) && idList(p["affected_wp_ids"]);
}

export function referenceReduce(log: readonly unknown[]) {
  const own = log.filter((e) => !isObject(e) || typeof e["event_type"] !== "string" || e["event_type"] === "WPStatusChanged" || MISSION_TYPES.includes(e["event_type"]));
  const invalid: (Anomaly & { key: string })[] = [];
  const valid: Event[] = [];
  for (const e of own) {
    if (envelopeValidator.check(e)) {
      valid.push(e as Event);
      continue;
    }
    const raw = isObject(e) ? e : {};
    invalid.push({
      key: canonicalJson(e),
      event_id: typeof raw["event_id"] === "string" ? raw["event_id"] : null,
      event_type: typeof raw["event_type"] === "string" ? raw["event_type"] : null,
      reason: `invalid envelope: ${envelopeValidator.violations(e).map((v) => v.message).join("; ")}`,
    });
  }
  invalid.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const sorted = [...valid].sort(compareEvents);
  const seen = new Set<string>();
  const kept = sorted.filter((e) => {
    const id = e.event_id.toUpperCase();
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const ids = new Set(kept.map((e) => e.aggregate_id));
  if (ids.size > 1) throw new Error(`two missions: ${[...ids].join(", ")}`);

  const groups = new Map<number, Event[]>();
  for (const e of kept.filter((e) => e.event_type !== "WPStatusChanged")) groups.set(e.lamport_clock, [...(groups.get(e.lamport_clock) ?? []), e]);
  const state = { mission_id: null as unknown, mission_status: null as string | null, mission_type: null as unknown, current_phase: null as unknown, phases_entered: [] as unknown[] };
  const anomalies: Anomaly[] = [];
  for (const clock of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(clock)!.sort((a, b) => {
      const ca = a.event_type === "MissionCancelled" ? 1 : 0;
      const cb = b.event_type === "MissionCancelled" ? 1 : 0;
      if (ca !== cb) return ca - cb;
      return a.event_id.toUpperCase() < b.event_id.toUpperCase() ? -1 : 1;
    });
    for (const e of group) {
      const p = e.payload;
      const ok = validPayload(e.event_type, p);
      const flag = (reason: string) => anomalies.push({ event_id: e.event_id.toUpperCase(), event_type: e.event_type, reason });
      if (state.mission_status === "completed" || state.mission_status === "cancelled") flag(`Event after terminal state (${state.mission_status})`);
      else if (e.event_type === "MissionStarted" && state.mission_status !== null) flag("Duplicate MissionStarted (first one wins)");
      else if (e.event_type === "MissionStarted" && !ok) flag("Invalid MissionStarted payload");
      else if (e.event_type === "MissionStarted") {
        Object.assign(state, { mission_id: p["mission_id"], mission_type: p["mission_type"], mission_status: "active", current_phase: p["initial_phase"] });
        state.phases_entered.push(p["initial_phase"]);
      } else if (state.mission_status === null) flag("Event before MissionStarted");
      else if (!ok) flag(`Invalid ${e.event_type} payload`);
      else if (e.event_type === "PhaseEntered" || e.event_type === "ReviewRollback") {
        state.current_phase = e.event_type === "PhaseEntered" ? p["phase_name"] : p["target_phase"];
        state.phases_entered.push(state.current_phase);
      } else state.mission_status = e.event_type === "MissionCompleted" ? "completed" : "cancelled";
    }
  }
  // The work packages are the status reducer's business: the reference delegates too.
  const wp = reduceStatusEvents(kept.filter((e) => e.event_type === "WPStatusChanged"));
  const wpAnomalies = wp.anomalies.map((a) => ({ event_id: a.event_id, event_type: "WPStatusChanged", reason: `WP ${a.wp_id}: ${a.reason}` }));
  return {
    ...state,
    wp_states: wp.wp_states,
    anomalies: [...invalid.map(({ key: _key, ...anomaly }) => anomaly), ...anomalies, ...wpAnomalies],
    event_count: kept.length,
    last_processed_event_id: kept.length === 0 ? null : kept[kept.length - 1]!.event_id.toUpperCase(),
  };
}
