// The other packages' errors and types a caller of the reducer meets,
// re-exported so that `@sk/collab-reducer` alone lets an ingest path catch
// every error by class and by `code` (a strict install gives no access to
// undeclared-by-the-caller packages). Same classes, not copies.
export {
  ArgumentError,
  EnvelopeValidationError,
  type EventEnvelope,
  SkError,
  type ValidationWarning,
  type Violation,
} from "@sk/event-envelope";
export { OrderingInputError } from "@sk/event-ordering";
