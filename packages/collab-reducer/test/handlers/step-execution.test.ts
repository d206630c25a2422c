import { describe, it } from "vitest";
import { CompletionWithoutStartError } from "../../src/index.ts";
import { identity, MISSION, Stream } from "../support/events.ts";
import { given } from "../support/given.ts";

describe("rule: PromptStepExecutionCompleted with no matching start", () => {
  const scenario = () => {
    const stream = new Stream();
    stream.join("p1");
    stream.start("p1", "s1");
    const completion = stream.complete("p1", "s2");
    return { stream, completion };
  };

  it("strict throws CompletionWithoutStartError naming participant and step", () => {
    const { stream, completion } = scenario();
    const error = given(stream.events).thenThrows(CompletionWithoutStartError, {
      code: "COMPLETION_WITHOUT_START",
      event_id: completion.event_id,
      event_type: "PromptStepExecutionCompleted",
      participant_id: "p1",
      step_id: "s2",
    });
    expectMessage(error, "'s2'", "'p1'");
  });

  it("permissive records an anomaly and skips it", () => {
    const { stream, completion } = scenario();
    given(stream.events).then(
      {
        mission_id: MISSION,
        participants: { p1: identity("p1") },
        active_executions: { p1: ["s1"] },
        anomalies: [{ event_id: completion.event_id, event_type: "PromptStepExecutionCompleted", reason: "No matching PromptStepExecutionStarted for step 's2' by participant 'p1'", code: "COMPLETION_WITHOUT_START" }],
        event_count: 3,
        last_processed_event_id: completion.event_id,
      },
      ["permissive"],
    );
  });

  it("a participant with no executions at all is rejected too", () => {
    const stream = new Stream();
    stream.join("p1");
    const completion = stream.complete("p1", "s1");
    given(stream.events).thenThrows(CompletionWithoutStartError, { event_id: completion.event_id });
  });
});

function expectMessage(error: Error, ...parts: string[]): void {
  for (const part of parts) if (!error.message.includes(part)) throw new Error(`message ${JSON.stringify(error.message)} lacks ${part}`);
}
