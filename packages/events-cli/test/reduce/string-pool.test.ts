import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringPool } from "../../src/reduce/string-pool.ts";

describe("StringPool", () => {
  it("changes no value of any event, at any depth, and returns the event itself", () => {
    const pool = new StringPool();
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (event) => {
        const copy = structuredClone(event);
        expect(pool.shareStrings(copy)).toBe(copy);
        expect(copy).toEqual(event);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps working after its pool fills up and starts over", () => {
    const pool = new StringPool();
    for (let at = 0; at < 100_010; at++) {
      const event = { event_id: `id-${at}`, node_id: `node-${at}`, payload: { list: [`x-${at}`, "y".repeat(100)] } };
      expect(pool.shareStrings(event)).toEqual({ event_id: `id-${at}`, node_id: `node-${at}`, payload: { list: [`x-${at}`, "y".repeat(100)] } });
    }
  });
});
