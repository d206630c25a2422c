import { readdirSync, readFileSync } from "node:fs";
import { JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE, serialiseJsonSchema } from "@sk/event-envelope";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GATE_FAILED_CONCLUSIONS, GATE_PAYLOAD_VALIDATORS, GATE_SCHEMA_FILES, type GateEventType, gateJsonSchemas } from "../../src/index.js";
import { mutatedArbitrary, validPayloadArbitrary } from "../support/payloads.js";

const SCHEMAS_DIR = new URL("../../schemas/", import.meta.url);
const documents = gateJsonSchemas();
const CONCLUSIONS: Record<GateEventType, readonly string[]> = { GatePassed: ["success"], GateFailed: GATE_FAILED_CONCLUSIONS };

function ajvFor(file: string) {
  const ajv = new Ajv2020.default({ strict: true, allErrors: true });
  return ajv.compile(JSON.parse(readFileSync(new URL(file, SCHEMAS_DIR), "utf8")) as object);
}

describe("gateJsonSchemas", () => {
  it("lists GatePassedPayload and GateFailedPayload with the draft 2020-12 header", () => {
    expect(documents.map(({ file }) => file)).toEqual(["gate_passed_payload.schema.json", "gate_failed_payload.schema.json"]);
    expect(documents.map(({ document }) => document["title"])).toEqual(["GatePassedPayload", "GateFailedPayload"]);
    for (const { file, document } of documents) {
      expect(Object.keys(document).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
      expect(document["$schema"]).toBe(JSON_SCHEMA_DIALECT);
      expect(document["$id"]).toBe(SCHEMA_ID_BASE + file);
    }
  });

  it("are the checked-in files, byte for byte (run `pnpm build` to regenerate)", () => {
    expect(readdirSync(SCHEMAS_DIR).sort()).toEqual(documents.map(({ file }) => file).sort());
    for (const { file, document } of documents) expect(readFileSync(new URL(file, SCHEMAS_DIR), "utf8")).toBe(serialiseJsonSchema(document));
  });
});

describe.each(Object.keys(GATE_SCHEMA_FILES) as GateEventType[])("%s schema file", (eventType) => {
  const validate = ajvFor(GATE_SCHEMA_FILES[eventType]);
  const validator = GATE_PAYLOAD_VALIDATORS[eventType];
  const valid = validPayloadArbitrary(CONCLUSIONS[eventType]);

  it("accepts every generated valid payload, like the compiled validator", () => {
    fc.assert(
      fc.property(valid, (value) => {
        expect(validator.check(value)).toBe(true);
        expect(validate(value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("agrees with the compiled validator on mutated payloads", () => {
    let invalid = 0;
    fc.assert(
      fc.property(mutatedArbitrary(valid), (value) => {
        const verdict = validator.check(value);
        if (!verdict) invalid += 1;
        expect(validate(value)).toBe(verdict);
      }),
      { numRuns: 400 },
    );
    expect(invalid).toBeGreaterThan(100);
  });
});
