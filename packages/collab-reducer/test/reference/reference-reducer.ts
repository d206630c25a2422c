/**
 * A deliberately naive, literal transcription of the rule table
 * (docs/spec/collaboration.md, section 4), written
 * independently of `src/`: no handler table, no shared helpers, no
 * optimisation. The differential test compares the real reducer with it.
 */
import { COLLABORATION_EVENT_TYPES, validatePayload } from "@sk/collab-contracts";
import type { EventEnvelope } from "@sk/event-envelope";
import { canonicalJson, timestampKey } from "@sk/event-ordering";

type Json = Record<string, unknown>;
type Identity = { participant_id: string; participant_type: string; display_name: string | null; session_id: string | null };
export type ReferenceOutcome = { readonly state: Json } | { readonly error: { readonly code: string; readonly event_id: string } };

class Rejected extends Error {
  constructor(
    readonly code: string,
    readonly eventId: string,
  ) {
    super(code);
  }
}

const identity = (value: Json): Identity => ({
  participant_id: value["participant_id"] as string,
  participant_type: value["participant_type"] as string,
  display_name: (value["display_name"] as string | null | undefined) ?? null,
  session_id: (value["session_id"] as string | null | undefined) ?? null,
});

function compare(a: EventEnvelope, b: EventEnvelope): number {
  if (a.lamport_clock !== b.lamport_clock) return a.lamport_clock < b.lamport_clock ? -1 : 1;
  const keys = [timestampKey(a.timestamp), timestampKey(b.timestamp)] as const;
  if (keys[0] !== keys[1]) return keys[0] < keys[1] ? -1 : 1;
  const ids = [a.event_id.toUpperCase(), b.event_id.toUpperCase()] as const;
  if (ids[0] !== ids[1]) return ids[0] < ids[1] ? -1 : 1;
  const texts = [canonicalJson(a), canonicalJson(b)] as const;
  return texts[0] === texts[1] ? 0 : texts[0] < texts[1] ? -1 : 1;
}

export function referenceReduce(
  events: readonly EventEnvelope[],
  options: { mode?: "strict" | "permissive"; roster?: Record<string, Json>; missionId?: string } = {},
): ReferenceOutcome {
  const strict = (options.mode ?? "strict") === "strict";
  const sorted = events.filter((event) => COLLABORATION_EVENT_TYPES.has(event.event_type as never)).sort(compare);
  const kept: EventEnvelope[] = [];
  const versions = new Map<string, Set<string>>();
  for (const event of sorted) {
    const id = event.event_id.toUpperCase();
    const seen = versions.get(id);
    if (seen === undefined) {
      versions.set(id, new Set([canonicalJson(event)]));
      kept.push(event);
    } else seen.add(canonicalJson(event));
  }

  const participants = new Map<string, Identity>(Object.entries(options.roster ?? {}).map(([pid, value]) => [pid, identity(value)]));
  const departed = new Map<string, Identity>();
  const invited = new Set<string>();
  const presence = new Map<string, string>();
  const drivers = new Set<string>();
  const focus = new Map<string, { target_type: string; target_id: string }>();
  const warnings = new Map<string, { warning_id: string; event_id: string; warning_type: string; participant_ids: string[]; acknowledgements: Map<string, string> }>();
  const decisions: Json[] = [];
  const comments: Json[] = [];
  const executions = new Map<string, string[]>();
  const linked = new Map<string, string[]>();
  const anomalies: Json[] = [];
  let mission: string | undefined = options.missionId;
  let count = 0;
  let last: string | null = null;

  try {
    for (const event of kept) {
      const anomaly = () => anomalies.push({ event_id: event.event_id, event_type: event.event_type });
      const reject = (code: string) => {
        if (strict) throw new Rejected(code, event.event_id);
        anomaly();
      };
      /** Single-actor rule: true when active; otherwise rejected as unknown or departed. */
      const active = (pid: string): boolean => {
        if (participants.has(pid)) return true;
        reject(departed.has(pid) ? "DEPARTED_PARTICIPANT" : "UNKNOWN_PARTICIPANT");
        return false;
      };
      count += 1;
      last = event.event_id;
      if ((versions.get(event.event_id.toUpperCase())?.size ?? 1) > 1) anomaly();
      const result = validatePayload(event.event_type as never, event.payload);
      if (!result.ok) {
        reject("PAYLOAD_VALIDATION");
        continue;
      }
      const p = result.value as Json;
      if (mission !== undefined && p["mission_id"] !== mission) {
        reject("MISSION_MISMATCH");
        continue;
      }
      mission ??= p["mission_id"] as string;
      const pid = p["participant_id"] as string;
      switch (event.event_type) {
        case "ParticipantInvited":
          if (invited.has(pid) || participants.has(pid)) anomaly();
          else invited.add(pid);
          break;
        case "ParticipantJoined":
          if (participants.has(pid)) anomaly();
          else {
            departed.delete(pid);
            invited.delete(pid);
            participants.set(pid, identity(p["participant_identity"] as Json));
          }
          break;
        case "ParticipantLeft": {
          const who = participants.get(pid);
          if (who === undefined) anomaly();
          else {
            participants.delete(pid);
            departed.set(pid, who);
            drivers.delete(pid);
            focus.delete(pid);
            presence.delete(pid);
            executions.delete(pid);
          }
          break;
        }
        case "PresenceHeartbeat":
          if (active(pid) || departed.has(pid)) presence.set(pid, event.timestamp);
          break;
        case "DriveIntentSet":
          if (active(pid)) {
            if (p["intent"] === "active") drivers.add(pid);
            else drivers.delete(pid);
          }
          break;
        case "FocusChanged":
          if (active(pid)) {
            const target = p["focus_target"] as Json;
            focus.set(pid, { target_type: target["target_type"] as string, target_id: target["target_id"] as string });
          }
          break;
        case "PromptStepExecutionStarted":
          if (active(pid)) executions.set(pid, [...(executions.get(pid) ?? []), p["step_id"] as string]);
          break;
        case "PromptStepExecutionCompleted":
          if (active(pid)) {
            const steps = executions.get(pid) ?? [];
            const at = steps.indexOf(p["step_id"] as string);
            if (at === -1) reject("COMPLETION_WITHOUT_START");
            else executions.set(pid, steps.filter((_, index) => index !== at));
          }
          break;
        case "ConcurrentDriverWarning":
        case "PotentialStepCollisionDetected": {
          const ids = p["participant_ids"] as string[];
          for (const listed of ids) active(listed);
          const warningId = p["warning_id"] as string;
          warnings.set(warningId, {
            warning_id: warningId,
            event_id: event.event_id,
            warning_type: event.event_type,
            participant_ids: [...ids],
            acknowledgements: warnings.get(warningId)?.acknowledgements ?? new Map(),
          });
          break;
        }
        case "WarningAcknowledged":
          if (active(pid)) {
            const warningId = p["warning_id"] as string;
            let warning = warnings.get(warningId);
            if (warning === undefined) {
              reject("UNKNOWN_WARNING");
              warning = { warning_id: warningId, event_id: event.event_id, warning_type: "UnknownWarning", participant_ids: [pid], acknowledgements: new Map() };
              warnings.set(warningId, warning);
            }
            warning.acknowledgements.set(pid, p["acknowledgement"] as string);
          }
          break;
        case "CommentPosted":
          if (active(pid)) comments.push({ comment_id: p["comment_id"], event_id: event.event_id, participant_id: pid, content: p["content"], reply_to: p["reply_to"] ?? null });
          break;
        case "DecisionCaptured":
          if (active(pid))
            decisions.push({
              decision_id: p["decision_id"],
              event_id: event.event_id,
              participant_id: pid,
              topic: p["topic"],
              chosen_option: p["chosen_option"],
              rationale: p["rationale"] ?? null,
              referenced_warning_id: p["referenced_warning_id"] ?? null,
            });
          break;
        case "SessionLinked":
          if (active(pid)) linked.set(pid, [...(linked.get(pid) ?? []), p["linked_session_id"] as string]);
          break;
      }
    }
  } catch (error) {
    if (error instanceof Rejected) return { error: { code: error.code, event_id: error.eventId } };
    throw error;
  }

  const byFocus = new Map<string, string[]>();
  for (const [pid, target] of focus) {
    const key = `${target.target_type}:${target.target_id}`;
    byFocus.set(key, [...(byFocus.get(key) ?? []), pid]);
  }
  const sortedIds = (ids: Iterable<string>) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    state: {
      mission_id: mission ?? "",
      participants: Object.fromEntries(participants),
      departed_participants: Object.fromEntries(departed),
      presence: Object.fromEntries(presence),
      active_drivers: sortedIds(drivers),
      focus_by_participant: Object.fromEntries(focus),
      participants_by_focus: Object.fromEntries([...byFocus].map(([key, ids]) => [key, sortedIds(ids)])),
      warnings: [...warnings.values()].map((warning) => ({ ...warning, acknowledgements: Object.fromEntries(warning.acknowledgements) })),
      decisions,
      comments,
      active_executions: Object.fromEntries(executions),
      linked_sessions: Object.fromEntries(linked),
      anomalies,
      event_count: count,
      last_processed_event_id: last,
    },
  };
}
