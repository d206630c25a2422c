import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LIFECYCLE_EVENT_TYPES, LIFECYCLE_PAYLOAD_VALIDATORS, type LifecycleEventType } from "@sk/lifecycle-contracts";
import { describe, expect, it } from "vitest";
import { markdownExamples, runMarkdownExample } from "../../../../scripts/markdown-examples.ts";
import { REASONS } from "../../src/fold/mission-fold.js";
import { reduceLifecycleEvents } from "../../src/index.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const page = readFileSync(`${ROOT}docs/spec/lifecycle.md`, "utf8");
const read = (path: string) => JSON.parse(readFileSync(`${ROOT}${path}`, "utf8")) as Record<string, unknown>;

/** Each ```json block of the page with the fixture path (and `expected.state` for a scenario) named just before it. */
const examples = [...page.matchAll(/\(`(fixtures\/[^`]+\.json)`(, `expected\.state`)?\):\n\n```json\n([\s\S]*?)^```$/gm)].map((match) => ({
  path: match[1]!,
  state: match[2] !== undefined,
  json: JSON.parse(match[3]!) as unknown,
}));

describe("docs/spec/lifecycle.md", () => {
  it("shows one valid payload per event type, exactly as its fixture", () => {
    const payloads = examples.filter((example) => !example.state);
    expect(payloads.map(({ path }) => path.split("/")[3])).toEqual([...LIFECYCLE_EVENT_TYPES]);
    for (const { path, json } of payloads) {
      expect(json).toEqual(read(path));
      expect(LIFECYCLE_PAYLOAD_VALIDATORS[path.split("/")[3] as LifecycleEventType].violations(json)).toEqual([]);
    }
  });

  it("shows a scenario's expected state exactly as the fixture has it, and as the reducer computes it", () => {
    const states = examples.filter((example) => example.state);
    expect(states).toHaveLength(1);
    const scenario = read(states[0]!.path);
    expect(states[0]!.json).toEqual((scenario["expected"] as { state: unknown }).state);
    expect(JSON.parse(JSON.stringify(reduceLifecycleEvents(scenario["events"] as unknown[])))).toEqual(states[0]!.json);
    expect([...page.matchAll(/^```json$/gm)]).toHaveLength(examples.length);
  });

  it("quotes the reducer's anomaly texts", () => {
    for (const text of ["Event after terminal state ({status})", REASONS.duplicateStart, REASONS.invalidStart, REASONS.beforeStart, "Invalid {event_type} payload", "WP {wp_id}:"]) {
      expect(page).toContain(text);
    }
    expect(REASONS.afterTerminal("{status}")).toBe("Event after terminal state ({status})");
    expect(REASONS.invalidPayload("{event_type}")).toBe("Invalid {event_type} payload");
  });

  it("names no file outside the repository", () => {
    expect(page).not.toMatch(/shared\/spec|\.\.\/shared/);
  });
});

describe("docs/composing-reducers.md", () => {
  const packageDir = fileURLToPath(new URL("../../", import.meta.url));
  const examples = markdownExamples(`${ROOT}docs/composing-reducers.md`);

  it("has a runnable example that runs the three reducers over one log", () => {
    expect(examples).toHaveLength(1);
    expect(() => runMarkdownExample(packageDir, "composing", examples[0]!)).not.toThrow();
  });

  it("names no file outside the repository", () => {
    expect(readFileSync(`${ROOT}docs/composing-reducers.md`, "utf8")).not.toMatch(/shared\/spec|\.\.\/shared/);
  });
});
