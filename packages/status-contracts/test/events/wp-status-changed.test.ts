import { describe, expect, it } from "vitest";
import { isWPStatusChangedEvent, WP_STATUS_CHANGED } from "../../src/index.js";
import { payloadWith, VALID_PAYLOAD } from "../support/payloads.js";

const envelope = (eventType: string, payload: Record<string, unknown>) => ({
  event_id: "01HZ0000000000000000000001",
  event_type: eventType,
  aggregate_id: "mission/042-checkout",
  payload,
  timestamp: "2026-03-01T09:00:00Z",
  node_id: "cli-1",
  lamport_clock: 1,
  causation_id: null,
  project_uuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
  project_slug: null,
  correlation_id: "01HZ0000000000000000000000",
  schema_version: "1.0.0",
  data_tier: 0,
});

describe("isWPStatusChangedEvent", () => {
  it("is true for a WPStatusChanged envelope with a valid payload only", () => {
    expect(WP_STATUS_CHANGED).toBe("WPStatusChanged");
    expect(isWPStatusChangedEvent(envelope("WPStatusChanged", { ...VALID_PAYLOAD }))).toBe(true);
    expect(isWPStatusChangedEvent(envelope("WPStatusChanged", payloadWith({ evidence: null })))).toBe(false);
    expect(isWPStatusChangedEvent(envelope("GatePassed", { ...VALID_PAYLOAD }))).toBe(false);
  });
});
