import { Type } from "@sinclair/typebox";
import { describe, expect, it } from "vitest";
import { createValidator, ULID_PATTERN } from "../../src/index.js";

const validator = createValidator(
  Type.Object({
    kind: Type.Union([Type.Literal("a"), Type.Literal("b")]),
    ref: Type.Optional(Type.Union([Type.String({ pattern: ULID_PATTERN }), Type.Null()])),
    size: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 9 }), Type.Null()])),
    list: Type.Optional(Type.Array(Type.String(), { minItems: 2, maxItems: 3 })),
    name: Type.Optional(Type.String({ maxLength: 3 })),
    "odd/key": Type.Optional(Type.String()),
    strict: Type.Optional(Type.Object({ x: Type.String() }, { additionalProperties: false })),
  }),
);

describe("violations", () => {
  it("reports an enum of literals as rule enum with the allowed values", () => {
    const [violation] = validator.violations({ kind: "c" });
    expect(violation).toMatchObject({ path: "/kind", rule: "enum", value: "c" });
    expect(violation?.message).toBe('/kind: expected one of "a", "b" (rule: enum), got "c"');
  });

  it("reports a nullable field through the branch of the value's type", () => {
    expect(validator.violations({ kind: "a", ref: "x" })).toEqual([expect.objectContaining({ path: "/ref", rule: "pattern", value: "x" })]);
    expect(validator.violations({ kind: "a", size: -1 })).toEqual([expect.objectContaining({ path: "/size", rule: "minimum" })]);
    expect(validator.violations({ kind: "a", size: 10.5 })).toEqual([expect.objectContaining({ path: "/size", rule: "maximum" })]);
    expect(validator.violations({ kind: "a", ref: true })).toEqual([expect.objectContaining({ path: "/ref", rule: "anyOf", value: true })]);
  });

  it("names array, length, escaped-key and additional-property rules", () => {
    expect(validator.violations({ kind: "a", list: ["x"] })[0]).toMatchObject({ path: "/list", rule: "minItems" });
    expect(validator.violations({ kind: "a", list: ["x", "y", "z", "w"] })[0]).toMatchObject({ rule: "maxItems" });
    expect(validator.violations({ kind: "a", name: "long" })[0]).toMatchObject({ path: "/name", rule: "maxLength" });
    expect(validator.violations({ kind: "a", "odd/key": 1 })[0]).toMatchObject({ path: "/odd~1key", rule: "type" });
    expect(validator.violations({ kind: "a", strict: { x: "1", y: 2 } })[0]).toMatchObject({ rule: "additionalProperties" });
  });

  it("validate() returns the value or the violations, check() narrows", () => {
    expect(validator.validate({ kind: "b" })).toEqual({ ok: true, value: { kind: "b" } });
    expect(validator.validate({})).toEqual({ ok: false, violations: [expect.objectContaining({ path: "/kind", rule: "required" })] });
    expect(validator.check({ kind: "a" })).toBe(true);
    expect(validator.violations({ kind: "a" })).toEqual([]);
  });
});
