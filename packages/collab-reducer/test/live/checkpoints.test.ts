import { describe, expect, it } from "vitest";
import { initialState } from "../../src/fold/working-state.ts";
import { addCheckpoint, type Checkpoint, checkpointBefore, checkpointDue, initialCheckpoint } from "../../src/live/checkpoints.ts";
import { resolveOptions } from "../../src/options/resolve-options.ts";

describe("checkpoints", () => {
  const state = initialState(resolveOptions(undefined));

  it("are due after the interval and found by position", () => {
    const checkpoints: Checkpoint[] = [initialCheckpoint(state)];
    expect(checkpointDue(checkpoints, 4095)).toBe(false);
    expect(checkpointDue(checkpoints, 4096)).toBe(true);
    addCheckpoint(checkpoints, state, 4096);
    expect(checkpointBefore(checkpoints, 4095)).toBe(0);
    expect(checkpointBefore(checkpoints, 4096)).toBe(1);
    expect(checkpointBefore(checkpoints, 1e9)).toBe(1);
  });

  it("stay bounded, dropping the one whose removal leaves the smallest gap and keeping the first and the newest", () => {
    const checkpoints: Checkpoint[] = [initialCheckpoint(state)];
    const positions = [10, 25, 30, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000, 14000, 15000];
    for (const position of positions) addCheckpoint(checkpoints, state, position);
    expect(checkpoints).toHaveLength(17);
    expect(checkpoints.map((checkpoint) => checkpoint.position)).toStrictEqual([0, 30, ...positions.slice(3)]);
  });
});
