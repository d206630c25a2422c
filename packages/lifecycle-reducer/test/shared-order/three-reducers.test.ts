import { reduceCollaborationEvents } from "@sk/collab-reducer";
import { canonicalEventId, sortAndDedup } from "@sk/event-ordering";
import { reduceStatusEvents } from "@sk/status-reducer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents } from "../../src/index.js";
import { envelope, payloads } from "../support/events.js";

/**
 * One ordering package, really shared: one mixed log (collaboration, work
 * package and lifecycle events, shuffled, with redeliveries) goes to the
 * three reducers, and each must have ordered the events it shares with the
 * others exactly as `sortAndDedup` orders the whole log.
 */

const LIFECYCLE = new Set(["MissionStarted", "MissionCompleted", "MissionCancelled", "PhaseEntered", "ReviewRollback"]);
const TIMESTAMPS = ["2026-04-02T10:00:00Z", "2026-04-02T10:00:00.5Z", "2026-04-02T12:00:00+02:00", "2026-04-02T10:00:00.250"];

const joined = envelope(0, "ParticipantJoined", { mission_id: "m-1", participant_id: "prt-ana", participant_identity: { participant_id: "prt-ana", participant_type: "human" } }, { lamport_clock: 0 });

/** One event of the mixed log: a comment, a WP transition or a phase, with colliding clocks and timestamps. */
const eventArbitrary = fc
  .record({ kind: fc.constantFrom("comment", "wp", "phase"), id: fc.integer({ min: 1, max: 400 }), clock: fc.integer({ min: 1, max: 6 }), timestamp: fc.constantFrom(...TIMESTAMPS), lower: fc.boolean() })
  .map(({ kind, id, clock, timestamp, lower }) => {
    const overrides = { lamport_clock: clock, timestamp };
    const event =
      kind === "comment"
        ? envelope(id, "CommentPosted", { mission_id: "m-1", participant_id: "prt-ana", comment_id: `c-${id}`, content: "looks good" }, overrides)
        : kind === "wp"
          ? envelope(id, "WPStatusChanged", payloads.wp(`WP0${id % 3}`, null, "planned"), overrides)
          : envelope(id, "PhaseEntered", payloads.phase(`phase-${id}`), overrides);
    return lower ? { ...event, event_id: event.event_id.toLowerCase() } : event;
  });

/** A shuffled log with identical redeliveries (ids unique across kinds, as producers mint them). */
const mixedLogArbitrary = fc
  .uniqueArray(eventArbitrary, { selector: (event) => canonicalEventId(event.event_id), maxLength: 60 })
  .chain((events) => {
    const log = [joined, envelope(500, "MissionStarted", payloads.started(), { lamport_clock: 0 }), ...events];
    return fc.tuple(fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length }), fc.array(fc.nat({ max: log.length - 1 }), { maxLength: 8 }));
  })
  .map(([log, copies]) => [...log, ...copies.map((index) => structuredClone(log[index]!))]);

const ids = (events: readonly { readonly event_id: string }[]) => events.map((event) => canonicalEventId(event.event_id));
const lastId = (events: readonly { readonly event_id: string }[]) => (events.length === 0 ? null : canonicalEventId(events[events.length - 1]!.event_id));

describe("one mixed log through the collaboration, status and lifecycle reducers", () => {
  it("each orders and deduplicates its events exactly as sortAndDedup orders the whole log", () => {
    fc.assert(
      fc.property(mixedLogArbitrary, (log) => {
        const shared = sortAndDedup(log).events;
        const comments = shared.filter((event) => event.event_type === "CommentPosted");
        const collab = shared.filter((event) => event.event_type === "CommentPosted" || event.event_type === "ParticipantJoined");
        const wp = shared.filter((event) => event.event_type === "WPStatusChanged");
        const lifecycle = shared.filter((event) => event.event_type === "WPStatusChanged" || LIFECYCLE.has(event.event_type));

        const collabState = reduceCollaborationEvents(log, { mode: "permissive" });
        const statusState = reduceStatusEvents(log);
        const lifecycleState = reduceLifecycleEvents(log);

        // The collaboration reducer: its comments are in its processed order.
        expect(collabState.comments.map((comment) => canonicalEventId(comment.event_id))).toEqual(ids(comments));
        expect(collabState.event_count).toBe(collab.length);
        expect(canonicalEventId(collabState.last_processed_event_id!)).toBe(lastId(collab));
        // The status reducer: the same WP events, the same last one; each WP's state is set by its last transition.
        expect(statusState.event_count).toBe(wp.length);
        expect(statusState.last_processed_event_id).toBe(lastId(wp));
        // The lifecycle reducer: mission and WP events together, and the status reducer's view of the WPs.
        expect(lifecycleState.event_count).toBe(lifecycle.length);
        expect(lifecycleState.last_processed_event_id).toBe(lastId(lifecycle));
        expect(lifecycleState.wp_states).toEqual(statusState.wp_states);
        expect(lifecycleState.anomalies.filter((anomaly) => anomaly.event_type === "WPStatusChanged").map((anomaly) => anomaly.event_id)).toEqual(
          statusState.anomalies.map((anomaly) => anomaly.event_id),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("the phases the lifecycle reducer enters follow the shared order wherever lamport clocks differ", () => {
    fc.assert(
      fc.property(mixedLogArbitrary, (log) => {
        const phases = sortAndDedup(log).events.filter((event) => event.event_type === "PhaseEntered");
        const clockOf = new Map(phases.map((event) => [(event.payload as { phase_name: string }).phase_name, event.lamport_clock]));
        const entered = reduceLifecycleEvents(log).phases_entered.slice(1);
        expect([...entered].sort()).toEqual(phases.map((event) => (event.payload as { phase_name: string }).phase_name).sort());
        // Inside one lamport group the contract orders by event_id; across groups the shared order rules.
        expect(entered.map((phase) => clockOf.get(phase))).toEqual(phases.map((event) => event.lamport_clock));
      }),
      { numRuns: 200 },
    );
  });
});
