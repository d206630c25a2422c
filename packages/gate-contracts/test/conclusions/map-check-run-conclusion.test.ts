import { ArgumentError } from "@sk/event-envelope/errors";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { CHECK_RUN_CONCLUSIONS, mapCheckRunConclusion, type OnIgnoredConclusion, UnknownConclusionError } from "../../src/index.js";

describe("mapCheckRunConclusion", () => {
  it("success → GatePassed", () => {
    expect(mapCheckRunConclusion("success")).toBe("GatePassed");
  });

  it.each(["failure", "timed_out", "cancelled", "action_required"])("%s → GateFailed", (conclusion) => {
    expect(mapCheckRunConclusion(conclusion)).toBe("GateFailed");
  });

  it.each(["neutral", "skipped", "stale"])("%s → null, calling onIgnored(conclusion, non_blocking) once", (conclusion) => {
    const onIgnored = vi.fn<OnIgnoredConclusion>();
    expect(mapCheckRunConclusion(conclusion, onIgnored)).toBeNull();
    expect(onIgnored).toHaveBeenCalledExactlyOnceWith(conclusion, "non_blocking");
    expect(mapCheckRunConclusion(conclusion)).toBeNull();
  });

  it("does not call onIgnored for a passing or failing conclusion", () => {
    const onIgnored = vi.fn<OnIgnoredConclusion>();
    mapCheckRunConclusion("success", onIgnored);
    mapCheckRunConclusion("failure", onIgnored);
    expect(onIgnored).not.toHaveBeenCalled();
  });

  it.each(["Success", "FAILURE", " success", "", "unknown", "startup_failure", null, undefined, 1, true, ["success"]])("throws UnknownConclusionError for %j", (conclusion) => {
    expect(() => mapCheckRunConclusion(conclusion)).toThrow(UnknownConclusionError);
    try {
      mapCheckRunConclusion(conclusion);
    } catch (error) {
      const typed = error as UnknownConclusionError;
      expect(typed.conclusion).toBe(conclusion);
      expect(typed.code).toBe("UNKNOWN_CONCLUSION");
      for (const known of CHECK_RUN_CONCLUSIONS) expect(typed.message).toContain(`"${known}"`);
    }
  });

  it("lists the eight known conclusions in its message", () => {
    expect(new UnknownConclusionError("Success").message).toBe(
      'conclusion: expected one of the known check-run conclusions "success", "failure", "timed_out", "cancelled", "action_required", "neutral", "skipped", "stale" (rule: enum), got "Success"',
    );
    expect(CHECK_RUN_CONCLUSIONS).toHaveLength(8);
  });

  it("throws ArgumentError when onIgnored is not a function", () => {
    expect(() => mapCheckRunConclusion("neutral", "log" as unknown as OnIgnoredConclusion)).toThrow(ArgumentError);
  });

  it("maps every value to an event type, null or UnknownConclusionError, nothing else", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constantFrom(...CHECK_RUN_CONCLUSIONS)), (value) => {
        try {
          expect([null, "GatePassed", "GateFailed"]).toContain(mapCheckRunConclusion(value));
          expect(CHECK_RUN_CONCLUSIONS).toContain(value);
        } catch (error) {
          expect(UnknownConclusionError.isInstance(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
