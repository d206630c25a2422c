import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCollaborationReducer, fromSnapshot, InvalidSnapshotError } from "../../src/index.ts";
import { isSnapshot, snapshotValidator } from "../../src/live/snapshot-schema.ts";
import { Stream } from "../support/events.ts";

function snapshot(): Record<string, unknown> {
  const stream = new Stream();
  stream.join("p1");
  for (let at = 0; at < 6; at++) stream.heartbeat("p1");
  const reducer = createCollaborationReducer({ window: 2 });
  for (const event of stream.events) reducer.apply(event);
  return JSON.parse(JSON.stringify(reducer.toSnapshot()));
}

const ULID_CHARACTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyzILOU-";
/** Strings near a canonical ULID: right and wrong lengths, cases, characters and first digits. */
const nearUlid = fc.string({ unit: fc.constantFrom(...ULID_CHARACTERS), minLength: 24, maxLength: 27 });
const sealedId = fc.oneof(nearUlid, nearUlid.map((id) => `0${id.slice(1, 26)}`), fc.constant("01ARZ3NDEKTSV4RRFFQ69G5FAV"), fc.anything());

describe("isSnapshot", () => {
  it("gives the schema validator's verdict on any sealed_ids (1,000 runs)", () => {
    const good = snapshot();
    fc.assert(
      fc.property(fc.oneof(fc.array(sealedId, { maxLength: 5 }), fc.anything()), (ids) => {
        const candidate = { ...good, sealed_ids: ids };
        expect(isSnapshot(candidate)).toBe(snapshotValidator.check(candidate));
      }),
      { numRuns: 1000 },
    );
    expect(isSnapshot(good)).toBe(true);
  });

  it("gives the schema validator's verdict on anything (500 runs)", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isSnapshot(value)).toBe(snapshotValidator.check(value));
      }),
      { numRuns: 500 },
    );
  });

  it("sealed ids must be canonical (upper case), as toSnapshot writes them", () => {
    const good = snapshot();
    const ids = good["sealed_ids"] as string[];
    expect(ids.length).toBeGreaterThan(0);
    // A valid ULID, in lower case.
    const lower = { ...good, sealed_ids: ["01arz3ndektsv4rrffq69g5fav", ...ids.slice(1)] };
    expect(() => fromSnapshot(lower)).toThrow(InvalidSnapshotError);
    expect(() => fromSnapshot(lower)).toThrow(/^snapshot\.sealed_ids\.0: /);
  });
});

describe("fromSnapshot", () => {
  it("leaves the snapshot it reads untouched: the resumed state shares nothing mutable with it, and freezing its output freezes none of it", () => {
    const stream = new Stream();
    stream.join("p1");
    stream.join("p2");
    stream.focus("p1", "wp-1");
    stream.comment("p1", "c1");
    stream.driverWarning("w1", ["p1", "p2"]);
    stream.ack("p1", "w1");
    for (let at = 0; at < 4; at++) stream.heartbeat("p1");
    const reducer = createCollaborationReducer({ window: 2 });
    for (const event of stream.events) reducer.apply(event);
    const text = JSON.stringify(reducer.toSnapshot());
    const stored = JSON.parse(text);
    const resumed = fromSnapshot(stored);
    expect(JSON.stringify(resumed.state())).toBe(JSON.stringify(reducer.state()));
    expect(JSON.stringify(stored)).toBe(text);
    const frozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== "object" || value === null) return;
      if (Object.isFrozen(value)) frozen.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(stored, "snapshot");
    expect(frozen).toStrictEqual([]);
    expect(stored.base.focus_by_participant.p1).toStrictEqual({ target_type: "wp", target_id: "wp-1" });
  });
});
