import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ReducedCollaborationState, reduceCollaborationEvents } from "../../src/index.ts";
import { eventStream, PARTICIPANTS, permutationOf, withDuplicates } from "../support/arbitraries.ts";
import { MISSION } from "../support/events.ts";
import { outcome } from "../support/outcome.ts";
import { protocolStream } from "./protocol-stream.ts";
import { type ReferenceOutcome, referenceReduce } from "./reference-reducer.ts";

/** The real reducer's outcome in the reference's terms: anomaly reasons are wording, not contract. */
function actual(run: () => ReducedCollaborationState): ReferenceOutcome {
  const result = outcome(run);
  if ("error" in result) return { error: { code: result.error.code, event_id: result.error.event_id as string } };
  const state = JSON.parse(JSON.stringify(result.state)) as Record<string, unknown>;
  const anomalies = state["anomalies"] as { event_id: string; event_type: string }[];
  return { state: { ...state, anomalies: anomalies.map(({ event_id, event_type }) => ({ event_id, event_type })) } };
}

const roster = fc.option(
  fc.subarray([...PARTICIPANTS]).map((ids) => Object.fromEntries(ids.map((pid) => [pid, { participant_id: pid, participant_type: "llm_context" as const, session_id: "s" }]))),
  { nil: undefined },
);
const missionId = fc.option(fc.constantFrom(MISSION, "mission-other"), { nil: undefined });
const streams = fc
  .oneof(eventStream(60), protocolStream(120, 0), protocolStream(120, 3), protocolStream(80, 15))
  .chain(withDuplicates)
  .chain((events) => fc.tuple(permutationOf(events), roster, missionId));

describe("differential: the reducer against a naive transcription of the rule table", () => {
  for (const mode of ["strict", "permissive"] as const) {
    it(`agrees on generated streams with anomalies, duplicates, rosters and mission options (${mode})`, () => {
      fc.assert(
        fc.property(streams, ([events, seededRoster, mission]) => {
          const options = { mode, ...(seededRoster === undefined ? {} : { roster: seededRoster }), ...(mission === undefined ? {} : { missionId: mission }) };
          expect(actual(() => reduceCollaborationEvents(events, options))).toEqual(referenceReduce(events, options));
        }),
        { numRuns: 400 },
      );
    });
  }
});
