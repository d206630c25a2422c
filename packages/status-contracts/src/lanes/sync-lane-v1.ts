import { UnknownLaneError } from "../errors/unknown-lane-error.js";
import { isLane, LANES, type Lane } from "./lane.js";

/** The four lanes older (V1) sync consumers know. */
export const SYNC_LANES_V1 = Object.freeze(["planned", "doing", "for_review", "done"] as const);

/** A V1 sync lane. */
export type SyncLaneV1 = (typeof SYNC_LANES_V1)[number];

/** Canonical lane → V1 sync lane. */
export const SYNC_LANE_V1_MAPPING: Readonly<Record<Lane, SyncLaneV1>> = Object.freeze({
  planned: "planned",
  claimed: "planned",
  in_progress: "doing",
  for_review: "for_review",
  done: "done",
  blocked: "doing",
  canceled: "planned",
});

/**
 * The V1 sync lane of a canonical lane. Takes canonical lanes only: the
 * alias `doing` (normalise it first) and anything else throw `UnknownLaneError`.
 */
export function canonicalToSyncV1(lane: Lane): SyncLaneV1 {
  if (!isLane(lane)) throw new UnknownLaneError(lane, LANES);
  return SYNC_LANE_V1_MAPPING[lane];
}
