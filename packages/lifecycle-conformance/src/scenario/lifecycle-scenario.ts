import { compareJson } from "../compare/compare-json.js";
import type { ResolvedAdapter } from "../run/adapter.js";
import type { FixtureOutcome } from "../run/fixture-outcome.js";
import { checkError, type ExpectedScenarioError, thrownMessage } from "./expected-error.js";

/**
 * A scenario file: `fixtures/lifecycle/scenarios/*.json` (`state`,
 * `states` or `error`) or `fixtures/status/scenarios/*.json` (`state`).
 */
export interface ScenarioDocument {
  readonly id: string;
  readonly description: string;
  /** Lifecycle: which entry point reduces the events; `reduceLifecycleEvents` when absent. */
  readonly function?: "reduceLifecycleEvents" | "reduceLifecyclesByMission";
  readonly events: readonly unknown[];
  readonly expected:
    | { readonly state: Readonly<Record<string, unknown>> }
    | { readonly states: Readonly<Record<string, unknown>> }
    | { readonly error: ExpectedScenarioError };
}

function reduceWith(scenario: ScenarioDocument, domain: "status" | "lifecycle", adapter: ResolvedAdapter): unknown {
  const events = structuredClone(scenario.events);
  if (domain === "status") return { state: adapter.reduceStatusEvents(events) };
  if (scenario.function === "reduceLifecyclesByMission") return { states: adapter.reduceLifecyclesByMission(events) };
  return { state: adapter.reduceLifecycleEvents(events) };
}

/** Runs one scenario of `domain` through the adapter's reducer and compares the outcome with the expected one. */
export function runScenario(scenario: ScenarioDocument, domain: "status" | "lifecycle", adapter: ResolvedAdapter): FixtureOutcome {
  let actual: unknown;
  try {
    actual = reduceWith(scenario, domain, adapter);
  } catch (error) {
    if ("error" in scenario.expected) return checkError(scenario.expected.error, error);
    return { ok: false, reason: `expected a state, but the reducer threw: ${thrownMessage(error)}`, diff: "" };
  }
  if ("error" in scenario.expected) return { ok: false, reason: `expected error ${scenario.expected.error.code}, but the reducer returned a state`, diff: "" };
  const differences = compareJson(scenario.expected, actual);
  if (differences.length === 0) return { ok: true };
  return { ok: false, reason: `state differs in ${differences.length} place${differences.length === 1 ? "" : "s"}`, diff: differences.join("\n") };
}
