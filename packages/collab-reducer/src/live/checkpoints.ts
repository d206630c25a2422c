import { checkpointCost, checkpointState, restoreState, type StateCheckpoint } from "../fold/state-checkpoint.js";
import type { WorkingState } from "../fold/working-state.js";

/** The working state after the first `position` processed events; never changed once taken. */
export interface Checkpoint {
  readonly position: number;
  readonly state: StateCheckpoint;
  /** How many events to fold before the next checkpoint. */
  readonly nextInterval: number;
}

/** Fewest events between two checkpoints. */
const MIN_INTERVAL = 4096;
/** Events folded per unit of copying work, so that checkpoints cost amortised O(1) per event. */
const INTERVAL_PER_SIZE = 4;
/** Checkpoints kept (besides the initial one); beyond, the densest one is dropped. */
const MAX_CHECKPOINTS = 16;

/** The checkpoint of the initial state. */
export function initialCheckpoint(state: WorkingState): Checkpoint {
  return { position: 0, state: checkpointState(state), nextInterval: MIN_INTERVAL };
}

/** True when `position` events are far enough past the last checkpoint to take a new one. */
export function checkpointDue(checkpoints: readonly Checkpoint[], position: number): boolean {
  const last = checkpoints[checkpoints.length - 1]!;
  return position - last.position >= last.nextInterval;
}

/**
 * Appends a checkpoint of `state` (after `position` events) and thins the
 * list: the checkpoint whose removal leaves the smallest gap goes first, so
 * coverage stays spread while the newest (where late events land) stays.
 */
export function addCheckpoint(checkpoints: Checkpoint[], state: WorkingState, position: number): void {
  const nextInterval = Math.max(MIN_INTERVAL, Math.ceil(INTERVAL_PER_SIZE * checkpointCost(state)));
  checkpoints.push({ position, state: checkpointState(state), nextInterval });
  if (checkpoints.length <= MAX_CHECKPOINTS + 1) return;
  const gapWithout = (at: number) => checkpoints[at + 1]!.position - checkpoints[at - 1]!.position;
  let densest = 1;
  for (let at = 2; at < checkpoints.length - 1; at++) if (gapWithout(at) < gapWithout(densest)) densest = at;
  checkpoints.splice(densest, 1);
}

/** Index of the last checkpoint at or before `position` (the initial one always qualifies). */
export function checkpointBefore(checkpoints: readonly Checkpoint[], position: number): number {
  let at = checkpoints.length - 1;
  while (checkpoints[at]!.position > position) at -= 1;
  return at;
}

/** A working state to fold on from `checkpoint`. */
export function resumeFrom(checkpoint: Checkpoint): WorkingState {
  return restoreState(checkpoint.state);
}
