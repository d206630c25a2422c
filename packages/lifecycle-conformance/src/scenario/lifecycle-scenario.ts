import { describeValue } from "@sk/event-envelope/errors";
import { compareJson } from "../compare/compare-json.js";
import type { ResolvedAdapter } from "../run/adapter.js";
import type { FixtureOutcome } from "../run/fixture-outcome.js";

/** The error a scenario expects: its `code`, and texts its message must contain. */
export interface ExpectedScenarioError {
  readonly code: string;
  readonly message_includes?: readonly string[];
}

/** A lifecycle scenario file (`fixtures/lifecycle/scenarios/*.json`). */
export interface LifecycleScenario {
  readonly id: string;
  readonly description: string;
  /** Which entry point reduces the events; `reduceLifecycleEvents` when absent. */
  readonly function?: "reduceLifecycleEvents" | "reduceLifecyclesByMission";
  readonly events: readonly unknown[];
  readonly expected:
    | { readonly state: Readonly<Record<string, unknown>> }
    | { readonly states: Readonly<Record<string, unknown>> }
    | { readonly error: ExpectedScenarioError };
}

function checkError(expected: ExpectedScenarioError, error: unknown): FixtureOutcome {
  const code = typeof error === "object" && error !== null ? (error as { readonly code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code !== expected.code) return { ok: false, reason: `expected error ${expected.code}, got ${describeValue(code ?? String(error))}`, diff: `  message: ${message}` };
  const missing = (expected.message_includes ?? []).filter((text) => !message.includes(text));
  if (missing.length === 0) return { ok: true };
  return { ok: false, reason: `the ${expected.code} error's message does not name ${missing.map((text) => describeValue(text)).join(", ")}`, diff: `  message: ${message}` };
}

/** Runs one lifecycle scenario through the adapter and compares the outcome with the expected one. */
export function runLifecycleScenario(scenario: LifecycleScenario, adapter: ResolvedAdapter): FixtureOutcome {
  const byMission = scenario.function === "reduceLifecyclesByMission";
  const events = structuredClone(scenario.events);
  let actual: unknown;
  try {
    actual = byMission ? { states: adapter.reduceLifecyclesByMission(events) } : { state: adapter.reduceLifecycleEvents(events) };
  } catch (error) {
    if ("error" in scenario.expected) return checkError(scenario.expected.error, error);
    return { ok: false, reason: `expected a state, but the reducer threw: ${error instanceof Error ? error.message : describeValue(error)}`, diff: "" };
  }
  if ("error" in scenario.expected) return { ok: false, reason: `expected error ${scenario.expected.error.code}, but the reducer returned a state`, diff: "" };
  const differences = compareJson(scenario.expected, actual);
  if (differences.length === 0) return { ok: true };
  return { ok: false, reason: `state differs in ${differences.length} place${differences.length === 1 ? "" : "s"}`, diff: differences.join("\n") };
}
