import { LifecycleConformanceFailureError } from "../errors/lifecycle-conformance-failure-error.js";
import { FIXTURE_DOMAINS } from "../fixtures/fixture-types.js";
import { loadFixtures } from "../fixtures/load-fixtures.js";
import { resolveAdapter } from "../run/adapter.js";
import { installedContractsVersion, skipReason } from "../run/contracts-version.js";
import type { RunLifecycleConformanceOptions } from "../run/run-conformance.js";
import { runFixture } from "../run/run-fixture.js";

/** Options of `describeLifecycleConformance`: those of `runConformance`, plus a suite title. */
export interface DescribeLifecycleConformanceOptions extends RunLifecycleConformanceOptions {
  /** Title of the outer `describe`; default `@sk status and lifecycle conformance`. */
  readonly title?: string;
}

/** The part of a test runner's API the suite needs (vitest's `describe` and `it` fit). */
export interface TestRegistrar {
  readonly describe: (name: string, body: () => void) => void;
  readonly it: ((name: string, body: () => void) => void) & { readonly skip: (name: string, body: () => void) => void };
}

/**
 * Registers the suite with any runner shaped like vitest: one `describe`
 * per domain, one test per fixture (skipped when newer than the contracts
 * version). A failing test throws `LifecycleConformanceFailureError`.
 */
export function registerLifecycleConformance(runner: TestRegistrar, options: DescribeLifecycleConformanceOptions = {}): void {
  const fixtures = loadFixtures(options);
  const version = options.contractsVersion ?? installedContractsVersion();
  const adapter = resolveAdapter(options.adapter);
  runner.describe(options.title ?? "@sk status and lifecycle conformance", () => {
    for (const domain of FIXTURE_DOMAINS) {
      const ofDomain = fixtures.filter((fixture) => fixture.domain === domain);
      if (ofDomain.length === 0) continue;
      runner.describe(domain, () => {
        for (const fixture of ofDomain) {
          const test = skipReason(fixture.min_version, version) === undefined ? runner.it : runner.it.skip;
          test(fixture.id, () => {
            const outcome = runFixture(fixture, adapter);
            if (!outcome.ok) throw new LifecycleConformanceFailureError(fixture.id, outcome.reason, outcome.diff);
          });
        }
      });
    }
  });
}
