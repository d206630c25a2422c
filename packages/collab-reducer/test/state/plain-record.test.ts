import { describe, expect, it } from "vitest";
import { openRecord, sealRecord } from "../../src/state/plain-record.ts";

describe("openRecord / sealRecord", () => {
  it("make an ordinary frozen object whose keys are own data properties in assignment order, __proto__ included", () => {
    const record = openRecord<number>();
    for (const [key, value] of [["b", 1], ["__proto__", 2], ["constructor", 3], ["a", 4]] as const) record[key] = value;
    const sealed = sealRecord(record);
    expect(Object.getPrototypeOf(sealed)).toBe(Object.prototype);
    expect(Object.isFrozen(sealed)).toBe(true);
    expect(Object.keys(sealed)).toStrictEqual(["b", "__proto__", "constructor", "a"]);
    expect(Object.getOwnPropertyDescriptor(sealed, "__proto__")).toStrictEqual({ value: 2, writable: false, enumerable: true, configurable: false });
    expect(JSON.parse(JSON.stringify(sealed))).toStrictEqual(JSON.parse('{"b":1,"__proto__":2,"constructor":3,"a":4}'));
  });
});
