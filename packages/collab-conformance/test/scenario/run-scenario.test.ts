import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScenarioDocument, ScenarioFixture } from "../../src/fixtures/fixture-types.js";
import { loadFixtures } from "../../src/fixtures/load-fixtures.js";
import { runScenario } from "../../src/scenario/run-scenario.js";

const scenarios = loadFixtures({ kind: "scenario" }) as ScenarioFixture[];
const byId = (id: string) => (scenarios.find((fixture) => fixture.id === id) as ScenarioFixture).scenario;

describe("every scenario passes in both modes", () => {
  it.each(scenarios.map((fixture) => [fixture.id, fixture.scenario] as const))("%s", (_id, scenario) => {
    expect(runScenario(scenario)).toEqual([
      { ok: true, mode: "strict" },
      { ok: true, mode: "permissive" },
    ]);
  });

  it("any order of the events, with more identical duplicates, gives the same outcomes (200 permutations)", () => {
    const all = scenarios.map((fixture) => fixture.scenario);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.infiniteStream(fc.nat()), fc.array(fc.nat(), { maxLength: 3 }), (scenario, randoms, extra) => {
        const events = [...scenario.events, ...extra.map((index) => scenario.events[index % scenario.events.length])];
        const shuffled = events.map((event) => ({ event, key: randoms.next().value as number })).sort((a, b) => a.key - b.key).map(({ event }) => event);
        const outcomes = runScenario({ ...scenario, events: shuffled });
        expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a scenario whose expectation does not hold fails with a reason and a diff", () => {
  const overlap = byId("scenario-3-participant-overlap");
  const unknown = byId("scenario-unknown-participant-strict");

  it("a state that differs", () => {
    const state = { ...(overlap.expected.permissive.state as Record<string, unknown>), active_drivers: ["prt-ana"] };
    const [strict, permissive] = runScenario({ ...overlap, expected: { strict: { state }, permissive: { state } } });
    expect(strict).toEqual({
      ok: false,
      mode: "strict",
      reason: "state differs in 2 places",
      diff: '  /active_drivers/1: unexpected "prt-ben"\n  /active_drivers/2: unexpected "prt-chen"',
    });
    expect(permissive?.ok).toBe(false);
  });

  it("a state where an error is expected", () => {
    const [strict] = runScenario({ ...overlap, expected: { ...overlap.expected, strict: { error: { code: "UNKNOWN_PARTICIPANT", event_id: "01ARZ3NDEKTSV4RRFFQ69G5FAV" } } } });
    expect(strict).toEqual({
      ok: false,
      mode: "strict",
      reason: "expected error UNKNOWN_PARTICIPANT at 01ARZ3NDEKTSV4RRFFQ69G5FAV, but the reducer returned a state",
      diff: "  anomalies: []",
    });
  });

  it("an error where a state is expected", () => {
    const expected = { strict: unknown.expected.permissive, permissive: unknown.expected.permissive };
    const [strict] = runScenario({ ...unknown, expected });
    expect(strict?.ok).toBe(false);
    expect(strict?.ok === false && strict.reason).toMatch(/^expected a state, but the reducer threw UNKNOWN_PARTICIPANT at 01[0-9A-Z]{24}: Unknown participant 'prt-gus'/);
  });

  it("another error code or event id", () => {
    const error = (unknown.expected.strict as { error: { code: string; event_id: string } }).error;
    const wrongCode = runScenario({ ...unknown, expected: { ...unknown.expected, strict: { error: { ...error, code: "DEPARTED_PARTICIPANT" } } } })[0];
    expect(wrongCode).toEqual({
      ok: false,
      mode: "strict",
      reason: `expected error DEPARTED_PARTICIPANT at ${error.event_id}, got UNKNOWN_PARTICIPANT at ${error.event_id}`,
      diff: '  /error/code: expected "DEPARTED_PARTICIPANT", got "UNKNOWN_PARTICIPANT"',
    });
    const wrongEvent = runScenario({ ...unknown, expected: { ...unknown.expected, strict: { error: { ...error, event_id: "01ARZ3NDEKTSV4RRFFQ69G5FAV" } } } })[0];
    expect(wrongEvent?.ok === false && wrongEvent.diff).toBe(`  /error/event_id: expected "01ARZ3NDEKTSV4RRFFQ69G5FAV", got "${error.event_id}"`);
  });

  it("an added collaboration event that is not an envelope fails both modes (the reducer sees the events as given)", () => {
    const broken: ScenarioDocument = { ...overlap, events: [...overlap.events, { event_id: "nope", event_type: "ParticipantJoined" }] };
    expect(runScenario(broken).map((outcome) => outcome.ok)).toEqual([false, false]);
  });

  it("bad reducer options are reported, not thrown", () => {
    const outcomes = runScenario({ ...overlap, roster: { "prt-x": { participant_id: "prt-x" } } });
    expect(outcomes[0]?.ok === false && outcomes[0].reason).toMatch(/^expected a state, but the reducer threw INVALID_ARGUMENT: options\.roster/);
    const error = (unknown.expected.strict as { error: { code: string; event_id: string } }).error;
    const [strict] = runScenario({ ...unknown, roster: { "prt-x": { participant_id: "prt-x" } } });
    expect(strict).toEqual({
      ok: false,
      mode: "strict",
      reason: `expected error UNKNOWN_PARTICIPANT at ${error.event_id}, got INVALID_ARGUMENT`,
      diff: `  /error/code: expected "UNKNOWN_PARTICIPANT", got "INVALID_ARGUMENT"\n  /error/event_id: expected "${error.event_id}", got null`,
    });
  });
});
