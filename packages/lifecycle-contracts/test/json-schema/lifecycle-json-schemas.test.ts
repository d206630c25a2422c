import { readdirSync, readFileSync } from "node:fs";
import { JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE, serialiseJsonSchema } from "@sk/event-envelope";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
// One arbitrary of schema-valid values for every contracts package (a plain JSON Schema walker).
import { itAgreesWithAjv } from "../../../collab-contracts/test/support/ajv-agreement.ts";
import { LIFECYCLE_EVENT_TYPES, LIFECYCLE_PAYLOAD_VALIDATORS, lifecycleJsonSchemas, lifecycleSchemaFileName } from "../../src/index.js";
import { PAYLOAD_FIXTURES } from "../support/fixtures.js";

const SCHEMAS_DIR = new URL("../../schemas/", import.meta.url);
const documents = lifecycleJsonSchemas();

function readCheckedIn(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, SCHEMAS_DIR), "utf8")) as Record<string, unknown>;
}

function ajvFor(file: string) {
  // ajv is CommonJS: under NodeNext the default import is its module.exports, whose `default` is the class.
  return new Ajv2020.default({ strict: true, allErrors: true }).compile(readCheckedIn(file));
}

describe("lifecycleJsonSchemas", () => {
  it("lists one file per event type, in contract order, frozen", () => {
    expect(documents.map(({ file }) => file)).toEqual([
      "mission_started_payload.schema.json",
      "mission_completed_payload.schema.json",
      "mission_cancelled_payload.schema.json",
      "phase_entered_payload.schema.json",
      "review_rollback_payload.schema.json",
    ]);
    expect(lifecycleSchemaFileName("ReviewRollback")).toBe("review_rollback_payload.schema.json");
    expect(Object.isFrozen(documents)).toBe(true);
  });

  it("gives each document the draft 2020-12 header: $schema, $id, title, description", () => {
    documents.forEach(({ file, document }, index) => {
      expect(Object.keys(document).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
      expect(document["$schema"]).toBe(JSON_SCHEMA_DIALECT);
      expect(document["$id"]).toBe(SCHEMA_ID_BASE + file);
      expect(document["title"]).toBe(`${LIFECYCLE_EVENT_TYPES[index]}Payload`);
      expect(document["description"]).toBe(LIFECYCLE_PAYLOAD_VALIDATORS[LIFECYCLE_EVENT_TYPES[index]!].schema.description);
    });
  });

  it("returns fresh documents on each call", () => {
    (lifecycleJsonSchemas()[0]!.document as Record<string, unknown>)["title"] = "changed";
    expect(lifecycleJsonSchemas()[0]!.document["title"]).toBe("MissionStartedPayload");
  });
});

describe("checked-in schemas/ files", () => {
  it("are exactly the generated files, byte for byte (run `pnpm build` to regenerate)", () => {
    const onDisk = readdirSync(SCHEMAS_DIR).filter((file) => file.endsWith(".schema.json")).sort();
    expect(onDisk).toEqual(documents.map(({ file }) => file).sort());
    for (const { file, document } of documents) expect(readFileSync(new URL(file, SCHEMAS_DIR), "utf8"), file).toBe(serialiseJsonSchema(document));
  });

  it("give Ajv the fixtures' verdicts, with the violation at the named path", () => {
    for (const fixture of PAYLOAD_FIXTURES) {
      const validate = ajvFor(lifecycleSchemaFileName(fixture.event_type));
      expect(validate(fixture.value), fixture.id).toBe(fixture.expected === "valid");
      if (fixture.violation === undefined) continue;
      // Ajv reports a missing field at its parent, with the name in params.
      const { rule, path } = fixture.violation;
      const where = rule === "required" ? path.replace(/\/[^/]*$/, "") : path;
      expect(validate.errors?.map((error) => error.instancePath), fixture.id).toContain(where);
    }
  });

  describe.each(LIFECYCLE_EVENT_TYPES.map((eventType) => [eventType] as const))("%s", (eventType) => {
    const file = lifecycleSchemaFileName(eventType);
    const check = LIFECYCLE_PAYLOAD_VALIDATORS[eventType].check;
    const validate = ajvFor(file);
    itAgreesWithAjv(check, validate, readCheckedIn(file));
  });
});
