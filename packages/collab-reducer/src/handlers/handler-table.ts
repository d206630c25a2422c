import type { HandlerTable } from "../fold/handler.js";
import { commentPosted } from "./comment-posted.js";
import { decisionCaptured } from "./decision-captured.js";
import { driveIntentSet } from "./drive-intent-set.js";
import { focusChanged } from "./focus-changed.js";
import { participantInvited } from "./participant-invited.js";
import { participantJoined } from "./participant-joined.js";
import { participantLeft } from "./participant-left.js";
import { presenceHeartbeat } from "./presence-heartbeat.js";
import { sessionLinked } from "./session-linked.js";
import { promptStepExecutionCompleted, promptStepExecutionStarted } from "./step-execution.js";
import { warningAcknowledged } from "./warning-acknowledged.js";
import { concurrentDriverWarning, potentialStepCollisionDetected } from "./warnings.js";

/** The rule table of docs/spec/collaboration.md (section 4.3), one handler per event type. */
export const HANDLERS: HandlerTable = Object.freeze({
  ParticipantInvited: participantInvited,
  ParticipantJoined: participantJoined,
  ParticipantLeft: participantLeft,
  PresenceHeartbeat: presenceHeartbeat,
  DriveIntentSet: driveIntentSet,
  FocusChanged: focusChanged,
  PromptStepExecutionStarted: promptStepExecutionStarted,
  PromptStepExecutionCompleted: promptStepExecutionCompleted,
  ConcurrentDriverWarning: concurrentDriverWarning,
  PotentialStepCollisionDetected: potentialStepCollisionDetected,
  WarningAcknowledged: warningAcknowledged,
  CommentPosted: commentPosted,
  DecisionCaptured: decisionCaptured,
  SessionLinked: sessionLinked,
});
