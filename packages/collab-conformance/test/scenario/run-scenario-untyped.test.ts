import { describe, expect, it, vi } from "vitest";

// A reducer that breaks the contract by throwing a plain Error.
vi.mock("@sk/collab-reducer", () => ({
  reduceCollaborationEvents: () => {
    throw new TypeError("boom");
  },
}));

const { loadFixtures } = await import("../../src/fixtures/load-fixtures.js");
const { runScenario } = await import("../../src/scenario/run-scenario.js");

describe("a reducer that throws an untyped error", () => {
  it("fails both an expected error and an expected state", () => {
    const fixture = loadFixtures({ kind: "scenario" }).find((entry) => entry.id === "scenario-unknown-participant-strict");
    if (fixture?.kind !== "scenario") throw new Error("fixture missing");
    const [strict, permissive] = runScenario(fixture.scenario);
    expect(strict?.ok === false && strict.reason).toMatch(/^expected error UNKNOWN_PARTICIPANT at \w+, but an untyped error was thrown: "TypeError: boom"$/);
    expect(permissive?.ok === false && permissive.reason).toBe("expected a state, but the reducer threw an untyped error: boom");
  });
});
