import { eventJsonSchema } from "@sk/event-envelope";
import { collaborationDomain } from "./collaboration-domain.js";
import type { EventDomain, SchemaFile } from "./event-domain.js";
import { gateDomain } from "./gate-domain.js";
import { lifecycleDomain } from "./lifecycle-domain.js";
import { statusDomain } from "./status-domain.js";

/** Every domain whose package the CLI is built with. */
export const DOMAINS: readonly EventDomain[] = [collaborationDomain, statusDomain, gateDomain, lifecycleDomain];

const byType = new Map<string, EventDomain>(DOMAINS.flatMap((domain) => domain.eventTypes.map((type) => [type, domain] as const)));

/** The domain that owns an event type, or `undefined` for a type no installed package knows. */
export function domainOf(eventType: string): EventDomain | undefined {
  return byType.get(eventType);
}

/** The envelope's schema, then every domain's files, in registry order. */
export function allSchemaFiles(): readonly SchemaFile[] {
  return [{ file: "event.schema.json", document: eventJsonSchema() }, ...DOMAINS.flatMap((domain) => domain.schemaFiles())];
}
