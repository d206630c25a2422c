import { describe, expect, it } from "vitest";
import { CollaborationError, UnknownEventTypeError } from "../../src/index.js";

describe("UnknownEventTypeError", () => {
  it("names the rule and the offending string", () => {
    const error = new UnknownEventTypeError("MissionCreated", { eventId: "01HZX0000000000000000000AA" });
    expect(error).toBeInstanceOf(CollaborationError);
    expect(error).toMatchObject({ code: "UNKNOWN_EVENT_TYPE", value: "MissionCreated", event_type: "MissionCreated", event_id: "01HZX0000000000000000000AA" });
    expect(error.message).toBe('event_type: expected one of the 14 collaboration event types (rule: enum), got "MissionCreated"');
  });

  it("renders a non-string value as its event_type and keeps the value", () => {
    const value = { not: "a string" };
    const error = new UnknownEventTypeError(value);
    expect(error.value).toBe(value);
    expect(error.event_type).toBe('{"not":"a string"}');
    expect(error.event_id).toBeNull();
    expect(new UnknownEventTypeError(undefined).event_type).toBe("undefined");
  });
});
