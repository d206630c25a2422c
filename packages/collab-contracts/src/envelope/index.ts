// What a producer or consumer of collaboration events needs from the envelope
// package, re-exported so that `@sk/collab-contracts` alone builds, validates
// and parses events with full types (a strict install gives no access to
// `@sk/event-envelope` unless it is installed too). Same classes, not copies:
// `instanceof` and `isInstance` agree across both import paths.
export {
  ArgumentError,
  EnvelopeValidationError,
  type EnvelopeErrorCode,
  type EventEnvelope,
  LamportClock,
  type MissionEventInput,
  missionAggregateId,
  type Parsed,
  parseEvent,
  type SafeParseResult,
  SkError,
  safeParseEvent,
  type ValidationWarning,
  type ValidationWarningCode,
  ValidationError,
  type Violation,
} from "@sk/event-envelope";
