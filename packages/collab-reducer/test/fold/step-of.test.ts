import { COLLABORATION_EVENT_TYPES, isCollaborationEventType } from "@sk/collab-contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFoldedType, stepOf } from "../../src/fold/fold-event.ts";

const types = [...COLLABORATION_EVENT_TYPES];

/** A type with one code unit changed: same length, so it reaches the candidate comparison. */
const nearMiss = fc
  .tuple(fc.constantFrom(...types), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }))
  .map(([type, at, unit]) => `${type.slice(0, at % type.length)}${unit}${type.slice((at % type.length) + 1)}`);

describe("stepOf / isFoldedType", () => {
  it("finds every collaboration type, as a parsed (non-constant) string too, with its own type", () => {
    for (const type of types) {
      const parsed = JSON.parse(JSON.stringify(type)) as string;
      expect(stepOf(parsed)?.eventType).toBe(type);
      expect(isFoldedType(parsed)).toBe(true);
    }
  });

  it("agrees with the contracts' isCollaborationEventType on any value (property)", () => {
    fc.assert(
      fc.property(fc.oneof(nearMiss, fc.string(), fc.constantFrom(...types, "__proto__", "constructor", "", "participantjoined"), fc.anything()), (value) => {
        expect(isFoldedType(value)).toBe(isCollaborationEventType(value));
        expect(stepOf(value) === undefined).toBe(!isCollaborationEventType(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects strings longer than any type", () => {
    expect(stepOf("P".repeat(200))).toBeUndefined();
  });
});
