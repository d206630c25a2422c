#!/usr/bin/env node
// Writes fixtures/sample/quick-start.jsonl: a realistic hour-long mission log
// for the README's quick start (`sk-events reduce --format summary`). Seeded,
// so the file is the same on every run; a test of @sk/events-cli checks that
// the committed file equals what this script writes and that it reduces
// cleanly in strict mode.
//
// The story: Ana (lead) invites a reviewer, two humans and three LLM agent
// contexts to redesign checkout. Heartbeats about every minute; focus moves
// across four work packages; Ana and the UI agent both drive WP02 (a
// concurrent-driver warning, answered by both); the UI and test agents
// start the same step (a collision warning the UI agent never answers);
// decisions reference the warnings; a comment thread; the docs agent
// leaves halfway.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { seededRandom } from "./seeded-random.mjs";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const MISSION = "checkout-redesign";
const PROJECT = "3f9d2c1a-7b4e-4c8d-9e2f-1a6b5c4d3e2f";
const START = Date.UTC(2026, 2, 16, 9, 0, 0);

const random = seededRandom(20260316);

/** A ULID: 10 characters of millisecond time, 16 of (seeded) randomness. */
function ulid(ms) {
  let time = "";
  for (let rest = ms, at = 0; at < 10; at++, rest = Math.floor(rest / 32)) time = CROCKFORD[rest % 32] + time;
  let tail = "";
  for (let at = 0; at < 16; at++) tail += CROCKFORD[Math.floor(random() * 32)];
  return time + tail;
}

const RUN_ID = ulid(START - 60_000);

const people = {
  ana: { participant_type: "human", display_name: "Ana Silva", node: "saas-web-1" },
  ben: { participant_type: "human", display_name: "Ben Okafor", node: "cli-ben-laptop" },
  carla: { participant_type: "human", display_name: "Carla Reyes (review)", node: "saas-web-2" },
  "claude-ui": { participant_type: "llm_context", display_name: "Claude (checkout UI)", node: "agent-runner-1" },
  "claude-tests": { participant_type: "llm_context", display_name: "Claude (test writer)", node: "agent-runner-1" },
  "gpt-docs": { participant_type: "llm_context", display_name: "GPT (docs)", node: "agent-runner-2" },
};
const pid = (name) => `prt-${name}`;
const sessionOf = (name) => `sess-${name}-01`;
const identity = (name) => ({ participant_id: pid(name), participant_type: people[name].participant_type, display_name: people[name].display_name, session_id: sessionOf(name) });

const events = [];
let clock = 0;
let now = START;

/** Appends one event at `now` (plus up to a second of jitter), emitted by `node`. */
function emit(event_type, payload, node = "saas-core-1") {
  clock += 1;
  now += 200 + Math.floor(random() * 800);
  events.push({
    event_id: ulid(now),
    event_type,
    aggregate_id: `mission/${MISSION}`,
    payload: { mission_id: MISSION, ...payload },
    timestamp: new Date(now).toISOString(),
    node_id: node,
    lamport_clock: clock,
    causation_id: null,
    project_uuid: PROJECT,
    project_slug: "shop-web",
    correlation_id: RUN_ID,
    schema_version: "1.0.0",
    data_tier: 1,
  });
  return events.at(-1);
}
const by = (name, event_type, payload) => emit(event_type, { participant_id: pid(name), ...payload }, people[name].node);
const active = new Set();

/** Every active participant beats once, in a seeded order; time moves on about a minute. */
function heartbeats() {
  const names = [...active].sort(() => random() - 0.5);
  for (const name of names) by(name, "PresenceHeartbeat", { session_id: sessionOf(name) });
  now += 45_000 + Math.floor(random() * 30_000);
}
const idle = (rounds) => {
  for (let round = 0; round < rounds * 1.5; round++) heartbeats();
};
const focus = (name, target_type, target_id, previous) =>
  by(name, "FocusChanged", { focus_target: { target_type, target_id }, previous_focus_target: previous ?? null });

// Invitations and joins.
for (const name of ["ben", "carla", "claude-ui", "claude-tests", "gpt-docs"]) {
  emit("ParticipantInvited", { participant_id: pid(name), participant_identity: identity(name), invited_by: pid("ana") }, people.ana.node);
}
for (const name of Object.keys(people)) {
  by(name, "ParticipantJoined", { participant_identity: identity(name), auth_principal_id: `auth0|${name}` });
  active.add(name);
}
by("ben", "SessionLinked", { primary_session_id: sessionOf("ben"), linked_session_id: "sess-ben-cli-7", link_type: "cli_to_saas" });
idle(3);

// Everyone picks up work.
by("ana", "DriveIntentSet", { intent: "active" });
focus("ana", "wp", "WP01");
by("claude-ui", "DriveIntentSet", { intent: "active" });
focus("claude-ui", "wp", "WP02");
by("claude-tests", "DriveIntentSet", { intent: "active" });
focus("claude-tests", "wp", "WP03");
focus("gpt-docs", "wp", "WP04");
focus("carla", "wp", "WP01");
by("ben", "CommentPosted", { comment_id: "cmt-001", content: "Do discounts apply before or after tax in the new totals?" });
by("claude-ui", "CommentPosted", { comment_id: "cmt-002", content: "Before tax, per the pricing spec section 4.2.", reply_to: "cmt-001" });
by("ana", "CommentPosted", { comment_id: "cmt-003", content: "Confirmed with finance: before tax.", reply_to: "cmt-002" });
idle(4);

by("claude-ui", "PromptStepExecutionStarted", { step_id: "step-layout", wp_id: "WP02", step_description: "Build the one-page checkout layout" });
by("claude-tests", "PromptStepExecutionStarted", { step_id: "step-cart-fixtures", wp_id: "WP03", step_description: "Generate cart fixtures" });
idle(5);
by("claude-tests", "PromptStepExecutionCompleted", { step_id: "step-cart-fixtures", wp_id: "WP03", outcome: "success" });
by("claude-ui", "PromptStepExecutionCompleted", { step_id: "step-layout", wp_id: "WP02", outcome: "success" });
idle(3);

// Ana moves to WP02 and drives it too: a concurrent-driver warning.
focus("ana", "wp", "WP02", { target_type: "wp", target_id: "WP01" });
emit("ConcurrentDriverWarning", { warning_id: "warn-wp02-drivers", participant_ids: [pid("ana"), pid("claude-ui")], focus_target: { target_type: "wp", target_id: "WP02" }, severity: "warning" });
by("claude-ui", "WarningAcknowledged", { warning_id: "warn-wp02-drivers", acknowledgement: "hold" });
by("ana", "WarningAcknowledged", { warning_id: "warn-wp02-drivers", acknowledgement: "continue" });
by("claude-ui", "DriveIntentSet", { intent: "inactive" });
by("ana", "DecisionCaptured", { decision_id: "dec-wp02-owner", topic: "Who drives WP02", chosen_option: "Ana drives WP02; Claude UI reviews", rationale: "Payment form needs a human sign-off", referenced_warning_id: "warn-wp02-drivers" });
focus("claude-ui", "file", "src/checkout/PaymentForm.tsx", { target_type: "wp", target_id: "WP02" });
idle(6);

// The docs agent finishes and leaves.
by("gpt-docs", "CommentPosted", { comment_id: "cmt-004", content: "Checkout docs drafted in docs/checkout.md; handing over." });
by("gpt-docs", "ParticipantLeft", { reason: "explicit" });
active.delete("gpt-docs");
idle(4);

// Both agents start the same step: a collision warning; the UI agent never answers.
by("claude-ui", "DriveIntentSet", { intent: "active" });
focus("claude-ui", "step", "step-totals-tests", { target_type: "file", target_id: "src/checkout/PaymentForm.tsx" });
focus("claude-tests", "step", "step-totals-tests", { target_type: "wp", target_id: "WP03" });
by("claude-ui", "PromptStepExecutionStarted", { step_id: "step-totals-tests", wp_id: "WP03", step_description: "Property tests for cart totals" });
by("claude-tests", "PromptStepExecutionStarted", { step_id: "step-totals-tests", wp_id: "WP03", step_description: "Property tests for cart totals" });
emit("PotentialStepCollisionDetected", { warning_id: "warn-totals-collision", participant_ids: [pid("claude-ui"), pid("claude-tests")], step_id: "step-totals-tests", wp_id: "WP03", severity: "warning" });
by("claude-tests", "WarningAcknowledged", { warning_id: "warn-totals-collision", acknowledgement: "defer" });
by("claude-tests", "PromptStepExecutionCompleted", { step_id: "step-totals-tests", wp_id: "WP03", outcome: "skipped" });
by("ben", "DecisionCaptured", { decision_id: "dec-totals-tests", topic: "Test data for cart totals", chosen_option: "Generate carts with fast-check", rationale: "Covers stacked discounts", referenced_warning_id: "warn-totals-collision" });
idle(5);

// Review round on WP01 and WP02.
by("carla", "DriveIntentSet", { intent: "active" });
focus("carla", "wp", "WP02", { target_type: "wp", target_id: "WP01" });
by("carla", "CommentPosted", { comment_id: "cmt-005", content: "WP02: the card field loses focus on validation errors." });
by("ana", "CommentPosted", { comment_id: "cmt-006", content: "Fixing now.", reply_to: "cmt-005" });
by("ana", "PromptStepExecutionStarted", { step_id: "step-focus-fix", wp_id: "WP02", step_description: "Keep focus on the card field" });
idle(4);
by("ana", "PromptStepExecutionCompleted", { step_id: "step-focus-fix", wp_id: "WP02", outcome: "success" });
by("carla", "DecisionCaptured", { decision_id: "dec-wp02-approved", topic: "WP02 review", chosen_option: "Approved after the focus fix", rationale: null });
by("carla", "DriveIntentSet", { intent: "inactive" });
focus("ben", "file", "src/checkout/totals.test.ts");
by("ben", "CommentPosted", { comment_id: "cmt-007", content: "Totals tests cover stacked discounts now." });
idle(5);
by("claude-tests", "CommentPosted", { comment_id: "cmt-008", content: "Found a rounding edge case with 3 discounts; see PR #214.", reply_to: "cmt-007" });
idle(3);

const path = fileURLToPath(new URL("../fixtures/sample/quick-start.jsonl", import.meta.url));
writeFileSync(path, `${events.map((event) => JSON.stringify(event)).join("\n")}\n`);
console.log(`${path}: ${events.length} events`);
