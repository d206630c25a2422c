import { SkError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { OrderingInputError, ROOT_FIELD } from "../../src/errors/ordering-input-error.ts";

describe("OrderingInputError", () => {
  it("is an SkError with code ORDERING_INPUT and structured detail", () => {
    const cause = new Error("inner");
    const error = new OrderingInputError({ field: "timestamp", rule: "pattern", value: "nope", expectation: "expected a timestamp", index: 3, cause });
    expect(error).toBeInstanceOf(SkError);
    expect(SkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ name: "OrderingInputError", code: "ORDERING_INPUT", field: "timestamp", rule: "pattern", value: "nope", index: 3, cause });
    expect(error.message).toBe('events[3].timestamp: expected a timestamp (rule: pattern), got "nope"');
  });

  it.each([
    ["events", undefined, "events: x (rule: type), got 1"],
    ["event", 2, "events[2]: x (rule: type), got 1"],
    [ROOT_FIELD, 2, "events[2]: x (rule: type), got 1"],
    [ROOT_FIELD, undefined, "(root): x (rule: type), got 1"],
    ["/payload/a", 2, "events[2]/payload/a: x (rule: type), got 1"],
    ["/payload/a", undefined, "/payload/a: x (rule: type), got 1"],
  ])("locates field %s at index %s", (field, index, message) => {
    const error = new OrderingInputError({ field, rule: "type", value: 1, expectation: "x", index });
    expect(error.message).toBe(message);
    expect("cause" in error).toBe(false);
  });

  it("describes values that have no JSON form without failing", () => {
    expect(new OrderingInputError({ field: "f", rule: "json", value: { toJSON: () => undefined }, expectation: "x" }).message).toBe("f: x (rule: json), got [object Object]");
    expect(new OrderingInputError({ field: "f", rule: "json", value: 5n, expectation: "x" }).message).toBe("f: x (rule: json), got 5n");
  });
});
