import { type ReducedCollaborationState, reduceCollaborationEvents } from "@sk/collab-reducer";
import pc from "picocolors";
import { describe, expect, it } from "vitest";
import { summariseCollaboration } from "../../src/summary/collaboration-summary.ts";
import { beat, event, join_ } from "../support/events.ts";

const plain = pc.createColors(false);

function busyState(): ReducedCollaborationState {
  const events = [
    join_(1, "ana"),
    join_(2, "bot"),
    join_(3, "cy"),
    beat(4, "ana"),
    event(5, "PromptStepExecutionStarted", { participant_id: "bot", step_id: "s-1" }),
    ...Array.from({ length: 7 }, (_, at) => event(6 + at, "CommentPosted", { participant_id: "ana", comment_id: `c-${at}`, content: `comment ${at} ${"long ".repeat(at === 6 ? 20 : 0)}`, reply_to: at === 6 ? "c-5" : null })),
    event(13, "ParticipantLeft", { participant_id: "cy" }),
    event(14, "WarningAcknowledged", { participant_id: "ana", warning_id: "w-unknown", acknowledgement: "defer" }),
    beat(15, "ghost"),
    beat(16, "ghost"),
  ];
  return reduceCollaborationEvents(events as never, { mode: "permissive" });
}

describe("summariseCollaboration", () => {
  it("shows participants with presence ages, departed ones, executions, the last comments and anomalies by code", () => {
    const state = busyState();
    const text = summariseCollaboration(state, { aggregateId: "mission/m-1", lastTimestamp: "2026-03-01T09:01:04Z" }, plain);
    expect(text).toContain("Mission m-1 (mission/m-1)");
    expect(text).toContain("steps in flight: 1");
    expect(text).toMatch(/│ ana\s+│ human\s+│\s+│ active\s+│\s+│\s+│ 1m 00s ago\s+│/);
    expect(text).toMatch(/│ cy\s+│ human\s+│\s+│ departed\s+│/);
    expect(text).toMatch(/│ bot .*│ never\s+│/);
    expect(text).toContain("Comments (last 5 of 7)");
    expect(text).toContain("…");
    expect(text).toContain("nobody is focused on anything");
    expect(text).toContain("Decisions\nnone");
    expect(text).toContain("UnknownWarning");
    // Anomalies are grouped: two heartbeats of the same unknown participant count once per code.
    const anomalyRows = text.slice(text.indexOf("Anomalies")).split("\n").filter((line) => line.startsWith("│") && !line.includes("code"));
    expect(anomalyRows.length).toBeLessThan(state.anomalies.length);
    expect(anomalyRows.some((row) => /│ UNKNOWN_PARTICIPANT\s+│ 2\s+│/.test(row))).toBe(true);
    expect(anomalyRows.some((row) => /│ ORPHAN_ACK\s+│ 1\s+│/.test(row))).toBe(true);
  });

  it("shows a warning nobody answered, a short comment list, and an empty mission", () => {
    const events = [
      join_(1, "ana"),
      join_(2, "ben"),
      event(3, "ConcurrentDriverWarning", { warning_id: "w1", participant_ids: ["ana", "ben"], focus_target: { target_type: "wp", target_id: "WP01" }, severity: "info" }),
      event(4, "CommentPosted", { participant_id: "ben", comment_id: "c-1", content: "hello" }),
    ];
    const text = summariseCollaboration(reduceCollaborationEvents(events as never), { aggregateId: "a", lastTimestamp: "2026-03-01T09:00:04Z" }, plain);
    expect(text).toMatch(/│ w1\s+│ ConcurrentDriverWarning │ ana, ben\s+│ none\s+│ ana, ben\s+│/);
    expect(text).toContain("Comments\n");
    const empty = summariseCollaboration(reduceCollaborationEvents([]), { aggregateId: "a", lastTimestamp: "-" }, plain);
    expect(empty).toContain("Mission (unknown)");
    expect(empty).toContain("Participants\nnone");
    expect(empty).toContain("Warnings\nnone");
    expect(empty).toContain("Comments\nnone");
    expect(empty).toContain("Anomalies\nnone");
    expect(empty).toContain("collaboration events; last -");
  });
});
