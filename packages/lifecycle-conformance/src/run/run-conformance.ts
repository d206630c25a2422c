import type { FixtureDomain } from "../fixtures/fixture-types.js";
import { type LoadFixturesOptions, loadFixtures } from "../fixtures/load-fixtures.js";
import { type LifecycleConformanceAdapter, resolveAdapter } from "./adapter.js";
import { installedContractsVersion, skipReason } from "./contracts-version.js";
import { runFixture } from "./run-fixture.js";

/** A fixture that passed or was skipped (with why). */
export interface FixtureResult {
  readonly id: string;
  readonly domain: FixtureDomain;
  readonly kind: string;
}

/** A fixture that failed: why, and expected vs actual. */
export interface FailedFixture extends FixtureResult {
  readonly reason: string;
  readonly diff: string;
}

/** What `runConformance` returns. */
export interface LifecycleConformanceReport {
  /** The contracts version the run was gated on. */
  readonly contractsVersion: string;
  readonly passed: readonly FixtureResult[];
  readonly failed: readonly FailedFixture[];
  readonly skipped: readonly (FixtureResult & { readonly reason: string })[];
}

/** Options of `runConformance`: the fixture filter, the version gate and the reducers under test. */
export interface RunLifecycleConformanceOptions extends LoadFixturesOptions {
  /** Gate `min_version` on this version instead of the installed `@sk/lifecycle-contracts` one. */
  readonly contractsVersion?: string;
  /** Your own reducers (all or some); the `@sk` ones by default. */
  readonly adapter?: LifecycleConformanceAdapter;
}

/**
 * Runs the status and lifecycle fixtures (or the filtered ones): payloads
 * through both validation layers, scenarios through the adapter's reducers.
 * Synchronous; throws only `LifecycleFixtureLoadError` (broken fixtures) or
 * `ArgumentError` (bad options).
 */
export function runConformance(options: RunLifecycleConformanceOptions = {}): LifecycleConformanceReport {
  const contractsVersion = options.contractsVersion ?? installedContractsVersion();
  const adapter = resolveAdapter(options.adapter);
  const report = { contractsVersion, passed: [] as FixtureResult[], failed: [] as FailedFixture[], skipped: [] as (FixtureResult & { reason: string })[] };
  for (const fixture of loadFixtures(options)) {
    const result = { id: fixture.id, domain: fixture.domain, kind: fixture.kind };
    const skip = skipReason(fixture.min_version, contractsVersion);
    if (skip !== undefined) {
      report.skipped.push({ ...result, reason: skip });
      continue;
    }
    const outcome = runFixture(fixture, adapter);
    if (outcome.ok) report.passed.push(result);
    else report.failed.push({ ...result, reason: outcome.reason, diff: outcome.diff });
  }
  return report;
}

/** A report as readable text: one line per failure (with its diff) and skip, then the totals. */
export function formatReport(report: LifecycleConformanceReport): string {
  const lines = [`@sk status and lifecycle conformance (contracts ${report.contractsVersion})`];
  for (const failure of report.failed) lines.push(`FAIL ${failure.id}: ${failure.reason}`, ...(failure.diff === "" ? [] : [failure.diff]));
  for (const skip of report.skipped) lines.push(`SKIP ${skip.id}: ${skip.reason}`);
  lines.push(`${report.passed.length} passed, ${report.failed.length} failed, ${report.skipped.length} skipped`);
  return `${lines.join("\n")}\n`;
}
