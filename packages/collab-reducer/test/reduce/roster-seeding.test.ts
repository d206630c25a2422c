import type { EventEnvelope } from "@sk/event-envelope";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ReducedCollaborationState, reduceCollaborationEvents, UnknownParticipantError } from "../../src/index.ts";
import { eventStream } from "../support/arbitraries.ts";
import { expectDeepEqual } from "../support/deep-equal.ts";
import { identity, MISSION, Stream } from "../support/events.ts";

/** Anomalies that depend on who is active: the roster checks. */
const ROSTER_REASON = /^(Unknown participant|Participant .* has departed|Duplicate join|Participant .* not in roster)/;

function rosterSkips(state: ReducedCollaborationState, eventIds: ReadonlySet<string>): string[] {
  return state.anomalies.flatMap((anomaly) => (anomaly.event_id !== null && eventIds.has(anomaly.event_id) && ROSTER_REASON.test(anomaly.reason) ? [anomaly.event_id] : []));
}

function split(events: readonly EventEnvelope[], lamport: number) {
  return { prefix: events.filter((event) => event.lamport_clock < lamport), suffix: events.filter((event) => event.lamport_clock >= lamport) };
}

describe("roster seeding (a window reduced without its join history)", () => {
  it("reducing a suffix with roster = the prefix's active participants gives the same roster-dependent results", () => {
    fc.assert(
      fc.property(eventStream(30), fc.nat(12), (events, cut) => {
        const { prefix, suffix } = split(events, cut);
        const full = reduceCollaborationEvents(events, { mode: "permissive" });
        const head = reduceCollaborationEvents(prefix, { mode: "permissive" });
        const window = reduceCollaborationEvents(suffix, {
          mode: "permissive",
          roster: head.participants,
          ...(head.mission_id === "" ? {} : { missionId: head.mission_id }),
        });
        const suffixIds = new Set(suffix.map((event) => event.event_id));
        expectDeepEqual(window.participants, full.participants);
        expect(window.mission_id).toBe(full.mission_id);
        // The same suffix events are skipped for roster reasons (a participant who
        // left in the prefix is merely unknown to the window: still not active).
        expect(rosterSkips(window, suffixIds)).toStrictEqual(rosterSkips(full, suffixIds));
        // What the suffix appended, it appended in both.
        const fromSuffix = <T extends { readonly event_id: string }>(entries: readonly T[]) => entries.filter((entry) => suffixIds.has(entry.event_id));
        expectDeepEqual(window.comments, fromSuffix(full.comments));
        expectDeepEqual(window.decisions, fromSuffix(full.decisions));
      }),
      { numRuns: 200 },
    );
  });

  it("strict: a seeded participant may act; an unseeded one is unknown", () => {
    const stream = new Stream();
    stream.heartbeat("p1");
    const comment = stream.comment("p1", "c1");
    const state = reduceCollaborationEvents(stream.events, { roster: { p1: { participant_id: "p1", participant_type: "llm_context", session_id: "s" } } });
    expectDeepEqual(state.participants, { p1: identity("p1", "llm_context", null, "s") });
    expect(state.comments.map((entry) => entry.event_id)).toStrictEqual([comment.event_id]);
    expect(() => reduceCollaborationEvents(stream.events, { roster: { p2: { participant_id: "p2", participant_type: "human" } } })).toThrow(UnknownParticipantError);
  });

  it("a seeded participant joining again is a duplicate join", () => {
    const stream = new Stream();
    const join = stream.join("p1");
    const state = reduceCollaborationEvents(stream.events, { mode: "strict", roster: { p1: { participant_id: "p1", participant_type: "human" } }, missionId: MISSION });
    expect(state.anomalies).toStrictEqual([{ event_id: join.event_id, event_type: "ParticipantJoined", reason: "Duplicate join for participant 'p1'", code: "DUPLICATE_JOIN" }]);
  });
});
