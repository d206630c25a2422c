import type { EventEnvelope } from "@sk/event-envelope";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A valid ULID for `n` (0 <= n < 32^4): ids sort like their numbers. */
export function ulid(n: number): string {
  let suffix = "";
  for (let rest = n, digit = 0; digit < 4; digit++, rest = Math.floor(rest / 32)) suffix = CROCKFORD[rest % 32] + suffix;
  return `01KN${"0".repeat(18)}${suffix}`;
}

/** Overrides of `envelope`: any envelope field. */
export type EnvelopeOverrides = Partial<Record<keyof EventEnvelope, unknown>> & Record<string, unknown>;

/**
 * A valid envelope of mission `m-1`: event `n` of type `eventType` at
 * lamport clock `clock` (default `n`), timestamps one second apart.
 */
export function envelope(n: number, eventType: string, payload: unknown, overrides: EnvelopeOverrides = {}): EventEnvelope {
  const clock = typeof overrides["lamport_clock"] === "number" ? overrides["lamport_clock"] : n;
  return {
    event_id: ulid(n),
    event_type: eventType,
    aggregate_id: "mission/m-1",
    payload: payload as Record<string, unknown>,
    timestamp: `2026-04-02T10:${String(Math.floor(n / 60) % 60).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}Z`,
    node_id: "cli-1",
    lamport_clock: clock,
    causation_id: null,
    project_uuid: "3f2b8c1e-7d4a-4e59-9b6c-2a1d0e8f7c35",
    project_slug: null,
    correlation_id: "01JQ2M8E1H4K8NR2TW6YZ9DF3C",
    schema_version: "1.0.0",
    data_tier: 0,
    ...overrides,
  } as EventEnvelope;
}

/** Valid payloads of the five mission types (override any field). */
export const payloads = {
  started: (initial_phase = "specify", extra: object = {}) => ({ mission_id: "m-1", mission_type: "software-dev", initial_phase, actor: "prt-ana", ...extra }),
  completed: (extra: object = {}) => ({ mission_id: "m-1", mission_type: "software-dev", final_phase: "accept", actor: "prt-ana", ...extra }),
  cancelled: (extra: object = {}) => ({ mission_id: "m-1", reason: "superseded", actor: "prt-ben", ...extra }),
  phase: (phase_name: string, extra: object = {}) => ({ mission_id: "m-1", phase_name, actor: "prt-ana", ...extra }),
  rollback: (target_phase: string, extra: object = {}) => ({ mission_id: "m-1", review_ref: "PR-1#review-1", target_phase, actor: "prt-ben", ...extra }),
  wp: (wp_id: string, from_lane: string | null, to_lane: string, extra: object = {}) => ({
    feature_slug: "042-checkout",
    wp_id,
    from_lane,
    to_lane,
    actor: "prt-claude-a",
    force: false,
    execution_mode: "worktree",
    ...extra,
  }),
};

/** Shorthands: `started(n, clock?)` etc. build whole envelopes. */
export const events = {
  started: (n: number, overrides: EnvelopeOverrides = {}, initialPhase = "specify") => envelope(n, "MissionStarted", payloads.started(initialPhase), overrides),
  completed: (n: number, overrides: EnvelopeOverrides = {}) => envelope(n, "MissionCompleted", payloads.completed(), overrides),
  cancelled: (n: number, overrides: EnvelopeOverrides = {}) => envelope(n, "MissionCancelled", payloads.cancelled(), overrides),
  phase: (n: number, phase: string, overrides: EnvelopeOverrides = {}) => envelope(n, "PhaseEntered", payloads.phase(phase), overrides),
  rollback: (n: number, phase: string, overrides: EnvelopeOverrides = {}) => envelope(n, "ReviewRollback", payloads.rollback(phase), overrides),
  wp: (n: number, wpId: string, from: string | null, to: string, overrides: EnvelopeOverrides = {}) => envelope(n, "WPStatusChanged", payloads.wp(wpId, from, to), overrides),
};
