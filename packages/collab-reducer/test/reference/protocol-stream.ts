import type { EventEnvelope } from "@sk/event-envelope";
import fc from "fast-check";
import { envelope } from "../support/arbitraries.ts";
import { MISSION } from "../support/events.ts";

/**
 * Streams that follow the protocol most of the time (a simulated roster
 * picks who can act), with a protocol anomaly every `anomalyPercent` events:
 * unknown or departed actors, invalid payloads, another mission, unknown
 * warnings, completions without a start, duplicate joins. This reaches deep
 * states (rejoins, warnings with acks, executions in flight) that uniformly
 * random payloads rarely do.
 */
const POOL = ["ana", "ben", "__proto__", "constructor", "llm-1", "llm-2"];
const TIMESTAMPS = ["2026-01-15T10:00:00Z", "2026-01-15T10:00:00.000001Z", "2026-01-15T11:00:00+01:00", "2026-01-15T10:00:00.5-00:00"];
const TARGETS = [
  { target_type: "wp", target_id: "WP01" },
  { target_type: "step", target_id: "s1" },
  { target_type: "file", target_id: "a.ts" },
];
const ACKS = ["continue", "hold", "reassign", "defer"];

type Roll = readonly [number, number, number, number, number, number];
const roll = fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99), fc.nat(99), fc.nat(2), fc.nat(TIMESTAMPS.length - 1));

const identity = (pid: string) => ({ participant_id: pid, participant_type: pid.startsWith("llm") ? "llm_context" : "human", display_name: pid });

function build(rolls: readonly Roll[], anomalyPercent: number): EventEnvelope[] {
  const active: string[] = [];
  const departed: string[] = [];
  const warnings: string[] = [];
  const started: [string, string][] = [];
  const events: EventEnvelope[] = [];
  let lamport = 0;
  const pick = <T>(items: readonly T[], at: number): T => items[at % items.length]!;
  for (const [kind, who, anomaly, extra, step, ts] of rolls) {
    lamport += step;
    const emit = (type: string, payload: Record<string, unknown>) =>
      events.push(envelope(events.length + 1, type, { mission_id: MISSION, ...payload }, lamport, TIMESTAMPS[ts]!));
    const actor = active.length > 0 ? pick(active, who) : undefined;
    if (anomaly < anomalyPercent && actor !== undefined) {
      const choice = extra % 8;
      if (choice === 0) emit("PresenceHeartbeat", { participant_id: pick(["ghost", "toString", "hasOwnProperty"], who) });
      else if (choice === 1 && departed.length > 0) emit(pick(["PresenceHeartbeat", "FocusChanged", "DriveIntentSet"], who), { participant_id: pick(departed, who), focus_target: TARGETS[0], intent: "active" });
      else if (choice === 2) emit("CommentPosted", { comment_id: "c-bad", content: "" });
      else if (choice === 3) emit("DriveIntentSet", { participant_id: actor, intent: "active", mission_id: "mission-other" });
      else if (choice === 4) emit("WarningAcknowledged", { participant_id: actor, warning_id: pick(["w-missing", "w-0"], who), acknowledgement: pick(ACKS, extra) });
      else if (choice === 5) emit("PromptStepExecutionCompleted", { participant_id: actor, step_id: "s9", outcome: "failure" });
      else if (choice === 6) emit("ParticipantJoined", { participant_id: actor, participant_identity: identity(actor) });
      else emit("ParticipantLeft", { participant_id: pick(departed.length > 0 ? departed : ["ghost"], who) });
      continue;
    }
    const outsider = POOL.filter((pid) => !active.includes(pid));
    if ((kind < 10 || actor === undefined) && outsider.length > 0) {
      const pid = pick(outsider, who);
      if (extra < 20 && actor !== undefined) emit("ParticipantInvited", { participant_id: pid, participant_identity: identity(pid), invited_by: actor });
      else {
        emit("ParticipantJoined", { participant_id: pid, participant_identity: identity(pid), auth_principal_id: `auth-${pid}` });
        active.push(pid);
        departed.splice(departed.indexOf(pid) >>> 0, departed.includes(pid) ? 1 : 0);
      }
    } else if (actor === undefined) {
      // Nobody active to act: this draw emits nothing.
    } else if (kind < 15 && active.length > 1) {
      emit("ParticipantLeft", { participant_id: actor, reason: "explicit" });
      active.splice(active.indexOf(actor), 1);
      departed.push(actor);
    } else if (kind < 40) emit("PresenceHeartbeat", { participant_id: actor, session_id: extra < 50 ? "cli" : null });
    else if (kind < 50) emit("DriveIntentSet", { participant_id: actor, intent: extra < 70 ? "active" : "inactive" });
    else if (kind < 60) emit("FocusChanged", { participant_id: actor, focus_target: pick(TARGETS, extra) });
    else if (kind < 68) {
      const stepId = pick(["s1", "s2"], extra);
      emit("PromptStepExecutionStarted", { participant_id: actor, step_id: stepId, wp_id: "WP01" });
      started.push([actor, stepId]);
    } else if (kind < 75 && started.length > 0) {
      const [pid, stepId] = started.splice(extra % started.length, 1)[0]!;
      emit("PromptStepExecutionCompleted", { participant_id: pid, step_id: stepId, outcome: "success" });
    } else if (kind < 82 && active.length > 1) {
      const warningId = `w-${extra % 3}`;
      const ids = [actor, pick(active.filter((pid) => pid !== actor), extra)];
      if (extra % 2 === 0) emit("ConcurrentDriverWarning", { warning_id: warningId, participant_ids: ids, focus_target: TARGETS[0], severity: "warning" });
      else emit("PotentialStepCollisionDetected", { warning_id: warningId, participant_ids: ids, step_id: "s1", severity: "info" });
      warnings.push(warningId);
    } else if (kind < 88 && warnings.length > 0) emit("WarningAcknowledged", { participant_id: actor, warning_id: pick(warnings, extra), acknowledgement: pick(ACKS, extra) });
    else if (kind < 92) emit("CommentPosted", { participant_id: actor, comment_id: `c-${events.length}`, content: "looks good", reply_to: extra < 50 ? null : "c-1" });
    else if (kind < 96) emit("DecisionCaptured", { participant_id: actor, decision_id: `d-${events.length}`, topic: "plan", chosen_option: "B", referenced_warning_id: extra < 50 ? "w-0" : undefined });
    else emit("SessionLinked", { participant_id: actor, primary_session_id: "cli", linked_session_id: `saas-${extra}`, link_type: "cli_to_saas" });
  }
  return events;
}

/** A protocol-following stream of up to `maxLength` events. */
export const protocolStream = (maxLength: number, anomalyPercent: number): fc.Arbitrary<EventEnvelope[]> =>
  fc
    .integer({ min: 1, max: maxLength })
    .chain((length) => fc.array(roll, { minLength: length, maxLength: length }))
    .map((rolls) => build(rolls, anomalyPercent));
