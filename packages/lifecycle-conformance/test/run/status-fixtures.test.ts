import { reduceStatusEvents } from "@sk/status-reducer";
import { describe, expect, it } from "vitest";
import { LifecycleFixtureLoadError, runConformance } from "../../src/index.js";
import { entry, tempFixtures } from "../support/temp-fixtures.js";

/** A status tree with its own manifest format (the status kinds), as fixtures/status has. */
function statusTree(fixtures: readonly Record<string, unknown>[], files: Record<string, unknown>): string {
  return tempFixtures({
    "status/schemas/manifest.schema.json": { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", required: ["format_version", "fixtures"] },
    "status/manifest.json": { format_version: 1, fixtures },
    ...Object.fromEntries(Object.entries(files).map(([path, value]) => [`status/${path}`, value])),
  });
}

const lanes = {
  description: "normalizeLane",
  function: "normalizeLane",
  cases: [
    { input: "doing", output: "in_progress" },
    { input: "Doing", error: "UNKNOWN_LANE" },
  ],
};
const sync = { description: "sync", function: "canonicalToSyncV1", cases: [{ input: "blocked", output: "doing" }] };
const transitions = {
  description: "pairs",
  cases: [
    { id: "planned-to-claimed", input: { from_lane: "planned", to_lane: "claimed", force: false }, expected: { valid: true, violations: [] } },
    { id: "done-to-planned", input: { from_lane: "done", to_lane: "planned", force: false }, expected: { valid: false, violations: ["done is terminal; requires force=True to exit", "Transition done -> planned is not allowed"] } },
  ],
};
const wp = {
  event_id: "01KN0000000000000000000001",
  event_type: "WPStatusChanged",
  aggregate_id: "mission/m",
  payload: { feature_slug: "f", wp_id: "WP01", from_lane: null, to_lane: "planned", actor: "a", force: false, execution_mode: "worktree" },
  timestamp: "2026-04-02T10:00:00Z",
  node_id: "n",
  lamport_clock: 1,
  project_uuid: "3f2b8c1e-7d4a-4e59-9b6c-2a1d0e8f7c35",
  correlation_id: "01JQ2M8E1H4K8NR2TW6YZ9DF3C",
};
const scenario = { id: "scenario-s", description: "one transition", events: [wp, wp], expected: { state: JSON.parse(JSON.stringify(reduceStatusEvents([wp]))) } };

const tree = statusTree(
  [
    entry({ id: "lanes", path: "lanes/lanes.json", kind: "lane-mapping" }),
    entry({ id: "sync", path: "lanes/sync.json", kind: "lane-mapping" }),
    entry({ id: "transitions", path: "transitions/pairs.json", kind: "transition" }),
    entry({ id: "scenario-s", path: "scenarios/s.json", kind: "scenario" }),
  ],
  { "lanes/lanes.json": lanes, "lanes/sync.json": sync, "transitions/pairs.json": transitions, "scenarios/s.json": scenario },
);

describe("status fixtures", () => {
  it("run lane-mapping and transition vectors and status scenarios through the @sk functions", () => {
    expect(runConformance({ fixturesDir: tree })).toMatchObject({ failed: [], passed: [{ id: "lanes" }, { id: "sync" }, { id: "transitions" }, { id: "scenario-s", domain: "status" }] });
  });

  it("run them through an adapter's functions, naming each case that differs", () => {
    const report = runConformance({
      fixturesDir: tree,
      adapter: {
        normalizeLane: (value) => (value === "Doing" ? "in_progress" : "doing"),
        canonicalToSyncV1: () => {
          throw Object.assign(new Error("no"), { code: "UNKNOWN_LANE" });
        },
        validateTransition: (input: { readonly from_lane?: unknown }) => {
          if (input.from_lane === "done") throw new Error("unsupported");
          return { valid: true, violations: ["extra"] };
        },
        reduceStatusEvents: () => ({ wp_states: {}, anomalies: [], event_count: 1, last_processed_event_id: null }),
      },
    });
    const failure = (id: string) => report.failed.find((fixture) => fixture.id === id)!;
    expect(failure("lanes")).toMatchObject({ reason: "2 of 2 cases differ", diff: '  "doing": expected "in_progress", got "doing"\n  "Doing": expected UNKNOWN_LANE, got "in_progress"' });
    expect(failure("sync")).toMatchObject({ reason: "1 of 1 cases differ", diff: '  "blocked": expected "doing", threw "UNKNOWN_LANE"' });
    expect(failure("transitions").diff).toBe('  planned-to-claimed:\n  /violations/0: unexpected "extra"\n  done-to-planned: threw unsupported');
    expect(failure("scenario-s").reason).toMatch(/^state differs in \d+ places$/);
    const untyped = runConformance({ fixturesDir: tree, adapter: { normalizeLane: () => raise("boom") } });
    expect(untyped.failed[0]!.diff).toBe('  "doing": expected "in_progress", threw "boom"\n  "Doing": expected UNKNOWN_LANE, threw "boom"');
  });

  it("a domain's manifest format that does not compile is a LifecycleFixtureLoadError (rule schema)", () => {
    const broken = tempFixtures({ "status/schemas/manifest.schema.json": { type: "no-such-type" }, "status/manifest.json": { format_version: 1, fixtures: [] } });
    expect(() => runConformance({ fixturesDir: broken })).toThrow(LifecycleFixtureLoadError);
    expect(() => runConformance({ fixturesDir: broken })).toThrow(expect.objectContaining({ rule: "schema" }));
  });
});

function raise(value: unknown): never {
  throw value;
}
