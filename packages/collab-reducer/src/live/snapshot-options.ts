import type { ResolvedOptions } from "../options/resolve-options.js";
import type { SnapshotOptions } from "./snapshot.js";

/** The options of a snapshot, from resolved options. */
export function snapshotOptions(options: ResolvedOptions): SnapshotOptions {
  return {
    mode: options.mode,
    missionId: options.missionId ?? null,
    roster: options.roster.size === 0 ? null : Object.fromEntries(options.roster),
  };
}
