/** Builders of `WPStatusChanged` envelopes for the tests. */

export interface TransitionFields {
  readonly wp?: string;
  readonly from?: string | null;
  readonly to: string;
  readonly force?: boolean;
  readonly reason?: string | null;
  readonly review_ref?: string | null;
  readonly evidence?: unknown;
  readonly [extra: string]: unknown;
}

export const EVIDENCE = Object.freeze({
  repos: [{ repo: "org/service", branch: "wp01", commit: "a1b2c3d" }],
  review: { reviewer: "rev-bob", verdict: "approved" },
});

/** A ULID whose last characters encode `n` (monotonic in `n`). */
export function ulid(n: number): string {
  return `01HZ${String(n).padStart(22, "0")}`;
}

/** A status payload: `wp` defaults to WP01, `evidence` to a valid one when `to` is done. */
export function payload(fields: TransitionFields): Record<string, unknown> {
  const { wp = "WP01", from = null, to, ...rest } = fields;
  return {
    feature_slug: "042-checkout",
    wp_id: wp,
    from_lane: from,
    to_lane: to,
    actor: "agent-a",
    execution_mode: "worktree",
    ...(to === "done" && !("evidence" in rest) ? { evidence: EVIDENCE } : {}),
    ...rest,
  };
}

/** A full envelope around a status payload. */
export function envelope(n: number, clock: number, body: unknown, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    event_id: ulid(n),
    event_type: "WPStatusChanged",
    aggregate_id: "mission/042-checkout",
    payload: body,
    timestamp: `2026-03-01T09:00:${String(n % 60).padStart(2, "0")}Z`,
    node_id: "cli-1",
    lamport_clock: clock,
    causation_id: null,
    project_uuid: "6f1c9e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
    project_slug: null,
    correlation_id: "01HZ0000000000000000000000",
    schema_version: "1.0.0",
    data_tier: 0,
    ...overrides,
  };
}

/** `envelope(n, clock, payload(fields))`. */
export function transition(n: number, clock: number, fields: TransitionFields, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return envelope(n, clock, payload(fields), overrides);
}
