import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventJsonSchema, JSON_SCHEMA_DIALECT, safeParseEvent, serialiseJsonSchema } from "../../src/index.js";
import { validWireEnvelope } from "../envelope-fixture.js";

const checkedIn = readFileSync(new URL("../../schemas/event.schema.json", import.meta.url), "utf8");

describe("event.schema.json", () => {
  it("equals what the generator produces (run `pnpm generate` after changing the schema)", () => {
    expect(checkedIn).toBe(serialiseJsonSchema(eventJsonSchema()));
  });

  it("is draft 2020-12 with $id and title", () => {
    const document = JSON.parse(checkedIn) as Record<string, unknown>;
    expect(document["$schema"]).toBe(JSON_SCHEMA_DIALECT);
    expect(document["$id"]).toBe("https://schemas.sk.dev/event.schema.json");
    expect(document["title"]).toBe("Event");
  });

  it("gives Ajv (strict, draft 2020-12) the same verdict as the compiled validator", () => {
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    const validate = ajv.compile(JSON.parse(checkedIn) as object);
    const field = fc.constantFrom(...Object.keys(validWireEnvelope()), "causation_id", "data_tier", "schema_version", "project_slug");
    const mutation = fc.record({ field, value: fc.oneof(fc.jsonValue(), fc.constant(undefined)) });
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 3 }), (mutations) => {
        const value: Record<string, unknown> = validWireEnvelope();
        for (const { field: name, value: next } of mutations) {
          if (next === undefined) delete value[name];
          else value[name] = next;
        }
        expect(validate(value)).toBe(safeParseEvent(value).ok);
      }),
      { numRuns: 1000 },
    );
    expect(validate(validWireEnvelope())).toBe(true);
  });

  it("gives Ajv the same verdict on every timestamp vector, naive ones included", () => {
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    const validate = ajv.compile(JSON.parse(checkedIn) as object);
    const vectors = [
      "2026-03-03T09:12:07.381370",
      "2026-03-03T09:12:07",
      "2026-03-03T09:12:07.5",
      "2026-03-03T09:12:07Z",
      "2026-03-03T09:12:07.381370+05:30",
      "2026-03-03T09:12:07.1234567",
      "2026-03-03T09:12:07.",
      "2026-03-03T09:12",
      "2026-02-30T09:12:07",
      "2026-03-03 09:12:07",
      "2026-03-03T09:12:07+",
      "2026-03-03T09:12:07+0100",
    ];
    const verdicts = vectors.map((timestamp) => {
      const value = { ...validWireEnvelope(), timestamp };
      expect(validate(value)).toBe(safeParseEvent(value).ok);
      return safeParseEvent(value).ok;
    });
    expect(verdicts).toEqual([true, true, true, true, true, false, false, false, false, false, false, false]);
  });
});
