import type { EventEnvelope } from "@sk/event-envelope";
import fc from "fast-check";
import { envelope, payloads, ulid } from "./events.js";

const PHASES = ["specify", "plan", "implement", "review", "__proto__"];
const LANES = [null, "planned", "claimed", "in_progress", "doing", "for_review", "done", "blocked", "canceled"];
// Naive timestamps (no offset) are valid envelopes too; they sort by their own key.
const TIMESTAMPS = ["2026-04-02T10:00:00Z", "2026-04-02T10:00:00.5Z", "2026-04-02T12:00:00+02:00", "2026-04-02T09:59:59.999999Z", "2026-04-02T10:00:00.250"];

/** A valid or (one time in four) invalid payload of each mission type. */
const missionPayload: Record<string, fc.Arbitrary<unknown>> = {
  MissionStarted: fc.oneof(fc.constantFrom(...PHASES).map((phase) => payloads.started(phase)), fc.constant({ mission_id: "m-1", actor: "a" })),
  MissionCompleted: fc.oneof(fc.constant(payloads.completed()), fc.constant(payloads.completed()), fc.constant(payloads.completed({ final_phase: "" }))),
  MissionCancelled: fc.oneof(fc.constant(payloads.cancelled()), fc.constant(payloads.cancelled({ cancelled_wp_ids: ["WP01"] })), fc.constant(payloads.cancelled({ reason: 1 }))),
  PhaseEntered: fc.oneof(fc.constantFrom(...PHASES).map((phase) => payloads.phase(phase)), fc.constantFrom(...PHASES).map((phase) => payloads.phase(phase)), fc.constant({})),
  ReviewRollback: fc.oneof(fc.constantFrom(...PHASES).map((phase) => payloads.rollback(phase)), fc.constant(payloads.rollback("plan", { affected_wp_ids: "WP01" }))),
  WPStatusChanged: fc
    .record({ wp: fc.constantFrom("WP01", "WP02"), from: fc.constantFrom(...LANES), to: fc.constantFrom(...(LANES.slice(1) as string[])), force: fc.boolean() })
    .map(({ wp, from, to, force }) => payloads.wp(wp, from, to, force ? { force, reason: "unblock" } : {})),
  ParticipantJoined: fc.constant({ mission_id: "m-1" }),
};

/** One element of a mission log: mostly valid envelopes, some invalid ones, some of other types. */
export const elementArbitrary: fc.Arbitrary<unknown> = fc
  .record({
    type: fc.constantFrom(...Object.keys(missionPayload)),
    id: fc.nat({ max: 30 }),
    clock: fc.nat({ max: 8 }),
    timestamp: fc.constantFrom(...TIMESTAMPS),
    lowerCaseId: fc.boolean(),
    broken: fc.nat({ max: 19 }),
  })
  .chain(({ type, id, clock, timestamp, lowerCaseId, broken }) =>
    (missionPayload[type] as fc.Arbitrary<unknown>).map((payload): unknown => {
      const event = envelope(id, type, payload, { lamport_clock: clock, timestamp, ...(lowerCaseId ? { event_id: ulid(id).toLowerCase() } : {}) });
      if (broken === 0) return { ...event, event_id: `bad-${id}` };
      if (broken === 1) return { ...event, lamport_clock: -1 };
      return event;
    }),
  );

/** A log of one mission, with identical redeliveries of some of its elements. */
export const logArbitrary: fc.Arbitrary<unknown[]> = fc
  .tuple(fc.array(elementArbitrary, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }))
  .map(([elements, copies]) => (elements.length === 0 ? elements : [...elements, ...copies.map((index) => structuredClone(elements[index % elements.length]))]));

/**
 * A log and a permutation of it. (Copies of a valid envelope change
 * nothing, but each invalid element is its own anomaly, so the permutation
 * keeps the multiset; `logArbitrary` already holds redeliveries.)
 */
export const permutedLogArbitrary: fc.Arbitrary<readonly [unknown[], unknown[]]> = logArbitrary.chain((log) =>
  fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })),
);

/** Envelopes of several missions (aggregate ids `mission/m-0`..`mission/m-3`), shuffled. */
export const multiMissionLogArbitrary: fc.Arbitrary<unknown[]> = fc
  .array(fc.tuple(elementArbitrary, fc.nat({ max: 3 })), { maxLength: 60 })
  .map((pairs) => pairs.map(([element, mission]) => ({ ...(element as EventEnvelope), aggregate_id: `mission/m-${mission}` })));
