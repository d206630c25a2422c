// The benchmark's log: `missions` missions of `perMission` events each, as a
// SaaS backend holds them before partitioning: every mission starts, moves
// through phases (a review rollback now and then), its work packages walk
// planned -> claimed -> in_progress -> for_review -> done, and it completes.
// Mixed across missions, shuffled (seeded), 1% identical redeliveries.
import { seededRandom } from "../../../scripts/seeded-random.mjs";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PHASES = ["specify", "plan", "implement", "review", "accept"];
const LANES = ["planned", "claimed", "in_progress", "for_review"];

function ulid(n) {
  let text = "";
  for (let rest = n, digit = 0; digit < 8; digit++, rest = Math.floor(rest / 32)) text = CROCKFORD[rest % 32] + text;
  return `01KN00000000000000${text}`;
}

function envelope(id, eventType, mission, clock, payload) {
  return {
    event_id: ulid(id),
    event_type: eventType,
    aggregate_id: `mission/${mission}`,
    payload,
    timestamp: `2026-04-02T${String(10 + Math.floor(clock / 3600)).padStart(2, "0")}:${String(Math.floor(clock / 60) % 60).padStart(2, "0")}:${String(clock % 60).padStart(2, "0")}.${String(id % 1_000_000).padStart(6, "0")}Z`,
    node_id: "saas-worker-3",
    lamport_clock: clock,
    causation_id: null,
    project_uuid: "3f2b8c1e-7d4a-4e59-9b6c-2a1d0e8f7c35",
    project_slug: "atlas-storefront",
    correlation_id: "01JQ2M8E1H4K8NR2TW6YZ9DF3C",
    schema_version: "1.0.0",
    data_tier: 0,
  };
}

/** One mission's events in order: 1 start, phases, WP transitions (about 60%), 1 completion. */
function missionEvents(index, perMission, nextId) {
  const mission = `mission-${index}`;
  const events = [envelope(nextId(), "MissionStarted", mission, 1, { mission_id: mission, mission_type: "software-dev", initial_phase: "specify", actor: "prt-ana" })];
  const lanes = new Map();
  const done = new Map();
  for (let clock = 2; events.length < perMission - 1; clock++) {
    if (clock % 5 === 0) {
      const target = PHASES[clock % PHASES.length];
      const rollback = clock % 25 === 0;
      const payload = rollback
        ? { mission_id: mission, review_ref: `PR-${clock}`, target_phase: target, actor: "prt-ben" }
        : { mission_id: mission, phase_name: target, previous_phase: null, actor: "prt-ana" };
      events.push(envelope(nextId(), rollback ? "ReviewRollback" : "PhaseEntered", mission, clock, payload));
      continue;
    }
    // Twelve work packages at a time; one that is done gives way to a new one.
    const slot = clock % 12;
    const wpId = `WP${String(slot).padStart(2, "0")}-${done.get(slot) ?? 0}`;
    const from = lanes.get(wpId) ?? null;
    const step = from === null ? 0 : LANES.indexOf(from) + 1;
    const to = step < LANES.length ? LANES[step] : "done";
    const payload = { feature_slug: mission, wp_id: wpId, from_lane: from, to_lane: to, actor: "prt-claude", force: false, execution_mode: "worktree" };
    if (to === "done") payload.evidence = { repos: [{ repo: "atlas", branch: wpId, commit: "abc1234" }], review: { reviewer: "prt-ben", verdict: "approved" } };
    lanes.set(wpId, to);
    if (to === "done") done.set(slot, (done.get(slot) ?? 0) + 1);
    events.push(envelope(nextId(), "WPStatusChanged", mission, clock, payload));
  }
  events.push(envelope(nextId(), "MissionCompleted", mission, 10_000, { mission_id: mission, mission_type: "software-dev", final_phase: "accept", actor: "prt-ana" }));
  return events;
}

/** The mixed log: every mission's events, shuffled, plus 1% identical redeliveries. */
export function mixedLog(missions, perMission) {
  let id = 0;
  const nextId = () => id++;
  const log = [];
  for (let index = 0; index < missions; index++) for (const event of missionEvents(index, perMission, nextId)) log.push(event);
  const next = seededRandom(42);
  const copies = Math.floor(log.length / 100);
  for (let copy = 0; copy < copies; copy++) log.push(structuredClone(log[Math.floor(next() * log.length)]));
  for (let at = log.length - 1; at > 0; at--) {
    const other = Math.floor(next() * (at + 1));
    [log[at], log[other]] = [log[other], log[at]];
  }
  return log;
}
