import fc from "fast-check";
import { ALLOWED_TRANSITIONS } from "@sk/status-contracts";
import { EVIDENCE, envelope, payload } from "./events.js";

const LANE_VALUES = ["planned", "claimed", "in_progress", "for_review", "done", "blocked", "canceled", "doing"] as const;
const WP_IDS = ["WP01", "WP02", "WP03", "__proto__"] as const;

const REASONS = [undefined, null, "why", "  "] as const;
const REVIEW_REFS = [undefined, null, "PR#1", " "] as const;
const EVIDENCES = [undefined, null, EVIDENCE, { ...EVIDENCE, verification: [{ command: "t", result: "pass" }] }] as const;

interface Step {
  readonly pick: number;
  readonly random: boolean;
  readonly sameClock: boolean;
  readonly force: boolean;
  readonly reason: number;
  readonly reviewRef: number;
  readonly evidence: number;
}

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  pick: fc.nat(),
  random: fc.boolean(),
  sameClock: fc.boolean(),
  force: fc.boolean(),
  reason: fc.nat({ max: 3 }),
  reviewRef: fc.nat({ max: 3 }),
  evidence: fc.nat({ max: 3 }),
});

/** Where a chain may go from `from`: mostly allowed moves, sometimes any lane. */
function nextLane(from: string | null, step: Step): string {
  const allowed = ALLOWED_TRANSITIONS.filter((t) => t.from === (from === "doing" ? "in_progress" : from)).map((t) => t.to as string);
  const choices = step.random || allowed.length === 0 ? LANE_VALUES : allowed;
  return choices[step.pick % choices.length]!;
}

/** A work package's chain of transitions, each leaving the lane the previous one entered. */
function chainPayloads(wp: string, steps: readonly Step[]): Array<{ body: unknown; sameClock: boolean }> {
  let from: string | null = null;
  return steps.map((step) => {
    const to = nextLane(from, step);
    const fields: Record<string, unknown> = { wp, from, to, force: step.force && step.reason % 2 === 0 };
    if (REASONS[step.reason] !== undefined) fields["reason"] = REASONS[step.reason];
    if (REVIEW_REFS[step.reviewRef] !== undefined) fields["review_ref"] = REVIEW_REFS[step.reviewRef];
    if (EVIDENCES[step.evidence] !== undefined || to !== "done") fields["evidence"] = EVIDENCES[step.evidence];
    if (fields["evidence"] === undefined) delete fields["evidence"];
    from = to;
    return { body: payload(fields as never), sameClock: step.sameClock };
  });
}

const INVALID_PAYLOADS = [{}, { wp_id: "WP01" }, { ...payload({ to: "Doing" }) }, { ...payload({ to: "planned" }), wp_id: "" }, "not an object"];

function toEnvelope(spec: Spec): Record<string, unknown> {
  return envelope(spec.id, spec.clock, spec.body, { timestamp: `2026-03-01T09:00:0${spec.second}Z` });
}

interface Spec {
  readonly id: number;
  readonly clock: number;
  readonly second: number;
  readonly body: unknown;
}

/** Elements that are not (valid) status events: other types, invalid envelopes, invalid payloads. */
const noiseArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ id: fc.integer({ min: 1, max: 200 }), clock: fc.integer({ min: 0, max: 8 }), second: fc.constant(0), body: fc.constant(payload({ to: "planned" })) }).map((spec) => ({ ...toEnvelope(spec), event_type: "GatePassed" })),
  fc.record({ id: fc.integer({ min: 1, max: 200 }), clock: fc.integer({ min: 0, max: 8 }), second: fc.constant(0), body: fc.constant(payload({ to: "planned" })) }).map((spec) => ({ ...toEnvelope(spec), node_id: "" })),
  fc.record({ id: fc.integer({ min: 1, max: 200 }), clock: fc.integer({ min: 0, max: 8 }), second: fc.nat({ max: 3 }), body: fc.constantFrom(...INVALID_PAYLOADS) }).map(toEnvelope),
  fc.constantFrom(null, 7, { event_type: 3 }, { payload: { wp_id: "WP02" } }),
);

/**
 * A log: per work package a chain of transitions (clocks rising, sometimes
 * two in one clock), noise, identical copies, and events that reuse an id
 * with other content (conflicting duplicates).
 */
export const logArbitrary: fc.Arbitrary<unknown[]> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...WP_IDS), fc.array(stepArbitrary, { minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 4 }),
    fc.array(noiseArbitrary, { maxLength: 4 }),
    fc.array(fc.nat(), { maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 })), { maxLength: 2 }),
  )
  .map(([chains, noise, copies, rewrites]) => {
    const events: Record<string, unknown>[] = [];
    let id = 1000;
    for (const [wp, steps] of chains) {
      let clock = 0;
      for (const { body, sameClock } of chainPayloads(wp, steps)) {
        if (!sameClock) clock += 1;
        events.push(toEnvelope({ id: id++, clock, second: id % 3, body }));
      }
    }
    const log: unknown[] = [...events, ...noise];
    for (const index of copies) log.push(structuredClone(log[index % log.length]));
    for (const [index, second] of rewrites) {
      const original = events[index % events.length]!;
      log.push({ ...original, timestamp: `2026-03-01T09:00:0${second}Z`, node_id: "rewriter" });
    }
    return log;
  });

/** A log and a permutation of it. */
export const permutedLogArbitrary: fc.Arbitrary<[unknown[], unknown[]]> = logArbitrary.chain((log) =>
  fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length }).map((shuffled) => [log, shuffled] as [unknown[], unknown[]]),
);
