import { createCollaborationReducer, reduceCollaborationEvents } from "@sk/collab-reducer";
import type { EventEnvelope } from "@sk/event-envelope";
import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import type { ScenarioFixture } from "../../src/fixtures/fixture-types.js";
import { loadFixtures } from "../../src/fixtures/load-fixtures.js";
import { runConformance } from "../../src/run/run-conformance.js";
import type { ConformanceAdapter, ConformanceReduceOptions } from "../../src/scenario/conformance-adapter.js";
import { resolveAdapter } from "../../src/scenario/resolve-adapter.js";
import { runScenario } from "../../src/scenario/run-scenario.js";
import { registerConformance } from "../../src/vitest/register-conformance.js";

const scenarios = loadFixtures({ kind: "scenario" }) as ScenarioFixture[];
const byId = (id: string) => (scenarios.find((fixture) => fixture.id === id) as ScenarioFixture).scenario;

/** The live reducer, fed the events as they arrive; strict mode parks what is not valid yet and offers it again. */
const liveAdapter: ConformanceAdapter = {
  reduce(events, options) {
    const reducer = createCollaborationReducer(options);
    const offer = (event: unknown): boolean => {
      try {
        reducer.apply(event as EventEnvelope);
        return true;
      } catch (error) {
        if (options.mode !== "strict") throw error;
        return false;
      }
    };
    let parked: unknown[] = [];
    for (const event of events) {
      if (!offer(event)) {
        parked.push(event);
        continue;
      }
      for (let before = Number.POSITIVE_INFINITY; parked.length < before; ) {
        before = parked.length;
        parked = parked.filter((waiting) => !offer(waiting));
      }
    }
    if (parked.length > 0) {
      reduceCollaborationEvents(events as readonly EventEnvelope[], options);
      throw new Error(`the live reducer could not place ${parked.length} event(s) of a valid stream`);
    }
    return reducer.state();
  },
};

describe("a conformance adapter", () => {
  it("runs every scenario through the live reducer in both modes", () => {
    const report = runConformance({ kind: "scenario", adapter: liveAdapter });
    expect(report.failed).toEqual([]);
    expect(report.passed.length).toBe(scenarios.length);
  });

  it("gets each mode's options and a fresh copy of the file's events", () => {
    const calls: [unknown[], ConformanceReduceOptions][] = [];
    const scenario = byId("scenario-3-participant-overlap");
    const recording: ConformanceAdapter = {
      reduce(events, options) {
        calls.push([[...events], options]);
        (events as unknown[]).reverse().pop();
        return reduceCollaborationEvents([...scenario.events] as EventEnvelope[], options);
      },
    };
    expect(runScenario(scenario, recording).every((outcome) => outcome.ok)).toBe(true);
    expect(calls.map(([, options]) => options.mode)).toEqual(["strict", "permissive"]);
    expect(calls[0]?.[0]).toEqual(scenario.events);
    expect(calls[1]?.[0]).toEqual(scenario.events);
    expect(calls[0]?.[0][0]).not.toBe(scenario.events[0]);
  });

  it("passes the roster and mission id of a scenario that has them", () => {
    const withRoster = byId("scenario-mission-mismatch-with-option");
    expect(withRoster.roster).toBeDefined();
    expect(withRoster.mission_id).toBeDefined();
    const seen: ConformanceReduceOptions[] = [];
    runScenario(withRoster, { reduce: (_events, options) => seen.push(options) });
    expect(seen[0]?.roster).toEqual(withRoster.roster);
    expect(seen[0]?.missionId).toBe(withRoster.mission_id);
  });

  it("accepts any thrown object with the expected code and event_id (another implementation's errors)", () => {
    const scenario = byId("scenario-unknown-participant-strict");
    const expected = scenario.expected.strict as { error: { code: string; event_id: string } };
    const foreign: ConformanceAdapter = {
      reduce(events, options) {
        if (options.mode === "strict") throw { code: expected.error.code, event_id: expected.error.event_id };
        return reduceCollaborationEvents(events as EventEnvelope[], options);
      },
    };
    expect(runScenario(scenario, foreign).map((outcome) => outcome.ok)).toEqual([true, true]);
  });

  it("reports a thrown non-object as an untyped error", () => {
    const outcomes = runScenario(byId("scenario-3-participant-overlap"), {
      reduce: () => {
        throw "boom";
      },
    });
    expect(outcomes[0]).toEqual({ ok: false, mode: "strict", reason: 'expected a state, but the reducer threw an untyped error: "boom"', diff: "" });
  });

  it("rejects an adapter without a reduce function, in runConformance and the vitest helper", () => {
    expect(resolveAdapter(undefined)).toBe(resolveAdapter(undefined));
    for (const adapter of [null, {}, { reduce: 1 }, () => ({})]) {
      expect(() => runConformance({ kind: "scenario", adapter: adapter as never })).toThrow(ArgumentError);
      expect(() => registerConformance({ describe: () => undefined, it: Object.assign(() => undefined, { skip: () => undefined }) }, { adapter: adapter as never })).toThrow(
        expect.objectContaining({ field: "options.adapter", rule: "type" }),
      );
    }
  });
});
