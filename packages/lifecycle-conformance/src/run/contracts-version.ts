import { createRequire } from "node:module";
import { ArgumentError } from "@sk/event-envelope/errors";

const require = createRequire(import.meta.url);

/** The unreleased workspace version: a development build of the next release, which runs every fixture. */
export const DEVELOPMENT_VERSION = "0.0.0";

/** The version of the installed `@sk/lifecycle-contracts` (fixtures' `min_version` is gated on it). */
export function installedContractsVersion(): string {
  return (require("@sk/lifecycle-contracts/package.json") as { readonly version: string }).version;
}

function parts(version: string, field: string): number[] {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  if (match === null) throw new ArgumentError(field, "pattern", version, "expected a MAJOR.MINOR.PATCH version");
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Why a fixture introduced in `minVersion` does not run on `installed`, or `undefined` when it runs. */
export function skipReason(minVersion: string, installed: string): string | undefined {
  if (installed === DEVELOPMENT_VERSION) return undefined;
  const wanted = parts(minVersion, "min_version");
  const have = parts(installed, "contractsVersion");
  const newer = wanted.findIndex((part, index) => part !== have[index]);
  if (newer === -1 || wanted[newer]! < have[newer]!) return undefined;
  return `needs contracts >= ${minVersion}, installed ${installed}`;
}
