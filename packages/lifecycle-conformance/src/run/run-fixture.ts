import type { Fixture } from "../fixtures/fixture-types.js";
import { runScenario, type ScenarioDocument } from "../scenario/lifecycle-scenario.js";
import { runVectors, type VectorDocument } from "../scenario/status-vectors.js";
import { validatePayloadBothLayers } from "../validate/validate-payload.js";
import type { ResolvedAdapter } from "./adapter.js";
import type { FixtureOutcome } from "./fixture-outcome.js";

const describe = (violations: ReadonlyArray<{ readonly rule: string; readonly path: string }>) =>
  violations.length === 0 ? "none" : violations.map(({ rule, path }) => `${rule} at ${path || "(root)"}`).join(", ");

function runPayload(fixture: Fixture): FixtureOutcome {
  const result = validatePayloadBothLayers(fixture.event_type!, fixture.value);
  const diff = `  typebox: ${describe(result.typebox)}\n  ajv: ${describe(result.ajv)}`;
  if (result.disagreement) return { ok: false, reason: "validation layers disagree (bug in the contracts)", diff };
  if (fixture.expected === "valid") return result.valid ? { ok: true } : { ok: false, reason: "expected valid, both layers report violations", diff };
  if (result.valid) return { ok: false, reason: "expected invalid, both layers accept the value", diff: "" };
  const { rule, path } = fixture.violation!;
  for (const [layer, violations] of [["TypeBox", result.typebox], ["Ajv", result.ajv]] as const) {
    if (!violations.some((violation) => violation.rule === rule && violation.path === path)) {
      return { ok: false, reason: `expected the ${layer} layer to report ${rule} at ${path || "(root)"}`, diff };
    }
  }
  return { ok: true };
}

/**
 * Runs one loaded fixture: payloads through both validation layers,
 * scenarios through the adapter's reducer of their domain, lane-mapping and
 * transition vectors through the adapter's functions.
 */
export function runFixture(fixture: Fixture, adapter: ResolvedAdapter): FixtureOutcome {
  if (fixture.kind === "payload") return runPayload(fixture);
  if (fixture.kind === "scenario") return runScenario(fixture.value as ScenarioDocument, fixture.domain, adapter);
  return runVectors(fixture.value as VectorDocument, adapter);
}
