import type { CompletionWithoutStartError } from "./completion-without-start-error.js";
import type { InvalidEnvelopeError, PayloadValidationError } from "./contract-errors.js";
import type { DepartedParticipantError } from "./departed-participant-error.js";
import type { InvalidSnapshotError } from "./invalid-snapshot-error.js";
import type { InvalidatesAcceptedEventError } from "./invalidates-accepted-event-error.js";
import type { MissionMismatchError } from "./mission-mismatch-error.js";
import type { UnknownParticipantError } from "./unknown-participant-error.js";
import type { UnknownWarningError } from "./unknown-warning-error.js";

/** Every `code` of the error classes `@sk/collab-reducer` exports (its own and the envelope and payload errors it re-exports). */
export type CollabReducerErrorCode =
  | CompletionWithoutStartError["code"]
  | DepartedParticipantError["code"]
  | InvalidEnvelopeError["code"]
  | InvalidSnapshotError["code"]
  | InvalidatesAcceptedEventError["code"]
  | MissionMismatchError["code"]
  | PayloadValidationError["code"]
  | UnknownParticipantError["code"]
  | UnknownWarningError["code"];
