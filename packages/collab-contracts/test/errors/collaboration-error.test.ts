import { SkError } from "@sk/event-envelope";
import { describe, expect, it } from "vitest";
import { CollaborationError } from "../../src/index.js";

describe("CollaborationError", () => {
  it("is an SkError carrying code, event_id and event_type", () => {
    const error = new CollaborationError("SOMETHING", "it broke", { eventType: "CommentPosted", eventId: "01HZX0000000000000000000AA" });
    expect(error).toBeInstanceOf(SkError);
    expect(SkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "SOMETHING", message: "it broke", event_id: "01HZX0000000000000000000AA", event_type: "CommentPosted" });
    expect(error.name).toBe("CollaborationError");
    expect("cause" in error).toBe(false);
  });

  it("defaults event_id to null", () => {
    expect(new CollaborationError("X", "m", { eventType: "T" }).event_id).toBeNull();
    expect(new CollaborationError("X", "m", { eventType: "T", eventId: null }).event_id).toBeNull();
  });

  it("keeps a given cause, even an undefined one", () => {
    const cause = new Error("root");
    expect(new CollaborationError("X", "m", { eventType: "T", cause }).cause).toBe(cause);
    const withUndefined = new CollaborationError("X", "m", { eventType: "T", cause: undefined });
    expect("cause" in withUndefined).toBe(true);
  });

  it("names subclasses after themselves", () => {
    class MissionMismatchError extends CollaborationError {}
    expect(new MissionMismatchError("MISSION_MISMATCH", "m", { eventType: "T" }).name).toBe("MissionMismatchError");
  });
});
