import { ConformanceFailureError } from "../errors/conformance-failure-error.js";
import { FIXTURE_KINDS } from "../fixtures/fixture-types.js";
import { loadFixtures } from "../fixtures/load-fixtures.js";
import { installedContractsVersion, skipReason } from "../run/contracts-version.js";
import type { RunConformanceOptions } from "../run/run-conformance.js";
import { runFixture } from "../run/run-fixture.js";
import { resolveAdapter } from "../scenario/resolve-adapter.js";

/** Options of `describeConformance`: the fixture filter and version gate of `runConformance`, plus a suite title. */
export interface DescribeConformanceOptions extends RunConformanceOptions {
  /** Title of the outer `describe`; default `@sk collaboration conformance`. */
  readonly title?: string;
}

/** The part of a test runner's API the suite needs (vitest's `describe` and `it` fit). */
export interface TestRegistrar {
  readonly describe: (name: string, body: () => void) => void;
  readonly it: ((name: string, body: () => void) => void) & { readonly skip: (name: string, body: () => void) => void };
}

/**
 * Registers the suite with any runner shaped like vitest: one `describe`
 * per fixture kind, one test per fixture (skipped when newer than the
 * contracts version). A failing test throws `ConformanceFailureError`.
 */
export function registerConformance(runner: TestRegistrar, options: DescribeConformanceOptions = {}): void {
  const adapter = resolveAdapter(options.adapter);
  const fixtures = loadFixtures(options);
  const version = options.contractsVersion ?? installedContractsVersion();
  runner.describe(options.title ?? "@sk collaboration conformance", () => {
    for (const kind of FIXTURE_KINDS) {
      const ofKind = fixtures.filter((fixture) => fixture.kind === kind);
      if (ofKind.length === 0) continue;
      runner.describe(kind, () => {
        for (const fixture of ofKind) {
          const test = skipReason(fixture.min_version, version) === undefined ? runner.it : runner.it.skip;
          test(fixture.id, () => {
            const outcome = runFixture(fixture, adapter);
            if (!outcome.ok) throw new ConformanceFailureError(fixture.id, outcome.reason, outcome.diff);
          });
        }
      });
    }
  });
}
