// Synthetic WPStatusChanged logs for the benchmarks: `workPackages` work
// packages each walking a valid cycle of lanes (review rollbacks, done with
// evidence, forced reopenings), taking turns. The lamport clock grows by one
// per event except that a quarter of the events are concurrent with the
// previous one (same clock, another work package), as when several agents
// emit at once; `tiesPerClock` instead puts that many events on each clock.
import { seededRandom } from "../../../scripts/seeded-random.mjs";
const PROJECT = "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
const RUN_ID = "01HZ0000000000000000000000";
const EVIDENCE = {
  repos: [{ repo: "acme/checkout", branch: "wp", commit: "a1b2c3d4", files_touched: ["src/cart.ts"] }],
  verification: [{ command: "pnpm test", result: "pass" }],
  review: { reviewer: "rev-bob", verdict: "approved", reference: "PR#42" },
};

/** The repeating cycle after the first `null -> planned`. */
const CYCLE = [
  { from_lane: "planned", to_lane: "claimed" },
  { from_lane: "claimed", to_lane: "in_progress" },
  { from_lane: "in_progress", to_lane: "for_review" },
  { from_lane: "for_review", to_lane: "in_progress", review_ref: "PR#42 changes requested" },
  { from_lane: "in_progress", to_lane: "for_review" },
  { from_lane: "for_review", to_lane: "done", evidence: EVIDENCE },
  { from_lane: "done", to_lane: "planned", force: true, reason: "reopened for a follow-up" },
];

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function ulid(n) {
  let text = "";
  for (let rest = n; text.length < 16; rest = Math.floor(rest / 32)) text = CROCKFORD[rest % 32] + text;
  return `01J0000000${text}`;
}

function timestamp(step, wp) {
  const seconds = 1_700_000_000 + step * 60 + (wp % 60);
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}.${String((wp * 7919) % 1_000_000).padStart(6, "0")}Z`;
}

/** `count` events in processed order, spread over `workPackages` work packages. */
export function orderedWorkload(count, { workPackages = 1000, tiesPerClock = 0, seed = 42 } = {}) {
  const next = seededRandom(seed);
  const events = [];
  const perWp = Math.ceil(count / workPackages);
  let clock = 0;
  for (let step = 0; step < perWp; step++) {
    for (let wp = 0; wp < workPackages && events.length < count; wp++) {
      if (tiesPerClock > 0 ? events.length % tiesPerClock === 0 : next() >= 0.25) clock += 1;
      const move = step === 0 ? { from_lane: null, to_lane: "planned" } : CYCLE[(step - 1) % CYCLE.length];
      events.push({
        event_id: ulid(events.length),
        event_type: "WPStatusChanged",
        aggregate_id: "mission/042-checkout",
        payload: { feature_slug: "042-checkout", wp_id: `WP${String(wp).padStart(4, "0")}`, actor: `agent-${wp % 17}`, execution_mode: "worktree", ...move },
        timestamp: timestamp(step, wp),
        node_id: `cli-${wp % 5}`,
        lamport_clock: clock,
        causation_id: null,
        project_uuid: PROJECT,
        project_slug: "checkout",
        correlation_id: RUN_ID,
        schema_version: "1.0.0",
        data_tier: 0,
      });
    }
  }
  return events;
}

/**
 * `events` shuffled (seeded Fisher-Yates) with `duplicateRate` of them
 * delivered twice, then materialised through a JSON round trip, so the
 * objects sit in memory in arrival order as a parsed log's do.
 */
export function shuffledWithDuplicates(events, duplicateRate = 0.01, seed = 7) {
  const next = seededRandom(seed);
  const all = events.slice();
  const duplicates = Math.round(events.length * duplicateRate);
  for (let at = 0; at < duplicates; at++) all.push(all[Math.floor(next() * events.length)]);
  for (let at = all.length - 1; at > 0; at--) {
    const other = Math.floor(next() * (at + 1));
    [all[at], all[other]] = [all[other], all[at]];
  }
  const parsed = [];
  for (let at = 0; at < all.length; at += 10_000) parsed.push(...JSON.parse(JSON.stringify(all.slice(at, at + 10_000))));
  return parsed;
}
