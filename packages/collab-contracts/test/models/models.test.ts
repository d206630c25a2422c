import { describe, expect, it } from "vitest";
import {
  AuthPrincipalBindingSchema,
  authPrincipalBindingValidator,
  FocusTargetSchema,
  focusTargetKey,
  isAuthPrincipalBinding,
  isFocusTarget,
  isParticipantIdentity,
  ParticipantIdentitySchema,
} from "../../src/index.js";

describe("ParticipantIdentity", () => {
  it("accepts both participant types with optional display_name and session_id absent, null or set", () => {
    expect(isParticipantIdentity({ participant_id: "p", participant_type: "human" })).toBe(true);
    expect(isParticipantIdentity({ participant_id: "p", participant_type: "llm_context", display_name: null, session_id: null })).toBe(true);
    expect(isParticipantIdentity({ participant_id: "p", participant_type: "llm_context", display_name: "", session_id: "s", extra: 1 })).toBe(true);
  });

  it("rejects a missing or empty id, an unknown type and wrongly typed optionals", () => {
    expect(isParticipantIdentity({ participant_type: "human" })).toBe(false);
    expect(isParticipantIdentity({ participant_id: "", participant_type: "human" })).toBe(false);
    expect(isParticipantIdentity({ participant_id: "p", participant_type: "bot" })).toBe(false);
    expect(isParticipantIdentity({ participant_id: "p", participant_type: "human", display_name: 1 })).toBe(false);
    expect(isParticipantIdentity({ participant_id: "p", participant_type: "human", session_id: {} })).toBe(false);
    expect(isParticipantIdentity(null)).toBe(false);
  });

  it("lists its fields in spec order", () => {
    expect(Object.keys(ParticipantIdentitySchema.properties)).toEqual(["participant_id", "participant_type", "display_name", "session_id"]);
    expect(ParticipantIdentitySchema.required).toEqual(["participant_id", "participant_type"]);
  });
});

describe("AuthPrincipalBinding", () => {
  const binding = { auth_principal_id: "auth0|alice", participant_id: "prt-alice", bound_at: "2026-02-27T12:00:00.123456+01:00" };

  it("accepts a binding with an RFC 3339 bound_at", () => {
    expect(isAuthPrincipalBinding(binding)).toBe(true);
    expect(isAuthPrincipalBinding({ ...binding, bound_at: "2026-02-27T12:00:00Z" })).toBe(true);
  });

  it("rejects a bound_at without offset, an invalid date or an empty id", () => {
    expect(authPrincipalBindingValidator.violations({ ...binding, bound_at: "2026-02-27T12:00:00" })).toMatchObject([{ path: "/bound_at", rule: "pattern" }]);
    expect(isAuthPrincipalBinding({ ...binding, bound_at: "2025-02-29T12:00:00Z" })).toBe(false);
    expect(isAuthPrincipalBinding({ ...binding, auth_principal_id: "" })).toBe(false);
    expect(isAuthPrincipalBinding({ ...binding, participant_id: undefined })).toBe(false);
  });

  it("is not an event payload: it has no mission_id", () => {
    expect(Object.keys(AuthPrincipalBindingSchema.properties)).toEqual(["auth_principal_id", "participant_id", "bound_at"]);
  });
});

describe("FocusTarget", () => {
  it("accepts the three target types", () => {
    for (const target_type of ["wp", "step", "file"]) expect(isFocusTarget({ target_type, target_id: "x" })).toBe(true);
  });

  it("rejects other target types and empty ids", () => {
    expect(isFocusTarget({ target_type: "repo", target_id: "x" })).toBe(false);
    expect(isFocusTarget({ target_type: "wp", target_id: "" })).toBe(false);
    expect(FocusTargetSchema.required).toEqual(["target_type", "target_id"]);
  });

  it("has the index key {target_type}:{target_id}", () => {
    expect(focusTargetKey({ target_type: "wp", target_id: "WP03" })).toBe("wp:WP03");
    expect(focusTargetKey({ target_type: "file", target_id: "src/a:b.ts" })).toBe("file:src/a:b.ts");
  });
});
