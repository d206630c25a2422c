import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableJson } from "../../src/output/stable-json.ts";
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

  it("changes no value of a run of envelopes sharing field values, nor their stable JSON, against no pooling", () => {
    const field = fc.option(fc.oneof(fc.constantFrom("mission/m-1", "node-1", "p".repeat(70)), fc.string(), fc.integer()), { nil: undefined });
    const envelope = fc.record(
      {
        event_id: fc.string(),
        event_type: field,
        aggregate_id: field,
        node_id: field,
        project_uuid: field,
        project_slug: field,
        schema_version: field,
        correlation_id: field,
        causation_id: fc.option(field, { nil: null }),
        payload: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.oneof(fc.constantFrom("participant-1", "participant-2"), fc.jsonValue()))),
        extra: fc.jsonValue(),
      },
      { requiredKeys: ["event_id"] },
    );
    fc.assert(
      fc.property(fc.array(envelope, { maxLength: 20 }), (events) => {
        const pool = new StringPool();
        const pooled = events.map((event) => pool.shareStrings(structuredClone(event)));
        expect(pooled).toEqual(events);
        expect(stableJson(pooled)).toBe(stableJson(events));
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
