import { describe, it } from "vitest";
import { type DescribeLifecycleConformanceOptions, registerLifecycleConformance } from "./register-conformance.js";

/**
 * Adds the status and lifecycle conformance suite to a vitest test file:
 * one `describe` per domain, one test per fixture.
 *
 * ```ts
 * import { describeLifecycleConformance } from "@sk/lifecycle-conformance/vitest";
 * describeLifecycleConformance({ adapter: { reduceLifecycleEvents: myReducer } });
 * ```
 */
export function describeLifecycleConformance(options: DescribeLifecycleConformanceOptions = {}): void {
  registerLifecycleConformance({ describe, it }, options);
}
