import { readFileSync } from "node:fs";
import type { CollaborationEventType, CollaborationPayloadMap } from "../../src/index.js";

/** One language-neutral invalid-payload vector: input and the complete expected violations. */
export interface InvalidPayloadExample {
  readonly description: string;
  readonly event_type: CollaborationEventType;
  readonly payload: unknown;
  readonly violations: ReadonlyArray<{ readonly path: string; readonly rule: string }>;
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), "utf8"));
}

/** One valid payload per event type (also the JSON examples of docs/collaboration-events.md). */
export const VALID_PAYLOADS = readJson("valid-payloads.json") as { readonly [K in CollaborationEventType]: CollaborationPayloadMap[K] };

/** Invalid payloads with their expected violations. */
export const INVALID_PAYLOADS = readJson("invalid-payloads.json") as readonly InvalidPayloadExample[];

/** A deep copy, so a test can change an example without touching the shared one. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
