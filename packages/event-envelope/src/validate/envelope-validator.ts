import { EventEnvelopeSchema } from "../schema/event-envelope.js";
import { createValidator } from "./lazy-validator.js";

/** Compiled validator of the wire envelope (compiled on first use). */
export const envelopeValidator = createValidator(EventEnvelopeSchema);
