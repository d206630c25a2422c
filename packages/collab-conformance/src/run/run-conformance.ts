import type { FixtureKind } from "../fixtures/fixture-types.js";
import { type LoadFixturesOptions, loadFixtures } from "../fixtures/load-fixtures.js";
import type { ConformanceAdapter } from "../scenario/conformance-adapter.js";
import { resolveAdapter } from "../scenario/resolve-adapter.js";
import { installedContractsVersion, skipReason } from "./contracts-version.js";
import { runFixture } from "./run-fixture.js";

/** A fixture that passed. */
export interface PassedFixture {
  readonly id: string;
  readonly kind: FixtureKind;
}

/** A fixture that failed: why, and expected vs actual. */
export interface FailedFixture {
  readonly id: string;
  readonly kind: FixtureKind;
  /** One line; for scenarios it names the mode(s). */
  readonly reason: string;
  /** Expected vs actual, one difference per line (empty when the reason says it all). */
  readonly diff: string;
}

/** A fixture that did not run (introduced after the installed contracts version). */
export interface SkippedFixture {
  readonly id: string;
  readonly kind: FixtureKind;
  readonly reason: string;
}

/** What `runConformance` returns. */
export interface ConformanceReport {
  /** The `@sk/collab-contracts` version the run was gated on. */
  readonly contractsVersion: string;
  readonly passed: readonly PassedFixture[];
  readonly failed: readonly FailedFixture[];
  readonly skipped: readonly SkippedFixture[];
}

/** Options of `runConformance`: the fixture filter, the version to gate on, and the implementation under test. */
export interface RunConformanceOptions extends LoadFixturesOptions {
  /** Gate `min_version` on this version instead of the installed `@sk/collab-contracts` one. */
  readonly contractsVersion?: string;
  /** The reducer the scenarios run through; default: the installed `reduceCollaborationEvents`. */
  readonly adapter?: ConformanceAdapter;
}

/**
 * Runs every fixture (or the filtered ones): envelopes and payloads through
 * both validation layers of the installed `@sk/collab-contracts`, scenarios
 * in strict and permissive mode through `options.adapter` (default: the
 * installed `reduceCollaborationEvents`). Fixtures newer than the installed contracts are
 * skipped. Synchronous; throws only `FixtureLoadError` (broken fixtures)
 * or `ArgumentError` (bad options); what the adapter throws becomes a failure.
 */
export function runConformance(options: RunConformanceOptions = {}): ConformanceReport {
  const adapter = resolveAdapter(options.adapter);
  const contractsVersion = options.contractsVersion ?? installedContractsVersion();
  const passed: PassedFixture[] = [];
  const failed: FailedFixture[] = [];
  const skipped: SkippedFixture[] = [];
  for (const fixture of loadFixtures(options)) {
    const reason = skipReason(fixture.min_version, contractsVersion);
    if (reason !== undefined) {
      skipped.push({ id: fixture.id, kind: fixture.kind, reason });
      continue;
    }
    const outcome = runFixture(fixture, adapter);
    if (outcome.ok) passed.push({ id: fixture.id, kind: fixture.kind });
    else failed.push({ id: fixture.id, kind: fixture.kind, reason: outcome.reason, diff: outcome.diff });
  }
  return { contractsVersion, passed, failed, skipped };
}
