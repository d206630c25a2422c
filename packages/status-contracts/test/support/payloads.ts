import fc from "fast-check";

/** A valid `WPStatusChanged` payload to derive test cases from. */
export const VALID_PAYLOAD = Object.freeze({
  feature_slug: "042-checkout",
  wp_id: "WP01",
  from_lane: "for_review",
  to_lane: "done",
  actor: "agent-a",
  force: false,
  execution_mode: "worktree",
  evidence: {
    repos: [{ repo: "org/service", branch: "wp01", commit: "a1b2c3d", files_touched: ["src/a.ts"] }],
    verification: [{ command: "pnpm test", result: "pass", summary: "42 passed" }],
    review: { reviewer: "rev-bob", verdict: "approved", reference: "PR#12" },
  },
});

/** `VALID_PAYLOAD` with some fields changed (`undefined` removes one). */
export function payloadWith(changes: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone({ ...VALID_PAYLOAD });
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

const text = fc.string({ minLength: 1, maxLength: 6 });
const lane = fc.constantFrom("planned", "claimed", "in_progress", "for_review", "done", "blocked", "canceled", "doing");
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const evidence = fc.record(
  {
    repos: fc.array(
      fc.record({ repo: text, branch: text, commit: text, files_touched: nullable(fc.array(text, { maxLength: 2 })) }, { requiredKeys: ["repo", "branch", "commit"] }),
      { minLength: 1, maxLength: 2 },
    ),
    verification: fc.array(fc.record({ command: text, result: text, summary: nullable(text) }, { requiredKeys: ["command", "result"] }), { maxLength: 2 }),
    review: fc.record({ reviewer: text, verdict: text, reference: nullable(text) }, { requiredKeys: ["reviewer", "verdict"] }),
  },
  { requiredKeys: ["repos", "review"] },
);

/** Valid payloads: every optional field absent, null or set; the payload rules respected; sometimes an extra key. */
export const validPayloadArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      feature_slug: text,
      wp_id: text,
      from_lane: nullable(lane),
      to_lane: lane,
      actor: text,
      force: fc.boolean(),
      reason: nullable(text),
      execution_mode: fc.constantFrom("worktree", "direct_repo"),
      review_ref: nullable(text),
      evidence: nullable(evidence),
      note: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: ["feature_slug", "wp_id", "to_lane", "actor", "execution_mode"] },
  )
  .chain((value) =>
    evidence.map((fallback) => {
      const fixed: Record<string, unknown> = { ...value };
      if (fixed["force"] === true && (typeof fixed["reason"] !== "string" || fixed["reason"].trim() === "")) fixed["reason"] = "forced";
      if (fixed["to_lane"] === "done" && (fixed["evidence"] === undefined || fixed["evidence"] === null)) fixed["evidence"] = fallback;
      return fixed;
    }),
  );

type Path = readonly (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

/**
 * One change somewhere inside a valid value: a field removed, or replaced
 * by a value that is often invalid (wrong type, empty, blank, a boolean or
 * integer in disguise). Tests compare verdicts; they do not assume invalidity.
 */
export function mutatedArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const replacement = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("", " ", "\t", null, [], {}, 0, -1, 1.5, "true", "1", true, false, "Doing", "doing", "done"));
  return fc.tuple(valid, fc.nat(), replacement, fc.boolean()).map(([value, index, next, remove]) => {
    const paths = pathsOf(value);
    if (paths.length === 0) return next;
    const path = paths[index % paths.length]!;
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (remove && !Array.isArray(parent)) delete parent[last];
    else parent[last] = next;
    return copy;
  });
}
