import { describe, expect, it } from "vitest";
import { payloadViolations } from "../../src/domains/event-domain.ts";
import { DOMAINS, domainOf } from "../../src/domains/registry.ts";

describe("payloadViolations", () => {
  it("re-roots pointers and the messages that name them at /payload", () => {
    expect(
      payloadViolations([
        { path: "/wp_id", rule: "required", value: undefined, message: "/wp_id: required field is missing (rule: required), got undefined" },
        { path: "", rule: "type", value: 1, message: "(root): expected object (rule: type), got 1" },
        { path: "/x", rule: "custom", value: 1, message: "something else" },
      ]),
    ).toEqual([
      { path: "/payload/wp_id", rule: "required", value: undefined, message: "/payload/wp_id: required field is missing (rule: required), got undefined" },
      { path: "/payload", rule: "type", value: 1, message: "/payload: expected object (rule: type), got 1" },
      { path: "/payload/x", rule: "custom", value: 1, message: "/payload/x: something else" },
    ]);
  });
});

describe("the domain registry", () => {
  it("gives every event type exactly one domain", () => {
    const types = DOMAINS.flatMap((domain) => domain.eventTypes);
    expect(new Set(types).size).toBe(types.length);
    expect(domainOf("ParticipantJoined")?.name).toBe("collaboration");
    expect(domainOf("WPStatusChanged")?.name).toBe("status");
    expect(domainOf("GateFailed")?.name).toBe("gate");
    expect(domainOf("MissionStarted")?.name).toBe("lifecycle");
    expect(domainOf("toString")).toBeUndefined();
  });
});
