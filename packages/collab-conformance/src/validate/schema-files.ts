import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** `ParticipantJoined` → `participant_joined` (the shipped file naming). */
export function snakeCaseName(name: string): string {
  return name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, "_").toLowerCase();
}

/**
 * The package specifier of the JSON Schema file that checks `eventType`:
 * the envelope's for `"Event"`, otherwise `<snake_name>_payload.schema.json`
 * of `@sk/collab-contracts`. Resolved through the packages' `exports` maps,
 * exactly as a consumer would.
 */
export function schemaSpecifier(eventType: string): string {
  return eventType === "Event"
    ? "@sk/event-envelope/schemas/event.schema.json"
    : `@sk/collab-contracts/schemas/${snakeCaseName(eventType)}_payload.schema.json`;
}

/** Reads the shipped JSON Schema document for `eventType`. */
export function readShippedSchema(eventType: string): Record<string, unknown> {
  const file = require.resolve(schemaSpecifier(eventType));
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}
