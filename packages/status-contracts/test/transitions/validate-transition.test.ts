import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLOWED_TRANSITIONS, isAllowedTransition, LANES, type Lane, type TransitionInput, validateTransition } from "../../src/index.js";

const FROM: readonly (Lane | null)[] = [null, ...LANES];
const NON_TERMINAL = ["planned", "claimed", "in_progress", "for_review", "blocked"] as const;

describe("allowed transitions", () => {
  it("are the eight named pairs and every non-null non-terminal lane to blocked or canceled", () => {
    const keys = ALLOWED_TRANSITIONS.map(({ from, to }) => `${from}>${to}`);
    expect(keys.slice(0, 8)).toEqual([
      "null>planned",
      "planned>claimed",
      "claimed>in_progress",
      "in_progress>for_review",
      "for_review>done",
      "for_review>in_progress",
      "in_progress>planned",
      "blocked>in_progress",
    ]);
    expect(keys.slice(8).sort()).toEqual(NON_TERMINAL.flatMap((from) => [`${from}>blocked`, `${from}>canceled`]).sort());
    expect(new Set(keys).size).toBe(18);
  });

  it("blocked -> blocked is allowed; null -> blocked, planned -> planned and done -> blocked are not", () => {
    expect(isAllowedTransition("blocked", "blocked")).toBe(true);
    expect(isAllowedTransition(null, "blocked")).toBe(false);
    expect(isAllowedTransition(null, "canceled")).toBe(false);
    expect(isAllowedTransition("planned", "planned")).toBe(false);
    expect(isAllowedTransition("done", "blocked")).toBe(false);
    expect(isAllowedTransition("canceled", "canceled")).toBe(false);
  });
});

describe("validateTransition", () => {
  it.each(ALLOWED_TRANSITIONS.map(({ from, to }) => [from, to] as const))("%s -> %s is valid without force", (from, to) => {
    const input: TransitionInput = { from_lane: from, to_lane: to, reason: "why", review_ref: "PR#1" };
    expect(validateTransition(input)).toEqual({ valid: true, violations: [] });
  });

  it("rule 1: leaving a terminal lane without force", () => {
    expect(validateTransition({ from_lane: "done", to_lane: "in_progress" }).violations).toEqual([
      "done is terminal; requires force=True to exit",
      "Transition done -> in_progress is not allowed",
    ]);
    expect(validateTransition({ from_lane: "canceled", to_lane: "planned", force: false }).violations[0]).toBe("canceled is terminal; requires force=True to exit");
  });

  it("rule 2: a pair not allowed renders lanes plainly and null as None", () => {
    expect(validateTransition({ from_lane: null, to_lane: "claimed" }).violations).toEqual(["Transition None -> claimed is not allowed"]);
    expect(validateTransition({ to_lane: "blocked" }).violations).toEqual(["Transition None -> blocked is not allowed"]);
    expect(validateTransition({ from_lane: "planned", to_lane: "planned" }).violations).toEqual(["Transition planned -> planned is not allowed"]);
    expect(validateTransition({ from_lane: "planned", to_lane: "done" }).violations).toEqual(["Transition planned -> done is not allowed"]);
  });

  it("rule 3: for_review -> in_progress needs a non-blank review_ref, forced or not", () => {
    for (const reviewRef of [undefined, null, "", "   ", "\t\n"]) {
      for (const force of [false, true]) {
        const input = { from_lane: "for_review", to_lane: "in_progress", force, review_ref: reviewRef, reason: "r" } as TransitionInput;
        expect(validateTransition(input).violations).toEqual(["for_review -> in_progress requires review_ref"]);
      }
    }
    expect(validateTransition({ from_lane: "for_review", to_lane: "doing", review_ref: " PR#7 " }).valid).toBe(true);
  });

  it("rule 4: in_progress -> planned needs a non-blank reason, forced or not", () => {
    for (const reason of [undefined, null, "", " \u3000 "]) {
      expect(validateTransition({ from_lane: "in_progress", to_lane: "planned", reason } as TransitionInput).violations).toEqual([
        "in_progress -> planned requires reason",
      ]);
      expect(validateTransition({ from_lane: "doing", to_lane: "planned", force: true, reason } as TransitionInput).violations).toEqual([
        "in_progress -> planned requires reason",
      ]);
    }
  });

  it("force skips rules 1 and 2 only", () => {
    expect(validateTransition({ from_lane: "done", to_lane: "planned", force: true, reason: "reopened" })).toEqual({ valid: true, violations: [] });
    expect(validateTransition({ from_lane: null, to_lane: "done", force: true, reason: "import" }).valid).toBe(true);
    expect(validateTransition({ from_lane: "planned", to_lane: "planned", force: true, reason: "x" }).valid).toBe(true);
  });

  it("reads the alias doing as in_progress in both lanes", () => {
    expect(validateTransition({ from_lane: "claimed", to_lane: "doing" }).valid).toBe(true);
    expect(validateTransition({ from_lane: "doing", to_lane: "for_review" }).valid).toBe(true);
    expect(validateTransition({ from_lane: "doing", to_lane: "done" }).violations).toEqual(["Transition in_progress -> done is not allowed"]);
  });

  it("lists violations in rule order, all of them", () => {
    // Rules 1 and 2 can hold together, rules 3 and 4 exclude each other and rule 1.
    expect(validateTransition({ from_lane: "done", to_lane: "done" }).violations).toEqual([
      "done is terminal; requires force=True to exit",
      "Transition done -> done is not allowed",
    ]);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateTransition(value as TransitionInput);
        expect(result.valid).toBe(result.violations.length === 0);
      }),
      { numRuns: 300 },
    );
    expect(validateTransition({ from_lane: 7, to_lane: "Doing" } as unknown as TransitionInput).violations).toEqual(["Transition 7 -> Doing is not allowed"]);
    expect(validateTransition(null as unknown as TransitionInput).violations).toEqual(["Transition None -> None is not allowed"]);
  });

  it("returns a frozen result", () => {
    const result = validateTransition({ from_lane: "planned", to_lane: "done" });
    expect(Object.isFrozen(result) && Object.isFrozen(result.violations)).toBe(true);
  });

  it("agrees with the rules on every pair of lanes, forced or not", () => {
    for (const from of FROM) {
      for (const to of LANES) {
        for (const force of [false, true]) {
          const expected: string[] = [];
          if (!force && (from === "done" || from === "canceled")) expected.push(`${from} is terminal; requires force=True to exit`);
          if (!force && !ALLOWED_TRANSITIONS.some((t) => t.from === from && t.to === to)) expected.push(`Transition ${from ?? "None"} -> ${to} is not allowed`);
          const input: TransitionInput = { from_lane: from, to_lane: to, force, reason: "why", review_ref: "PR#1" };
          expect(validateTransition(input).violations, `${from} -> ${to} force=${force}`).toEqual(expected);
        }
      }
    }
  });
});
