import type { CollaborationEventType, CollaborationPayloadMap } from "@sk/collab-contracts";
import type { EventEnvelope } from "@sk/event-envelope";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A ULID-shaped id from a counter: `01` and 24 Crockford digits. */
export function ulid(counter: number): string {
  let text = "";
  let rest = counter;
  for (let at = 0; at < 24; at++) {
    text = CROCKFORD[rest % 32] + text;
    rest = Math.floor(rest / 32);
  }
  return `01${text}`;
}

export const MISSION = "mission-test";
const BASE = Date.UTC(2026, 0, 15, 10, 0, 0);

/** A complete envelope of the test mission: the fields a test varies, the others fixed. */
export function envelope(eventId: string, eventType: string, payload: Readonly<Record<string, unknown>>, lamport: number, timestamp: string, nodeId: string): EventEnvelope {
  return {
    event_id: eventId,
    event_type: eventType,
    aggregate_id: `mission/${MISSION}`,
    payload,
    timestamp,
    node_id: nodeId,
    lamport_clock: lamport,
    causation_id: null,
    project_uuid: "0b7c2a52-4c1e-4f8e-9a77-2f1d3c4b5a69",
    project_slug: null,
    correlation_id: ulid(0),
    schema_version: "1.0.0",
    data_tier: 0,
  };
}

/** Payload fields of an event type, `mission_id` optional (defaults to `MISSION`). */
export type PayloadInput<K extends CollaborationEventType> = Omit<CollaborationPayloadMap[K], "mission_id"> & { readonly mission_id?: string };

/** Overrides of the envelope fields a test cares about. */
export interface EnvelopeOverrides {
  readonly id?: number | string;
  readonly lamport?: number;
  readonly timestamp?: string;
  readonly nodeId?: string;
}

/**
 * A stream builder: each event gets the next lamport clock, a later
 * timestamp and a fresh ULID unless overridden, so the stream is in
 * processed order as written.
 */
export class Stream {
  #next = 1;
  readonly events: EventEnvelope[] = [];

  /** Builds an event without adding it to the stream. */
  make<K extends CollaborationEventType>(eventType: K, payload: PayloadInput<K> | Record<string, unknown>, overrides: EnvelopeOverrides = {}): EventEnvelope {
    const counter = this.#next++;
    const id = overrides.id === undefined ? ulid(counter) : typeof overrides.id === "number" ? ulid(overrides.id) : overrides.id;
    const lamport = overrides.lamport ?? counter;
    const timestamp = overrides.timestamp ?? new Date(BASE + counter * 1000).toISOString();
    return envelope(id, eventType, { mission_id: MISSION, ...payload }, lamport, timestamp, overrides.nodeId ?? "node-test");
  }

  /** Builds an event and appends it. */
  add<K extends CollaborationEventType>(eventType: K, payload: PayloadInput<K> | Record<string, unknown>, overrides: EnvelopeOverrides = {}): EventEnvelope {
    const event = this.make(eventType, payload, overrides);
    this.events.push(event);
    return event;
  }

  join(participantId: string, type: "human" | "llm_context" = "human", extra: Record<string, unknown> = {}): EventEnvelope {
    return this.add("ParticipantJoined", {
      participant_id: participantId,
      participant_identity: { participant_id: participantId, participant_type: type, ...extra },
    });
  }

  invite(participantId: string, invitedBy = "prt-owner"): EventEnvelope {
    return this.add("ParticipantInvited", {
      participant_id: participantId,
      participant_identity: { participant_id: participantId, participant_type: "human" },
      invited_by: invitedBy,
    });
  }

  leave(participantId: string): EventEnvelope {
    return this.add("ParticipantLeft", { participant_id: participantId, reason: "explicit" });
  }

  heartbeat(participantId: string, overrides: EnvelopeOverrides = {}): EventEnvelope {
    return this.add("PresenceHeartbeat", { participant_id: participantId }, overrides);
  }

  intent(participantId: string, intent: "active" | "inactive"): EventEnvelope {
    return this.add("DriveIntentSet", { participant_id: participantId, intent });
  }

  focus(participantId: string, targetId: string, targetType: "wp" | "step" | "file" = "wp"): EventEnvelope {
    return this.add("FocusChanged", { participant_id: participantId, focus_target: { target_type: targetType, target_id: targetId } });
  }

  start(participantId: string, stepId: string): EventEnvelope {
    return this.add("PromptStepExecutionStarted", { participant_id: participantId, step_id: stepId });
  }

  complete(participantId: string, stepId: string): EventEnvelope {
    return this.add("PromptStepExecutionCompleted", { participant_id: participantId, step_id: stepId, outcome: "success" });
  }

  driverWarning(warningId: string, participantIds: readonly string[]): EventEnvelope {
    return this.add("ConcurrentDriverWarning", {
      warning_id: warningId,
      participant_ids: participantIds,
      focus_target: { target_type: "wp", target_id: "WP01" },
      severity: "warning",
    });
  }

  collision(warningId: string, participantIds: readonly string[]): EventEnvelope {
    return this.add("PotentialStepCollisionDetected", { warning_id: warningId, participant_ids: participantIds, step_id: "step-1", severity: "info" });
  }

  ack(participantId: string, warningId: string, acknowledgement: "continue" | "hold" | "reassign" | "defer" = "continue"): EventEnvelope {
    return this.add("WarningAcknowledged", { participant_id: participantId, warning_id: warningId, acknowledgement });
  }

  comment(participantId: string, commentId: string, content = "text", replyTo?: string): EventEnvelope {
    return this.add("CommentPosted", { participant_id: participantId, comment_id: commentId, content, ...(replyTo === undefined ? {} : { reply_to: replyTo }) });
  }

  decision(participantId: string, decisionId: string, extra: Record<string, unknown> = {}): EventEnvelope {
    return this.add("DecisionCaptured", { participant_id: participantId, decision_id: decisionId, topic: "topic", chosen_option: "A", ...extra });
  }

  link(participantId: string, linkedSessionId: string): EventEnvelope {
    return this.add("SessionLinked", {
      participant_id: participantId,
      primary_session_id: "sess-primary",
      linked_session_id: linkedSessionId,
      link_type: "cli_to_saas",
    });
  }
}

/** A normalised identity, as the state holds it. */
export function identity(participantId: string, type: "human" | "llm_context" = "human", displayName: string | null = null, sessionId: string | null = null) {
  return { participant_id: participantId, participant_type: type, display_name: displayName, session_id: sessionId };
}

/** Freezes a value and everything in it (to prove the reducer never writes to its input). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** True when a value and everything in it is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((key) => isDeepFrozen((value as Record<PropertyKey, unknown>)[key]));
}
