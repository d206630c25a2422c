import fc from "fast-check";
import { expect, it } from "vitest";
import { jsonSchemaArbitrary, mutatedArbitrary } from "./arbitraries.js";

/**
 * The three properties that pin a shipped JSON Schema file to its compiled
 * TypeBox validator: Ajv (`validate`) and `check` accept every value
 * generated from `schema`, and give the same verdict on mutations of those
 * values and on arbitrary JSON. Shared by every contracts package's schema
 * test, so that each checks its files the same way.
 */
export function itAgreesWithAjv(check: (value: unknown) => boolean, validate: (value: unknown) => boolean, schema: Record<string, unknown>): void {
  const valid = jsonSchemaArbitrary(schema);

  it("Ajv and the compiled validator accept every generated valid value", () => {
    fc.assert(
      fc.property(valid, (value) => {
        expect(check(value)).toBe(true);
        expect(validate(value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("Ajv agrees with the compiled validator on mutated values", () => {
    let invalid = 0;
    fc.assert(
      fc.property(mutatedArbitrary(valid), (value) => {
        const verdict = check(value);
        if (!verdict) invalid += 1;
        expect(validate(value)).toBe(verdict);
      }),
      { numRuns: 300 },
    );
    // The mutations must actually exercise the invalid side.
    expect(invalid).toBeGreaterThan(50);
  });

  it("Ajv agrees with the compiled validator on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validate(value)).toBe(check(value));
      }),
      { numRuns: 200 },
    );
  });
}
