import { describe, it } from "vitest";
import { type DescribeConformanceOptions, registerConformance } from "./register-conformance.js";

/**
 * Adds the whole conformance suite to a vitest test file: one `describe`
 * per fixture kind, one test per fixture, skipped when newer than the
 * installed `@sk/collab-contracts`. A failing test throws
 * `ConformanceFailureError` with the reason and the expected-vs-actual diff.
 *
 * ```ts
 * import { describeConformance } from "@sk/collab-conformance/vitest";
 * describeConformance();
 * ```
 */
export function describeConformance(options: DescribeConformanceOptions = {}): void {
  registerConformance({ describe, it }, options);
}
