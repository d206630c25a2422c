import type { ParticipantIdentity } from "@sk/collab-contracts";
import { describeValue } from "@sk/event-envelope/errors";
import { compareState, toPlainJson } from "../compare/compare-state.js";
import { formatDifferences } from "../compare/json-diff.js";
import type { ExpectedError, ScenarioDocument } from "../fixtures/fixture-types.js";
import { batchReducerAdapter, type ConformanceAdapter, type ConformanceReduceOptions } from "./conformance-adapter.js";
import { SCENARIO_MODES, type ScenarioMode, type ScenarioModeOutcome } from "./scenario-outcome.js";

function reducerOptions(scenario: ScenarioDocument, mode: ScenarioMode): ConformanceReduceOptions {
  return {
    mode,
    ...(scenario.roster === undefined ? {} : { roster: structuredClone(scenario.roster) as Readonly<Record<string, ParticipantIdentity>> }),
    ...(scenario.mission_id === undefined ? {} : { missionId: scenario.mission_id }),
  };
}

/** `{ code, event_id }` of a thrown value, when it is an error with a string `code` (any implementation's). */
function thrownIdentity(error: unknown): { readonly code: string; readonly event_id: unknown } | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, event_id } = error as { readonly code?: unknown; readonly event_id?: unknown };
  return typeof code === "string" ? { code, event_id } : undefined;
}

/** `CODE at EVENT_ID`, or just `CODE` for an error that names no event. */
function describeThrown(identity: { readonly code: string; readonly event_id: unknown }): string {
  return typeof identity.event_id === "string" ? `${identity.code} at ${identity.event_id}` : identity.code;
}

function checkError(mode: ScenarioMode, expected: ExpectedError, error: unknown): ScenarioModeOutcome {
  const actual = thrownIdentity(error);
  if (actual === undefined) {
    return { ok: false, mode, reason: `expected error ${expected.code} at ${expected.event_id}, but an untyped error was thrown: ${describeValue(String(error))}`, diff: "" };
  }
  if (actual.code === expected.code && actual.event_id === expected.event_id) return { ok: true, mode };
  const diff = formatDifferences([
    ...(actual.code === expected.code ? [] : [{ path: "/error/code", expected: expected.code, actual: actual.code }]),
    ...(actual.event_id === expected.event_id ? [] : [{ path: "/error/event_id", expected: expected.event_id, actual: actual.event_id ?? null }]),
  ]);
  return { ok: false, mode, reason: `expected error ${expected.code} at ${expected.event_id}, got ${describeThrown(actual)}`, diff };
}

function runMode(scenario: ScenarioDocument, adapter: ConformanceAdapter, mode: ScenarioMode): ScenarioModeOutcome {
  const expected = scenario.expected[mode];
  let state: unknown;
  try {
    state = adapter.reduce(structuredClone(scenario.events), reducerOptions(scenario, mode));
  } catch (error) {
    if ("error" in expected) return checkError(mode, expected.error, error);
    const identity = thrownIdentity(error);
    const what = identity === undefined ? "an untyped error" : describeThrown(identity);
    const message = error instanceof Error ? error.message : describeValue(error);
    return { ok: false, mode, reason: `expected a state, but the reducer threw ${what}: ${message}`, diff: "" };
  }
  if ("error" in expected) {
    const summary = toPlainJson(state) as { readonly anomalies?: unknown };
    return {
      ok: false,
      mode,
      reason: `expected error ${expected.error.code} at ${expected.error.event_id}, but the reducer returned a state`,
      diff: `  anomalies: ${describeValue(summary.anomalies)}`,
    };
  }
  const differences = compareState(expected.state, state);
  if (differences.length === 0) return { ok: true, mode };
  return { ok: false, mode, reason: `state differs in ${differences.length} place${differences.length === 1 ? "" : "s"}`, diff: formatDifferences(differences) };
}

/**
 * Runs a scenario through an implementation (default: the installed
 * `reduceCollaborationEvents`) in strict and permissive mode, the events
 * given as the file holds them, and compares each outcome with the expected
 * one.
 */
export function runScenario(scenario: ScenarioDocument, adapter: ConformanceAdapter = batchReducerAdapter): ScenarioModeOutcome[] {
  return SCENARIO_MODES.map((mode) => runMode(scenario, adapter, mode));
}
