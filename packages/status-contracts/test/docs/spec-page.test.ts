import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { canonicalToSyncV1, LANES, statusTransitionPayloadValidator, validateTransition } from "../../src/index.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const page = readFileSync(`${ROOT}docs/spec/status.md`, "utf8");

/** Each ```json block of the page with the fixture path named just before it. */
const examples = [...page.matchAll(/\(`(fixtures\/[^`]+\.json)`\):\n\n```json\n([\s\S]*?)^```$/gm)].map((match) => ({ path: match[1]!, json: match[2]! }));

describe("docs/spec/status.md", () => {
  it("shows the WPStatusChanged example exactly as its fixture, and it is valid", () => {
    expect(examples.map(({ path }) => path)).toEqual(["fixtures/status/payloads/WPStatusChanged/valid-done-with-evidence.json"]);
    expect([...page.matchAll(/^```json$/gm)]).toHaveLength(examples.length);
    for (const { path, json } of examples) {
      const example = JSON.parse(json) as unknown;
      expect(example).toEqual(JSON.parse(readFileSync(`${ROOT}${path}`, "utf8")));
      expect(statusTransitionPayloadValidator.violations(example)).toEqual([]);
    }
  });

  it("gives the V1 mapping table of the implementation", () => {
    for (const lane of LANES) expect(page).toContain(`| \`${lane}\` | \`${canonicalToSyncV1(lane)}\` |`);
  });

  it("quotes the implementation's violation texts", () => {
    expect(page).toContain(validateTransition({ from_lane: "done", to_lane: "in_progress" }).violations.join("; "));
    expect(page).toContain(validateTransition({ from_lane: "for_review", to_lane: "in_progress" }).violations[0]);
    expect(page).toContain(validateTransition({ from_lane: "in_progress", to_lane: "planned" }).violations[0]);
  });

  it("names no file outside the repository", () => {
    expect(page).not.toMatch(/shared\/spec|\.\.\/shared/);
  });
});
