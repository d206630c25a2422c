import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { reduceLifecycleEvents, reduceLifecyclesByMission } from "../src/index.js";

/** The lifecycle scenarios of the repository's fixtures, run directly (the conformance package runs them for consumers). */
const dir = new URL("../../../fixtures/lifecycle/", import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, dir), "utf8")) as Record<string, unknown>;
const scenarios = (read("manifest.json")["fixtures"] as { kind: string; id: string; path: string }[])
  .filter((entry) => entry.kind === "scenario")
  .map((entry) => [entry.id, read(entry.path)] as const);

/** An expected anomaly may give `reason_prefix` instead of `reason` (texts only the start of which is contract). */
function matchPrefixes(expected: unknown, actual: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) return actual.map((value, index) => matchPrefixes(expected[index], value));
  if (typeof expected !== "object" || expected === null || typeof actual !== "object" || actual === null) return actual;
  const wanted = expected as Record<string, unknown>;
  const entries = Object.entries(actual).map(([key, value]) => [key, matchPrefixes(wanted[key], value)] as const);
  const copy = Object.fromEntries(entries) as Record<string, unknown>;
  if (typeof wanted["reason_prefix"] === "string" && typeof copy["reason"] === "string" && copy["reason"].startsWith(wanted["reason_prefix"])) {
    delete copy["reason"];
    copy["reason_prefix"] = wanted["reason_prefix"];
  }
  return copy;
}

describe("fixtures/lifecycle scenarios", () => {
  it("match their format, schemas/scenario.schema.json (Ajv, draft 2020-12, strict)", () => {
    // ajv is CommonJS: under NodeNext the default import is its module.exports, whose `default` is the class.
    const validate = new Ajv2020.default({ strict: true, allErrors: true }).compile(read("schemas/scenario.schema.json"));
    for (const [id, scenario] of scenarios) expect(validate(scenario) ? [] : validate.errors, id).toEqual([]);
  });

  it("cover the cases the contract names", () => {
    expect(scenarios.map(([id]) => id)).toEqual(
      expect.arrayContaining([
        "scenario-cancelled-and-completed-one-group",
        "scenario-events-before-mission-started",
        "scenario-invalid-first-mission-started",
        "scenario-wp-transitions-after-completion",
        "scenario-mixed-aggregate-ids",
      ]),
    );
  });

  it.each(scenarios)("%s", (_, scenario) => {
    const expected = scenario["expected"] as Record<string, unknown>;
    const events = scenario["events"] as unknown[];
    const reduce = () => (scenario["function"] === "reduceLifecyclesByMission" ? { states: reduceLifecyclesByMission(events) } : { state: reduceLifecycleEvents(events) });
    if ("error" in expected) {
      const error = expected["error"] as { code: string; message_includes: string[] };
      expect(reduce).toThrow(expect.objectContaining({ code: error.code, message: expect.stringContaining(error.message_includes[0]!) }));
      for (const text of error.message_includes) expect(reduce).toThrow(text);
      return;
    }
    const actual = JSON.parse(JSON.stringify(reduce())) as unknown;
    expect(matchPrefixes(expected, actual)).toEqual(expected);
  });
});
