import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import {
  assertGatePayload,
  GatePayloadValidationError,
  gateFailedPayloadValidator,
  gatePassedPayloadValidator,
  isGateFailedPayload,
  isGatePassedPayload,
  validateGatePayload,
} from "../../src/index.js";
import { FAILED, PASSED, withChanges } from "../support/payloads.js";

const passed = (changes: Record<string, unknown>) => gatePassedPayloadValidator.violations(withChanges(PASSED, changes)).map(({ path, rule }) => `${path} ${rule}`);
const failed = (changes: Record<string, unknown>) => gateFailedPayloadValidator.violations(withChanges(FAILED, changes)).map(({ path, rule }) => `${path} ${rule}`);

describe("GatePassed and GateFailed payloads", () => {
  it("accept the full payloads; pr_number may be absent or null; extra keys are tolerated", () => {
    expect(isGatePassedPayload(PASSED)).toBe(true);
    expect(isGateFailedPayload(FAILED)).toBe(true);
    expect(passed({ pr_number: undefined, installation_id: 7 })).toEqual([]);
    expect(passed({ pr_number: null })).toEqual([]);
  });

  it.each(["gate_name", "gate_type", "conclusion", "external_provider", "check_run_id", "check_run_url", "delivery_id"])("require %s", (field) => {
    expect(passed({ [field]: undefined })).toEqual([`/${field} required`]);
    expect(failed({ [field]: undefined })).toEqual([`/${field} required`]);
  });

  it("gate_name and delivery_id are strings of at least one character", () => {
    expect(passed({ gate_name: "", delivery_id: 5 })).toEqual(["/gate_name minLength", "/delivery_id type"]);
    expect(passed({ gate_name: " " })).toEqual([]);
  });

  it("gate_type is ci and external_provider is github", () => {
    expect(passed({ gate_type: "cd", external_provider: "gitlab" })).toEqual(["/gate_type const", "/external_provider const"]);
  });

  it("GatePassed allows conclusion success only; GateFailed failure, timed_out, cancelled, action_required", () => {
    for (const conclusion of ["failure", "neutral", "Success", "SUCCESS"]) expect(passed({ conclusion })).toEqual(["/conclusion const"]);
    for (const conclusion of ["failure", "timed_out", "cancelled", "action_required"]) expect(failed({ conclusion })).toEqual([]);
    for (const conclusion of ["success", "neutral", "skipped", "stale", "Failure", 1]) expect(failed({ conclusion })).toEqual(["/conclusion enum"]);
  });

  it("check_run_id is an integer from 1 to 2^53 - 1; strings, booleans and fractions are invalid", () => {
    expect(passed({ check_run_id: 1 })).toEqual([]);
    expect(passed({ check_run_id: Number.MAX_SAFE_INTEGER })).toEqual([]);
    expect(passed({ check_run_id: 5.0 })).toEqual([]); // JSON 5.0 parses to 5: a documented difference
    expect(passed({ check_run_id: 0 })).toEqual(["/check_run_id minimum"]);
    expect(passed({ check_run_id: -3 })).toEqual(["/check_run_id minimum"]);
    expect(passed({ check_run_id: 2 ** 53 })).toEqual(["/check_run_id maximum"]);
    for (const value of ["5", true, 1.5, null]) expect(passed({ check_run_id: value }), String(value)).toEqual(["/check_run_id type"]);
  });

  it("check_run_url is an http or https URL with a host, kept as given", () => {
    for (const url of ["http://ci.example", "HTTPS://GitHub.com/a/../b", "https://[::1]:8443/runs/1", "https://bot:token@ghe.acme.internal:/x?y#z", "https://github.com"]) {
      expect(passed({ check_run_url: url }), url).toEqual([]);
      expect(assertGatePayload("GatePassed", withChanges(PASSED, { check_run_url: url })).check_run_url).toBe(url);
    }
    for (const url of ["ftp://github.com/x", "https://", "https:///runs/1", "github.com/runs/1", "https://git hub.com", "https://github.com/a b", "mailto:x@y", "", "https://user@"]) {
      expect(passed({ check_run_url: url }), url).toEqual(["/check_run_url pattern"]);
    }
  });

  it("pr_number is an integer > 0, or null", () => {
    expect(passed({ pr_number: 1 })).toEqual([]);
    expect(passed({ pr_number: 0 })).toEqual(["/pr_number minimum"]);
    expect(passed({ pr_number: "42" })).toEqual(["/pr_number anyOf"]);
    expect(passed({ pr_number: 4.5 })).toEqual(["/pr_number anyOf"]);
  });
});

describe("validateGatePayload / assertGatePayload", () => {
  it("validate by event type; never throw for a payload", () => {
    expect(validateGatePayload("GatePassed", PASSED)).toEqual({ ok: true, value: PASSED });
    expect(validateGatePayload("GateFailed", PASSED).ok).toBe(false);
    expect(validateGatePayload("GateFailed", null).ok).toBe(false);
  });

  it("throw ArgumentError for an event type that is not a gate type", () => {
    expect(() => validateGatePayload("GateSkipped" as "GatePassed", PASSED)).toThrow(ArgumentError);
    expect(() => assertGatePayload("WPStatusChanged" as "GatePassed", PASSED)).toThrow(/eventType: expected "GatePassed" or "GateFailed" \(rule: enum\)/);
  });

  it("assertGatePayload returns the payload or throws GatePayloadValidationError with every violation", () => {
    expect(assertGatePayload("GateFailed", FAILED)).toBe(FAILED);
    try {
      assertGatePayload("GateFailed", withChanges(FAILED, { check_run_id: "17", conclusion: "success" }), { eventId: "01HZ0000000000000000000001" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GatePayloadValidationError);
      const typed = error as GatePayloadValidationError;
      expect(typed.code).toBe("GATE_PAYLOAD_VALIDATION");
      expect(typed.event_type).toBe("GateFailed");
      expect(typed.event_id).toBe("01HZ0000000000000000000001");
      expect(typed.violations.map(({ path }) => path)).toEqual(["/conclusion", "/check_run_id"]);
      expect(typed.message).toMatch(/^GateFailed payload of event 01HZ0000000000000000000001 is invalid \(2 violations\)/);
    }
    expect(() => assertGatePayload("GatePassed", {})).toThrow(/^GatePassed payload is invalid \(7 violations\)/);
  });
});
