import { expect } from "vitest";
import { expectDeepEqual } from "./deep-equal.ts";
import type { EventEnvelope } from "@sk/event-envelope";
import { type CollaborationReducerOptions, type ReducedCollaborationState, reduceCollaborationEvents } from "../../src/index.ts";

type Mode = "strict" | "permissive";

/** Fields of the expected state; omitted fields must equal the empty state's. */
export type ExpectedState = Partial<{ -readonly [K in keyof ReducedCollaborationState]: unknown }>;

/** The state of an empty reduction, for the fields a test does not name. */
export const EMPTY_STATE = {
  mission_id: "",
  participants: {},
  departed_participants: {},
  presence: {},
  active_drivers: [],
  focus_by_participant: {},
  participants_by_focus: {},
  warnings: [],
  decisions: [],
  comments: [],
  active_executions: {},
  linked_sessions: {},
  anomalies: [],
  event_count: 0,
  last_processed_event_id: null,
};

interface ErrorClass {
  new (...args: never[]): Error;
}

/**
 * Emmett-style scenario: `given(events).then(state)` checks the whole state
 * (unnamed fields must be empty) in the modes asked (both by default), and
 * `.thenThrows(ErrorClass, fields)` checks the strict-mode error.
 */
export function given(events: readonly EventEnvelope[], options: Omit<CollaborationReducerOptions, "mode"> = {}) {
  const reduce = (mode: Mode) => reduceCollaborationEvents(events, { ...options, mode });
  return {
    // biome-ignore lint/suspicious/noThenProperty: the given(...).then(...) test DSL of STYLE.md; never awaited.
    then(expected: ExpectedState, modes: readonly Mode[] = ["strict", "permissive"]): ReducedCollaborationState {
      let last: ReducedCollaborationState | undefined;
      for (const mode of modes) {
        last = reduce(mode);
        expectDeepEqual(last, { ...EMPTY_STATE, ...expected }, `${mode} mode`);
      }
      return last!;
    },
    thenThrows(errorClass: ErrorClass, fields: Record<string, unknown> = {}): Error {
      let caught: unknown;
      try {
        reduce("strict");
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(errorClass);
      expect(caught).toMatchObject(fields);
      return caught as Error;
    },
  };
}
