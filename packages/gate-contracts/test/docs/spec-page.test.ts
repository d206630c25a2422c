import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHECK_RUN_CONCLUSIONS, GATE_PAYLOAD_VALIDATORS, type GateEventType } from "../../src/index.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const page = readFileSync(`${ROOT}docs/spec/gates.md`, "utf8");

/** The `### EventType` sections with their example and the fixture it names. */
const sections = page
  .split(/^### /m)
  .slice(1)
  .map((chunk) => ({
    name: chunk.slice(0, chunk.indexOf("\n")).trim(),
    path: /\(`(fixtures\/[^`]+\.json)`\)/.exec(chunk)?.[1],
    json: /^```json\n([\s\S]*?)^```$/m.exec(chunk)?.[1],
  }));

describe("docs/spec/gates.md", () => {
  it("has one section per gate event type, each example equal to its fixture and valid", () => {
    expect(sections.map(({ name }) => name)).toEqual(["GatePassed", "GateFailed"]);
    expect([...page.matchAll(/^```json$/gm)]).toHaveLength(2);
    for (const { name, path, json } of sections) {
      expect(path?.startsWith(`fixtures/status/payloads/${name}/valid-`)).toBe(true);
      const example = JSON.parse(json ?? "null") as unknown;
      expect(example).toEqual(JSON.parse(readFileSync(`${ROOT}${path}`, "utf8")));
      expect(GATE_PAYLOAD_VALIDATORS[name as GateEventType].violations(example)).toEqual([]);
    }
  });

  it("names every known conclusion", () => {
    for (const conclusion of CHECK_RUN_CONCLUSIONS) expect(page).toContain(`\`${conclusion}\``);
  });

  it("names no file outside the repository", () => {
    expect(page).not.toMatch(/shared\/spec|\.\.\/shared/);
  });
});
