import { safeParseEvent } from "@sk/event-envelope";
import type { Fixture, ScenarioFixture, ValidationFixture } from "../fixtures/fixture-types.js";
import type { ConformanceAdapter } from "../scenario/conformance-adapter.js";
import { runScenario } from "../scenario/run-scenario.js";
import { validateEvent } from "../validate/validate-event.js";
import type { ValidatedEventType } from "../validate/validated-event-type.js";
import { describeViolations, reportsViolation } from "../validate/violation-match.js";

/** The result of one fixture: passed, or failed with a reason and a diff. */
export type FixtureOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly diff: string };

function failure(reason: string, diff = ""): FixtureOutcome {
  return { ok: false, reason, diff };
}

function describeWarnings(warnings: readonly { readonly code: string; readonly path: string }[]): string {
  return warnings.length === 0 ? "none" : warnings.map((warning) => `${warning.code} at ${warning.path}`).join(", ");
}

/** An envelope fixture's warnings must be exactly the expected ones, in order. */
function checkWarnings(fixture: ValidationFixture): FixtureOutcome {
  const expected = describeWarnings(fixture.warnings ?? []);
  const actual = describeWarnings(safeParseEvent(fixture.value).warnings);
  return actual === expected ? { ok: true } : failure(`expected warnings ${expected}`, `  warnings: ${actual}`);
}

function runValidation(fixture: ValidationFixture): FixtureOutcome {
  const outcome = runVerdict(fixture);
  return outcome.ok && fixture.kind === "envelope" ? checkWarnings(fixture) : outcome;
}

function runVerdict(fixture: ValidationFixture): FixtureOutcome {
  const result = validateEvent(fixture.value, fixture.event_type as ValidatedEventType);
  const diff = `  typebox: ${describeViolations(result.typebox.violations)}\n  ajv: ${describeViolations(result.ajv.errors)}`;
  if (result.disagreement) {
    return failure(`validation layers disagree (bug in the contracts): TypeBox ${result.typebox.valid ? "valid" : "invalid"}, Ajv ${result.ajv.valid ? "valid" : "invalid"}`, diff);
  }
  if (fixture.expected === "valid") return result.valid ? { ok: true } : failure("expected valid, both layers report violations", diff);
  if (result.valid) return failure("expected invalid, both layers accept the value");
  const violation = fixture.violation;
  if (violation === undefined) return { ok: true };
  const wanted = `${violation.rule} at ${violation.path || "(root)"}`;
  if (!reportsViolation(result.typebox.violations, violation)) return failure(`expected the TypeBox layer to report ${wanted}`, diff);
  if (!reportsViolation(result.ajv.errors, violation)) return failure(`expected the Ajv layer to report ${wanted}`, diff);
  return { ok: true };
}

/** Modes that failed with the same differences share one block (`strict, permissive:`), so a diff prints once. */
function joinDiffs(failed: readonly { readonly mode: string; readonly diff: string }[]): string {
  const modesByDiff = new Map<string, string[]>();
  for (const { mode, diff } of failed) {
    if (diff !== "") modesByDiff.set(diff, [...(modesByDiff.get(diff) ?? []), mode]);
  }
  return [...modesByDiff].map(([diff, modes]) => `${modes.join(", ")}:\n${diff}`).join("\n");
}

function runScenarioFixture(fixture: ScenarioFixture, adapter: ConformanceAdapter | undefined): FixtureOutcome {
  const failed = runScenario(fixture.scenario, adapter).flatMap((outcome) => (outcome.ok ? [] : [outcome]));
  if (failed.length === 0) return { ok: true };
  return failure(failed.map((outcome) => `${outcome.mode}: ${outcome.reason}`).join("; "), joinDiffs(failed));
}

/**
 * Runs one loaded fixture: envelopes and payloads against the installed
 * contracts, scenarios through `adapter` (default: the installed batch reducer).
 */
export function runFixture(fixture: Fixture, adapter?: ConformanceAdapter): FixtureOutcome {
  return fixture.kind === "scenario" ? runScenarioFixture(fixture, adapter) : runValidation(fixture);
}
