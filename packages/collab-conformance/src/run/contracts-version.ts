import { createRequire } from "node:module";
import { ArgumentError } from "@sk/event-envelope/errors";

const require = createRequire(import.meta.url);
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

/**
 * The unreleased workspace version. Packages stay at `0.0.0` until their
 * first release, so a `0.0.0` install is a development build of the next
 * release and runs every fixture.
 */
export const DEVELOPMENT_VERSION = "0.0.0";

/** The version of the installed `@sk/collab-contracts` (from its package.json). */
export function installedContractsVersion(): string {
  return (require("@sk/collab-contracts/package.json") as { readonly version: string }).version;
}

function parts(version: string, field: string): [number, number, number] {
  const match = SEMVER.exec(version);
  if (match === null) throw new ArgumentError(field, "pattern", version, "expected a MAJOR.MINOR.PATCH version");
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Negative when `left` is older than `right`, zero when equal, positive when newer (pre-release tags ignored). */
export function compareVersions(left: string, right: string): number {
  const a = parts(left, "version");
  const b = parts(right, "version");
  for (let index = 0; index < 3; index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Why a fixture introduced in `minVersion` is skipped on `installed`, or `undefined` when it runs. */
export function skipReason(minVersion: string, installed: string): string | undefined {
  if (installed === DEVELOPMENT_VERSION || compareVersions(minVersion, installed) <= 0) return undefined;
  return `needs @sk/collab-contracts >= ${minVersion}, installed ${installed}`;
}
