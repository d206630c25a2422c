import type { Violation } from "@sk/event-envelope/errors";
import { pyRepr } from "./py-repr.js";

/**
 * Every anomaly reason of the reducer, in one place. The texts follow the
 * Python reference implementation (ids rendered with Python's `repr`), so
 * that reduced states compare equal across runtimes; strict-mode error
 * messages are the same text plus the event they are about.
 */
export const reasons = {
  conflictingDuplicate: (eventId: string, versions: number) =>
    `conflicting duplicate event_id ${eventId}: kept one of ${versions} versions`,
  invalidPayload: (eventType: string, violations: readonly Violation[]) =>
    `Invalid ${eventType} payload: ${violations.map((violation) => violation.message).join("; ")}`,
  missionMismatch: (expected: string, actual: string) =>
    `Mission mismatch: payload mission_id ${pyRepr(actual)} differs from the state's mission_id ${pyRepr(expected)}`,
  duplicateInvite: (participantId: string) => `Participant ${pyRepr(participantId)} already invited or active (duplicate invite)`,
  duplicateJoin: (participantId: string) => `Duplicate join for participant ${pyRepr(participantId)}`,
  leaveNotActive: (participantId: string) => `Participant ${pyRepr(participantId)} not in roster (duplicate leave or unknown)`,
  departedParticipant: (participantId: string) => `Participant ${pyRepr(participantId)} has departed`,
  unknownParticipant: (participantId: string) => `Unknown participant ${pyRepr(participantId)}`,
  completionWithoutStart: (participantId: string, stepId: string) =>
    `No matching PromptStepExecutionStarted for step ${pyRepr(stepId)} by participant ${pyRepr(participantId)}`,
  unknownWarning: (warningId: string) => `Warning ${pyRepr(warningId)} not found`,
} as const;

/** The suffix strict-mode messages add: which event the error is about. */
export function eventSuffix(eventId: string, eventType: string): string {
  return ` (event_id=${eventId}, event_type=${eventType})`;
}
