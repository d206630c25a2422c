import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertStatusTransitionPayload,
  isNonBlank,
  isStatusTransitionPayload,
  StatusPayloadValidationError,
  statusTransitionPayloadValidator,
  validateStatusTransitionPayload,
} from "../../src/index.js";
import { payloadWith, VALID_PAYLOAD, validPayloadArbitrary } from "../support/payloads.js";

const violationsOf = (value: unknown) => statusTransitionPayloadValidator.violations(value).map(({ path, rule }) => `${path} ${rule}`);

describe("StatusTransitionPayload schema", () => {
  it("accepts a full payload, returning it as given", () => {
    const result = validateStatusTransitionPayload(VALID_PAYLOAD);
    expect(result).toEqual({ ok: true, value: VALID_PAYLOAD });
    expect(result.ok && result.value).toBe(VALID_PAYLOAD);
    expect(isStatusTransitionPayload(VALID_PAYLOAD)).toBe(true);
  });

  it("accepts the required fields alone (force absent means false)", () => {
    expect(violationsOf({ feature_slug: "f", wp_id: "WP01", to_lane: "planned", actor: "a", execution_mode: "direct_repo" })).toEqual([]);
  });

  it("accepts optional fields as null", () => {
    expect(violationsOf(payloadWith({ to_lane: "planned", from_lane: null, reason: null, review_ref: null, evidence: null }))).toEqual([]);
  });

  it("tolerates unknown keys", () => {
    expect(violationsOf(payloadWith({ future_field: { any: ["thing"] } }))).toEqual([]);
  });

  it.each(["feature_slug", "wp_id", "to_lane", "actor", "execution_mode"])("requires %s", (field) => {
    expect(violationsOf(payloadWith({ [field]: undefined }))).toContain(`/${field} required`);
  });

  it.each(["feature_slug", "wp_id", "actor", "reason", "review_ref"])("%s is a string of at least one character (whitespace allowed)", (field) => {
    expect(violationsOf(payloadWith({ [field]: "" }))).toEqual([`/${field} minLength`]);
    // A nullable field of the wrong type fails both branches of its union.
    const rule = field === "reason" || field === "review_ref" ? "anyOf" : "type";
    expect(violationsOf(payloadWith({ [field]: 5 }))).toEqual([`/${field} ${rule}`]);
    expect(violationsOf(payloadWith({ [field]: " " }))).toEqual([]);
  });

  it("lanes: the seven lanes and the alias doing (exact lower case) in from_lane and to_lane", () => {
    for (const lane of ["planned", "claimed", "in_progress", "for_review", "blocked", "canceled", "doing"]) {
      expect(violationsOf(payloadWith({ from_lane: lane, to_lane: lane }))).toEqual([]);
    }
    expect(violationsOf(payloadWith({ from_lane: "Doing" }))).toEqual(["/from_lane anyOf"]);
    expect(violationsOf(payloadWith({ to_lane: "DONE" }))).toEqual(["/to_lane enum"]);
    expect(violationsOf(payloadWith({ to_lane: null }))).toEqual(["/to_lane enum"]);
  });

  it("execution_mode is worktree or direct_repo", () => {
    expect(violationsOf(payloadWith({ execution_mode: "direct_repo" }))).toEqual([]);
    expect(violationsOf(payloadWith({ execution_mode: "cloud" }))).toEqual(["/execution_mode enum"]);
  });

  it("force is a strict JSON boolean; absent is false, null is invalid", () => {
    for (const force of ["true", 1, 0, "false", null]) expect(violationsOf(payloadWith({ force })), String(force)).toContain("/force type");
  });

  it("checks evidence deeply: at least one repo, strings, verification an array, review required", () => {
    const evidence = VALID_PAYLOAD.evidence;
    expect(violationsOf(payloadWith({ evidence: { ...evidence, repos: [] } }))).toEqual(["/evidence/repos minItems"]);
    const { review: _review, ...withoutReview } = evidence;
    expect(violationsOf(payloadWith({ evidence: withoutReview }))).toEqual(["/evidence/review required"]);
    expect(violationsOf(payloadWith({ evidence: { ...evidence, verification: null } }))).toEqual(["/evidence/verification type"]);
    const { verification: _verification, ...withoutVerification } = evidence;
    expect(violationsOf(payloadWith({ evidence: withoutVerification }))).toEqual([]);
    expect(violationsOf(payloadWith({ evidence: { ...evidence, repos: [{ repo: "r", branch: "", commit: "c" }] } }))).toEqual(["/evidence/repos/0/branch minLength"]);
    expect(violationsOf(payloadWith({ evidence: { ...evidence, repos: [{ repo: "r", branch: "b", commit: "c", files_touched: [""] }] } }))).toEqual([
      "/evidence/repos/0/files_touched/0 minLength",
    ]);
    expect(violationsOf(payloadWith({ evidence: { ...evidence, review: { reviewer: "r" } } }))).toEqual(["/evidence/review/verdict required"]);
    expect(violationsOf(payloadWith({ evidence: { ...evidence, verification: [{ command: "c", result: "" }] } }))).toEqual([
      "/evidence/verification/0/result minLength",
    ]);
    expect(violationsOf(payloadWith({ evidence: "done" }))).toEqual(["/evidence anyOf"]);
  });

  it("rejects a payload that is not an object", () => {
    for (const value of [null, [], "x", 1, undefined]) expect(isStatusTransitionPayload(value)).toBe(false);
  });
});

describe("payload rules", () => {
  it("force: true needs a non-blank reason (missing → required, blank → pattern, wrong type → type)", () => {
    expect(violationsOf(payloadWith({ force: true, reason: undefined }))).toEqual(["/reason required"]);
    expect(violationsOf(payloadWith({ force: true, reason: null }))).toEqual(["/reason type"]);
    expect(violationsOf(payloadWith({ force: true, reason: "  \t" }))).toEqual(["/reason pattern"]);
    expect(violationsOf(payloadWith({ force: true, reason: "" }))).toEqual(["/reason minLength", "/reason pattern"]);
    expect(violationsOf(payloadWith({ force: true, reason: 5 }))).toEqual(["/reason anyOf", "/reason type"]);
    expect(violationsOf(payloadWith({ force: true, reason: " reopened " }))).toEqual([]);
    expect(violationsOf(payloadWith({ force: false, reason: undefined }))).toEqual([]);
  });

  it("to_lane done needs evidence, forced or not (missing → required, null → type)", () => {
    expect(violationsOf(payloadWith({ evidence: undefined }))).toEqual(["/evidence required"]);
    expect(violationsOf(payloadWith({ evidence: null }))).toEqual(["/evidence type"]);
    expect(violationsOf(payloadWith({ evidence: null, force: true, reason: "r" }))).toEqual(["/evidence type"]);
  });

  it("evidence on another lane is allowed", () => {
    expect(violationsOf(payloadWith({ from_lane: "in_progress", to_lane: "for_review" }))).toEqual([]);
  });

  it("lists schema violations first, then the rules'", () => {
    expect(violationsOf(payloadWith({ wp_id: undefined, force: true, evidence: undefined }))).toEqual(["/wp_id required", "/reason required", "/evidence required"]);
  });

  it("names field, rule and value in messages", () => {
    const [violation] = statusTransitionPayloadValidator.violations(payloadWith({ force: true, reason: " " }));
    expect(violation).toEqual({ path: "/reason", rule: "pattern", value: " ", message: '/reason: a forced transition (force: true) needs a non-blank reason (rule: pattern), got " "' });
    const [evidence] = statusTransitionPayloadValidator.violations(payloadWith({ evidence: null }));
    expect(evidence?.message).toBe("/evidence: a transition to done needs evidence (rule: type), got null");
  });

  it("blank is Python's whitespace: U+001C-U+001F and U+0085 are blank, U+FEFF is not", () => {
    for (const blank of [" ", "\t\n\v\f\r", "\x1c\x1d\x1e\x1f", "\x85", "\xa0", "\u1680", "\u2000\u200a", "\u2028\u2029", "\u202f\u205f\u3000"]) {
      expect(isNonBlank(blank), JSON.stringify(blank)).toBe(false);
    }
    for (const text of ["\ufeff", "a", " x ", "\u200b"]) expect(isNonBlank(text), JSON.stringify(text)).toBe(true);
    expect(isNonBlank(5)).toBe(false);
  });
});

describe("validators", () => {
  it("check, violations and validate agree on generated payloads", () => {
    fc.assert(
      fc.property(validPayloadArbitrary, (payload) => {
        expect(statusTransitionPayloadValidator.check(payload)).toBe(true);
        expect(statusTransitionPayloadValidator.violations(payload)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("assertStatusTransitionPayload returns the payload or throws StatusPayloadValidationError with every violation", () => {
    expect(assertStatusTransitionPayload(VALID_PAYLOAD)).toBe(VALID_PAYLOAD);
    const bad = payloadWith({ wp_id: "", evidence: undefined });
    try {
      assertStatusTransitionPayload(bad, { eventId: "01HZ0000000000000000000001" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StatusPayloadValidationError);
      const typed = error as StatusPayloadValidationError;
      expect(typed.code).toBe("STATUS_PAYLOAD_VALIDATION");
      expect(typed.event_id).toBe("01HZ0000000000000000000001");
      expect(typed.payload).toBe(bad);
      expect(typed.violations.map(({ path }) => path)).toEqual(["/wp_id", "/evidence"]);
      expect(typed.message).toMatch(/^WPStatusChanged payload of event 01HZ0000000000000000000001 is invalid \(2 violations\):\n {2}- \/wp_id/);
    }
    expect(() => assertStatusTransitionPayload(null)).toThrow(/^WPStatusChanged payload is invalid \(1 violation\)/);
  });
});
