import type { EventEnvelope } from "@sk/event-envelope";
import fc from "fast-check";
import { envelope as envelopeOf, MISSION, ulid } from "./events.ts";

/** Participant ids, including keys that break naive object maps. */
export const PARTICIPANTS = ["p1", "p2", "p3", "__proto__", "constructor", "toString"] as const;
const WARNINGS = ["w1", "w2", "hasOwnProperty"] as const;
const STEPS = ["s1", "s2"] as const;
const TIMESTAMPS = ["2026-01-15T10:00:00Z", "2026-01-15T10:00:00.5Z", "2026-01-15T10:00:00.500+00:00", "2026-01-15T12:00:00+02:00", "2026-01-15T09:59:59.999999-01:00"] as const;

const participant = fc.constantFrom(...PARTICIPANTS);
const identityOf = (pid: string, type: "human" | "llm_context") => ({ participant_id: pid, participant_type: type });
const focusTarget = fc.record({ target_type: fc.constantFrom("wp", "step", "file"), target_id: fc.constantFrom("WP01", "WP02", "x.ts") });

/** A payload (without mission_id) of one of the 14 types, valid by construction. */
const validPayload: fc.Arbitrary<readonly [string, Record<string, unknown>]> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(participant, fc.constantFrom("human", "llm_context") as fc.Arbitrary<"human" | "llm_context">).map(([pid, type]) => ["ParticipantJoined", { participant_id: pid, participant_identity: identityOf(pid, type) }] as const) },
  { weight: 1, arbitrary: participant.map((pid) => ["ParticipantInvited", { participant_id: pid, participant_identity: identityOf(pid, "human"), invited_by: "owner" }] as const) },
  { weight: 1, arbitrary: participant.map((pid) => ["ParticipantLeft", { participant_id: pid }] as const) },
  { weight: 2, arbitrary: participant.map((pid) => ["PresenceHeartbeat", { participant_id: pid }] as const) },
  { weight: 1, arbitrary: fc.tuple(participant, fc.constantFrom("active", "inactive")).map(([pid, intent]) => ["DriveIntentSet", { participant_id: pid, intent }] as const) },
  { weight: 1, arbitrary: fc.tuple(participant, focusTarget).map(([pid, target]) => ["FocusChanged", { participant_id: pid, focus_target: target }] as const) },
  { weight: 1, arbitrary: fc.tuple(participant, fc.constantFrom(...STEPS)).map(([pid, step]) => ["PromptStepExecutionStarted", { participant_id: pid, step_id: step }] as const) },
  { weight: 1, arbitrary: fc.tuple(participant, fc.constantFrom(...STEPS)).map(([pid, step]) => ["PromptStepExecutionCompleted", { participant_id: pid, step_id: step, outcome: "success" }] as const) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...WARNINGS), fc.uniqueArray(participant, { minLength: 2, maxLength: 3 }), focusTarget).map(([wid, pids, target]) => ["ConcurrentDriverWarning", { warning_id: wid, participant_ids: pids, focus_target: target, severity: "info" }] as const) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...WARNINGS), fc.uniqueArray(participant, { minLength: 2, maxLength: 3 })).map(([wid, pids]) => ["PotentialStepCollisionDetected", { warning_id: wid, participant_ids: pids, step_id: "s1", severity: "warning" }] as const) },
  { weight: 1, arbitrary: fc.tuple(participant, fc.constantFrom(...WARNINGS), fc.constantFrom("continue", "hold", "reassign", "defer")).map(([pid, wid, ack]) => ["WarningAcknowledged", { participant_id: pid, warning_id: wid, acknowledgement: ack }] as const) },
  { weight: 1, arbitrary: fc.tuple(participant, fc.nat(3)).map(([pid, n]) => ["CommentPosted", { participant_id: pid, comment_id: `c${n}`, content: "text", ...(n > 1 ? { reply_to: "c0" } : {}) }] as const) },
  { weight: 1, arbitrary: fc.tuple(participant, fc.nat(3)).map(([pid, n]) => ["DecisionCaptured", { participant_id: pid, decision_id: `d${n}`, topic: "t", chosen_option: "A", ...(n > 1 ? { rationale: "r" } : {}) }] as const) },
  { weight: 1, arbitrary: fc.tuple(participant, fc.nat(3)).map(([pid, n]) => ["SessionLinked", { participant_id: pid, primary_session_id: "sp", linked_session_id: `sl${n}`, link_type: "saas_to_cli" }] as const) },
);

/** A payload with protocol problems now and then: schema violations, another mission. */
const payload = fc.oneof(
  { weight: 12, arbitrary: validPayload.map(([type, fields]) => [type, { mission_id: MISSION, ...fields }] as const) },
  { weight: 1, arbitrary: validPayload.map(([type, fields]) => [type, { mission_id: "mission-other", ...fields }] as const) },
  { weight: 1, arbitrary: validPayload.map(([type, fields]) => [type, { mission_id: MISSION, ...fields, participant_id: 42 }] as const) },
);

/** A complete envelope around `payloadValue`, its id minted from `counter`. */
export function envelope(counter: number, eventType: string, payloadValue: Record<string, unknown>, lamport: number, timestamp: string): EventEnvelope {
  return envelopeOf(ulid(counter), eventType, payloadValue, lamport, timestamp, "node-a");
}

/**
 * A stream of collaboration events: mostly ordered by lamport clock, with
 * ties (equal clocks, equal or different timestamp keys), protocol
 * anomalies, and now and then an event of another domain.
 */
export const eventStream = (maxLength = 40): fc.Arbitrary<EventEnvelope[]> =>
  fc
    .tuple(
      fc.subarray([...PARTICIPANTS]),
      fc.array(fc.tuple(payload, fc.nat(3), fc.constantFrom(...TIMESTAMPS), fc.nat(30)), { minLength: 1, maxLength }),
    )
    .map(([joined, items]) => {
      // Participants that join first (lamport 0), so that strict mode gets past the start now and then.
      const joins = joined.map((pid, at) =>
        envelope(1000 + at, "ParticipantJoined", { mission_id: MISSION, participant_id: pid, participant_identity: identityOf(pid, "human") }, 0, TIMESTAMPS[0]),
      );
      let lamport = 0;
      return [
        ...joins,
        ...items.map(([[type, fields], step, timestamp, foreign], at) => {
          lamport += step === 0 ? 0 : 1;
          return envelope(at + 1, foreign === 0 ? "WPStatusChanged" : type, fields, lamport, timestamp);
        }),
      ];
    });

/**
 * Adds delivery problems to a stream: exact copies (same object or a deep
 * copy) and conflicting versions (same id, different content).
 */
export const withDuplicates = (events: EventEnvelope[]): fc.Arbitrary<EventEnvelope[]> =>
  fc
    .array(fc.tuple(fc.nat(events.length - 1), fc.constantFrom("same", "copy", "conflict-node", "conflict-lamport")), { maxLength: Math.ceil(events.length / 3) })
    .map((picks) => [
      ...events,
      ...picks.map(([index, kind]) => {
        const event = events[index]!;
        if (kind === "same") return event;
        if (kind === "copy") return structuredClone(event);
        if (kind === "conflict-node") return { ...event, node_id: "node-b" };
        return { ...event, lamport_clock: event.lamport_clock + 1 };
      }),
    ]);

/** A permutation of `items`. */
export const permutationOf = <T>(items: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

/** A stream with duplicates, and a permutation of it. */
export const shuffledStream = (maxLength = 40) =>
  eventStream(maxLength)
    .chain(withDuplicates)
    .chain((events) => fc.tuple(fc.constant(events), permutationOf(events)));
