import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Validator } from "@sk/event-envelope";
import { describe, expect, it } from "vitest";
import { describeMarkdownExamples } from "../../../../scripts/describe-markdown-examples.ts";
import {
  authPrincipalBindingValidator,
  COLLABORATION_EVENT_TYPES,
  focusTargetValidator,
  isCollaborationEventType,
  PAYLOAD_VALIDATORS,
  participantIdentityValidator,
} from "../../src/index.js";

const packageDir = fileURLToPath(new URL("../../", import.meta.url));
const docsDir = fileURLToPath(new URL("../../../../docs/", import.meta.url));
const readDoc = (name: string) => readFileSync(`${docsDir}${name}`, "utf8");
const VALID_MODELS = JSON.parse(readFileSync(new URL("../examples/valid-models.json", import.meta.url), "utf8")) as Record<string, unknown>;

const MODEL_VALIDATORS: Record<string, Validator<unknown>> = {
  ParticipantIdentity: participantIdentityValidator,
  AuthPrincipalBinding: authPrincipalBindingValidator,
  FocusTarget: focusTargetValidator,
};

interface Section {
  readonly name: string;
  readonly text: string;
  readonly json: readonly string[];
  readonly fields: ReadonlyArray<{ readonly field: string; readonly required: string }>;
}

/** The `### Name` sections of a page, with their ```json blocks and field-table rows. */
function sections(markdown: string): Section[] {
  return markdown
    .split(/^### /m)
    .slice(1)
    .map((chunk) => ({
      name: chunk.slice(0, chunk.indexOf("\n")).trim(),
      text: chunk,
      json: [...chunk.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? ""),
      fields: [...chunk.matchAll(/^\| `(\w+)` \|.*\| (yes|no) \|[^|]*\|$/gm)].map((match) => ({ field: match[1] ?? "", required: match[2] ?? "" })),
    }));
}

function validatorFor(name: string): Validator<unknown> | undefined {
  return isCollaborationEventType(name) ? PAYLOAD_VALIDATORS[name] : MODEL_VALIDATORS[name];
}

const fixturesDir = fileURLToPath(new URL("../../../../fixtures/", import.meta.url));

/**
 * The fixture a section's example is taken from: an event type's section
 * names `fixtures/payloads/<type>/valid-*.json` and must show exactly that
 * file, so the page cannot drift from the conformance vectors. The three
 * models have no fixture of their own; their examples are the test examples.
 */
function exampleFor(name: string, section: string): unknown {
  if (!isCollaborationEventType(name)) return VALID_MODELS[name];
  const path = /`(fixtures\/payloads\/[A-Za-z]+\/valid-[a-z0-9-]+\.json)`/.exec(section)?.[1];
  expect(path, `${name} names its fixture`).toBeDefined();
  expect(path?.startsWith(`fixtures/payloads/${name}/`)).toBe(true);
  return JSON.parse(readFileSync(`${fixturesDir}${(path ?? "").slice("fixtures/".length)}`, "utf8")) as unknown;
}

describe("docs/collaboration-events.md", () => {
  const markdown = readDoc("collaboration-events.md");
  const all = sections(markdown);

  it("has one section with one JSON example per event type and model, and no JSON outside them", () => {
    expect(all.map((section) => section.name)).toEqual(["ParticipantIdentity", "AuthPrincipalBinding", "FocusTarget", ...COLLABORATION_EVENT_TYPES]);
    for (const section of all) expect(section.json, section.name).toHaveLength(1);
    expect([...markdown.matchAll(/^```json$/gm)]).toHaveLength(all.length);
  });

  it.each(all.map((section) => [section.name, section] as const))("%s: the example equals the fixture and validates", (name, section) => {
    const example = JSON.parse(section.json[0] ?? "null") as unknown;
    expect(example).toEqual(exampleFor(name, section.text));
    expect(validatorFor(name)?.violations(example)).toEqual([]);
  });

  it.each(all.map((section) => [section.name, section] as const))("%s: the field table matches the schema", (name, section) => {
    const schema = validatorFor(name)?.schema as unknown as { properties: Record<string, unknown>; required: string[] };
    expect(section.fields.map(({ field }) => field)).toEqual(Object.keys(schema.properties));
    for (const { field, required } of section.fields) expect(required, field).toBe(schema.required.includes(field) ? "yes" : "no");
  });

  it("lists every event type with its constant in the overview table", () => {
    for (const eventType of COLLABORATION_EVENT_TYPES) {
      const constant = eventType.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toUpperCase();
      expect(markdown).toContain(`| [\`${eventType}\`](#${eventType.toLowerCase()}) | \`${constant}\` |`);
    }
  });
});

describeMarkdownExamples(packageDir, `${docsDir}participation-model.md`, 1);

describe("docs/compatibility.md", () => {
  const markdown = readDoc("compatibility.md");
  const packages = readdirSync(`${packageDir}..`).map(
    (dir) => (JSON.parse(readFileSync(`${packageDir}../${dir}/package.json`, "utf8")) as { name: string }).name,
  );

  it("names every workspace package in the interoperability table and the dependency table", () => {
    const interop = markdown.slice(markdown.indexOf("## Which versions interoperate"));
    const header = interop.split("\n").find((line) => line.startsWith("| wire")) ?? "";
    for (const name of packages) {
      expect(header, name).toContain(`\`${name}\``);
      expect(markdown, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, "m"));
    }
    expect(interop).toContain("| `1.0.0` | `0.1.x` | `0.1.x` | `0.1.x` | `0.1.x` | `0.1.x` |");
  });

  it("states the bump for the changes named in the policy", () => {
    expect(markdown).toMatch(/new \*\*optional\*\* payload or envelope field \| minor/);
    expect(markdown).toMatch(/new \*\*enum value\*\*.*\| minor/);
    expect(markdown).toMatch(/\*\*removed or renamed\*\* \| major/);
    expect(markdown).toMatch(/\*\*tightened\*\*.*\| major/);
    expect(markdown).toMatch(/documentation, examples.*\| patch/);
  });
});
