import { describeValue } from "@sk/event-envelope/errors";
import { compareJson } from "../compare/compare-json.js";
import type { ResolvedAdapter } from "../run/adapter.js";
import type { FixtureOutcome } from "../run/fixture-outcome.js";
import { thrownCode, thrownMessage } from "./expected-error.js";

/** One case of a lane-mapping file: the input and the lane, or the error code. */
export interface LaneCase {
  readonly input: unknown;
  readonly output?: string;
  readonly error?: string;
}

/** One case of a transition file: `validateTransition`'s input and its exact result. */
export interface TransitionCase {
  readonly id: string;
  readonly input: Readonly<Record<string, unknown>>;
  readonly expected: { readonly valid: boolean; readonly violations: readonly string[] };
}

/** A file of `fixtures/status/lanes/` (with `function`) or `fixtures/status/transitions/`. */
export interface VectorDocument {
  readonly description: string;
  readonly function?: "normalizeLane" | "canonicalToSyncV1";
  readonly cases: readonly (LaneCase | TransitionCase)[];
}

function laneCase(map: (value: never) => unknown, item: LaneCase): string | undefined {
  let output: unknown;
  try {
    output = map(item.input as never);
  } catch (error) {
    if (item.error !== undefined && thrownCode(error) === item.error) return undefined;
    const code = thrownCode(error);
    return `${describeValue(item.input)}: expected ${item.error ?? describeValue(item.output)}, threw ${code === undefined ? thrownMessage(error) : describeValue(code)}`;
  }
  if (item.error === undefined && output === item.output) return undefined;
  return `${describeValue(item.input)}: expected ${item.error ?? describeValue(item.output)}, got ${describeValue(output)}`;
}

function transitionCase(validate: (input: never) => unknown, item: TransitionCase): string | undefined {
  let result: unknown;
  try {
    result = validate(structuredClone(item.input) as never);
  } catch (error) {
    return `${item.id}: threw ${thrownMessage(error)}`;
  }
  const differences = compareJson(item.expected, result);
  return differences.length === 0 ? undefined : `${item.id}:\n${differences.join("\n")}`;
}

/** Runs every case of a lane-mapping or transition file; the fixture passes when all do. */
export function runVectors(document: VectorDocument, adapter: ResolvedAdapter): FixtureOutcome {
  const failures = document.cases
    .map((item) =>
      document.function === undefined
        ? transitionCase(adapter.validateTransition, item as TransitionCase)
        : laneCase(document.function === "normalizeLane" ? adapter.normalizeLane : adapter.canonicalToSyncV1, item as LaneCase),
    )
    .filter((failure) => failure !== undefined);
  if (failures.length === 0) return { ok: true };
  return { ok: false, reason: `${failures.length} of ${document.cases.length} cases differ`, diff: failures.map((failure) => `  ${failure}`).join("\n") };
}
