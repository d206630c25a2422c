import type { EventEnvelope } from "@sk/event-envelope";

/** A `WPStatusChanged` envelope whose envelope fields are valid; its payload is not checked yet. */
export type StatusEnvelope = EventEnvelope<"WPStatusChanged", object>;
