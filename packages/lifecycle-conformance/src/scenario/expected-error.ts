import { describeValue } from "@sk/event-envelope/errors";
import type { FixtureOutcome } from "../run/fixture-outcome.js";

/** The error a fixture expects: its `code`, and texts its message must contain. */
export interface ExpectedScenarioError {
  readonly code: string;
  readonly message_includes?: readonly string[];
}

/** The `code` of a thrown value, when it has one. */
export function thrownCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { readonly code?: unknown }).code : undefined;
}

/** The thrown value's message (or the value itself, rendered). */
export function thrownMessage(error: unknown): string {
  return error instanceof Error ? error.message : describeValue(error);
}

/** Passes when `error` has the expected `code` and its message names every listed text. */
export function checkError(expected: ExpectedScenarioError, error: unknown): FixtureOutcome {
  const code = thrownCode(error);
  const message = thrownMessage(error);
  if (code !== expected.code) return { ok: false, reason: `expected error ${expected.code}, got ${code === undefined ? message : describeValue(code)}`, diff: `  message: ${message}` };
  const missing = (expected.message_includes ?? []).filter((text) => !message.includes(text));
  if (missing.length === 0) return { ok: true };
  return { ok: false, reason: `the ${expected.code} error's message does not name ${missing.map((text) => describeValue(text)).join(", ")}`, diff: `  message: ${message}` };
}
