import { describe, expect, it } from "vitest";
import { GATE_EVENT_TYPES, isGateEvent, isGateEventType } from "../../src/index.js";
import { FAILED, PASSED } from "../support/payloads.js";

const envelope = (eventType: string, payload: Readonly<Record<string, unknown>>) => ({
  event_id: "01HZ0000000000000000000001",
  event_type: eventType,
  aggregate_id: "mission/042-checkout",
  payload,
  timestamp: "2026-03-01T09:00:00Z",
  node_id: "saas-1",
  lamport_clock: 1,
  causation_id: null,
  project_uuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
  project_slug: null,
  correlation_id: "01HZ0000000000000000000000",
  schema_version: "1.0.0",
  data_tier: 0,
});

describe("gate events", () => {
  it("are GatePassed and GateFailed", () => {
    expect(GATE_EVENT_TYPES).toEqual(["GatePassed", "GateFailed"]);
    expect(isGateEventType("GatePassed") && isGateEventType("GateFailed")).toBe(true);
    expect(isGateEventType("WPStatusChanged")).toBe(false);
  });

  it("isGateEvent checks the type and the payload of that type", () => {
    expect(isGateEvent(envelope("GatePassed", PASSED))).toBe(true);
    expect(isGateEvent(envelope("GateFailed", FAILED))).toBe(true);
    expect(isGateEvent(envelope("GateFailed", PASSED))).toBe(false);
    expect(isGateEvent(envelope("WPStatusChanged", PASSED))).toBe(false);
  });
});
