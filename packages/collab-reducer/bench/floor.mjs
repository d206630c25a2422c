// The floor the live target is judged against: one stripped pass over an
// ordered log that does only the work every conforming reducer must do per
// event, and nothing else. It tells how fast this machine can go at all:
// when the floor itself is below a target, no reducer reaches the target here.
//
// Per event: type lookup, the ordering-field check (`assertOrderable`), a
// larger clock and a larger canonical id than the last event (instead of an
// index of every id), the compiled payload check, the mission check and the
// rule's essential state change (one or two Map or array updates, reading
// the payload fields the rule reads). Left out, unlike the reducer: the
// duplicate-id index, checkpoints, anomalies and typed errors (it throws a
// plain Error on any event the benchmark never produces), the frozen entries
// the state keeps, and the output.
import { PAYLOAD_VALIDATORS } from "@sk/collab-contracts";
import { assertOrderable, canonicalEventId } from "@sk/event-ordering";

const participantRule = (rule) => (state, event, payload) => {
  if (!state.participants.has(payload.participant_id)) throw new Error(`floor: ${payload.participant_id} is not active`);
  rule(state, event, payload);
};

const pushTo = (map, key, value) => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};

const warning = (state, event, payload) => {
  for (const participantId of payload.participant_ids) state.participants.has(participantId);
  state.warnings.set(payload.warning_id, { event_id: event.event_id, participant_ids: payload.participant_ids });
};

/** The essential state change of each event type. */
const RULES = {
  ParticipantInvited: (state, _event, payload) => state.invited.set(payload.participant_id, payload.participant_identity),
  ParticipantJoined: (state, _event, payload) => state.participants.set(payload.participant_id, payload.participant_identity),
  ParticipantLeft: participantRule((state, _event, payload) => state.participants.delete(payload.participant_id)),
  PresenceHeartbeat: participantRule((state, event, payload) => state.presence.set(payload.participant_id, event.timestamp)),
  DriveIntentSet: participantRule((state, _event, payload) =>
    payload.intent === "active" ? state.drivers.add(payload.participant_id) : state.drivers.delete(payload.participant_id),
  ),
  FocusChanged: participantRule((state, _event, payload) => state.focus.set(payload.participant_id, payload.focus_target)),
  PromptStepExecutionStarted: participantRule((state, _event, payload) => pushTo(state.executions, payload.participant_id, payload.step_id)),
  PromptStepExecutionCompleted: participantRule((state, _event, payload) => {
    const steps = state.executions.get(payload.participant_id);
    steps.splice(steps.indexOf(payload.step_id), 1);
  }),
  ConcurrentDriverWarning: warning,
  PotentialStepCollisionDetected: warning,
  WarningAcknowledged: participantRule((state, _event, payload) => state.warnings.get(payload.warning_id)),
  CommentPosted: participantRule((state, _event, payload) => state.notes.push(payload)),
  DecisionCaptured: participantRule((state, _event, payload) => state.notes.push(payload)),
  SessionLinked: participantRule((state, _event, payload) => pushTo(state.sessions, payload.participant_id, payload.linked_session_id)),
};

/**
 * Type → its payload check and rule, found with one lookup. A prototype-less
 * object, not a Map: with freshly parsed type strings it measured faster.
 */
const STEPS = Object.assign(
  Object.create(null),
  Object.fromEntries(Object.entries(RULES).map(([type, rule]) => [type, { check: PAYLOAD_VALIDATORS[type].check, rule }])),
);

/** Folds an ordered, strictly valid log the stripped way; returns how many events it folded. */
export function floorPass(events) {
  const state = {
    participants: new Map(),
    invited: new Map(),
    presence: new Map(),
    drivers: new Set(),
    focus: new Map(),
    executions: new Map(),
    warnings: new Map(),
    notes: [],
    sessions: new Map(),
  };
  let mission;
  let lastClock = -1;
  let lastId = "";
  let folded = 0;
  for (let at = 0; at < events.length; at++) {
    const event = events[at];
    const step = STEPS[event.event_type];
    if (step === undefined) continue;
    assertOrderable(event);
    const id = canonicalEventId(event.event_id);
    if (event.lamport_clock <= lastClock || id <= lastId) throw new Error(`floor: event ${at} is out of order`);
    lastClock = event.lamport_clock;
    lastId = id;
    const payload = event.payload;
    if (!step.check(payload)) throw new Error(`floor: event ${at} has an invalid payload`);
    mission ??= payload.mission_id;
    if (payload.mission_id !== mission) throw new Error(`floor: event ${at} is for another mission`);
    step.rule(state, event, payload);
    folded += 1;
  }
  return folded;
}
