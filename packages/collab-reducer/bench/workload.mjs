// Synthetic collaboration streams for the benchmarks: valid in strict mode
// when reduced in order, with a realistic mix of event types.
import { seededRandom } from "../../../scripts/seeded-random.mjs";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const MISSION_ID = "mission-bench";
const PROJECT_UUID = "0b7c2a52-4c1e-4f8e-9a77-2f1d3c4b5a69";
const BASE_TIME = Date.UTC(2026, 0, 15, 10, 0, 0);

/** A ULID-shaped id from a counter: "01" and 24 Crockford digits. */
export function ulid(counter) {
  let text = "";
  let rest = counter;
  for (let at = 0; at < 24; at++) {
    text = CROCKFORD[rest % 32] + text;
    rest = Math.floor(rest / 32);
  }
  return `01${text}`;
}

const RUN_ID = ulid(0);

function envelope(index, eventType, payload) {
  return {
    event_id: ulid(index + 1),
    event_type: eventType,
    aggregate_id: `mission/${MISSION_ID}`,
    payload: { mission_id: MISSION_ID, ...payload },
    timestamp: new Date(BASE_TIME + index * 7).toISOString(),
    node_id: "node-bench",
    lamport_clock: index + 1,
    causation_id: null,
    project_uuid: PROJECT_UUID,
    project_slug: "bench",
    correlation_id: RUN_ID,
    schema_version: "1.0.0",
    data_tier: 0,
  };
}

/**
 * The events as a consumer holds them after parsing the wire format: a JSON
 * round trip (in chunks, to stay under the maximum string length) gives flat
 * strings and fresh objects, as `JSON.parse` of a log would.
 */
function asParsed(events) {
  const parsed = [];
  for (let at = 0; at < events.length; at += 10_000) parsed.push(...JSON.parse(JSON.stringify(events.slice(at, at + 10_000))));
  return parsed;
}

/**
 * `count` events in processed order: `participantCount` participants join first, then
 * ~30% heartbeats, 20% drive intent and focus, 15% step executions (start /
 * complete pairs), 10% warnings and acknowledgements, 10% comments and
 * decisions, 10% session links, leaves and rejoins.
 */
export function orderedWorkload(count, seed = 42, participantCount = 50) {
  const next = seededRandom(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const participants = Array.from({ length: participantCount }, (_, at) => `participant-${String(at).padStart(2, "0")}`);
  const identity = (id) => ({ participant_id: id, participant_type: id.endsWith("7") ? "llm_context" : "human", display_name: `Name ${id}`, session_id: `sess-${id}` });
  const active = new Set();
  const departed = [];
  const inFlight = new Map();
  const warnings = [];
  const events = [];
  let steps = 0;
  const push = (type, payload) => events.push(envelope(events.length, type, payload));
  for (const id of participants) {
    if (events.length >= count) break;
    push("ParticipantJoined", { participant_id: id, participant_identity: identity(id), auth_principal_id: `auth-${id}` });
    active.add(id);
  }
  let activeList = [...active];
  const refresh = () => {
    activeList = [...active];
  };
  while (events.length < count) {
    const roll = next();
    const actor = pick(activeList);
    if (roll < 0.3) push("PresenceHeartbeat", { participant_id: actor, session_id: `sess-${actor}` });
    else if (roll < 0.4) push("DriveIntentSet", { participant_id: actor, intent: next() < 0.7 ? "active" : "inactive" });
    else if (roll < 0.5) push("FocusChanged", { participant_id: actor, focus_target: { target_type: "wp", target_id: `WP${Math.floor(next() * 20)}` } });
    else if (roll < 0.65) {
      const step = inFlight.get(actor);
      if (step === undefined) {
        const stepId = `step-${steps++}`;
        inFlight.set(actor, stepId);
        push("PromptStepExecutionStarted", { participant_id: actor, step_id: stepId, wp_id: "WP1", step_description: "run" });
      } else {
        inFlight.delete(actor);
        push("PromptStepExecutionCompleted", { participant_id: actor, step_id: step, wp_id: "WP1", outcome: "success" });
      }
    } else if (roll < 0.75) {
      if (roll < 0.7 || warnings.length === 0) {
        const warningId = `warning-${warnings.length}`;
        warnings.push(warningId);
        const other = pick(activeList);
        const focus = { target_type: "wp", target_id: "WP1" };
        if (next() < 0.5) push("ConcurrentDriverWarning", { warning_id: warningId, participant_ids: [actor, other], focus_target: focus, severity: "warning" });
        else push("PotentialStepCollisionDetected", { warning_id: warningId, participant_ids: [actor, other], step_id: "step-x", wp_id: "WP1", severity: "info" });
      } else {
        const warningId = warnings[Math.max(0, warnings.length - 1 - Math.floor(next() * 10))];
        push("WarningAcknowledged", { participant_id: actor, warning_id: warningId, acknowledgement: pick(["continue", "hold", "reassign", "defer"]) });
      }
    } else if (roll < 0.85) {
      if (roll < 0.8) push("CommentPosted", { participant_id: actor, comment_id: `comment-${events.length}`, content: "Looks good to me.", reply_to: null });
      else push("DecisionCaptured", { participant_id: actor, decision_id: `decision-${events.length}`, topic: "approach", chosen_option: "A", rationale: "simpler" });
    } else if (roll < 0.91) {
      push("SessionLinked", { participant_id: actor, primary_session_id: `sess-${actor}`, linked_session_id: `cli-${events.length}`, link_type: "cli_to_saas" });
    } else if ((roll < 0.95 && active.size > Math.min(10, participantCount - 2)) || departed.length === 0) {
      active.delete(actor);
      inFlight.delete(actor);
      departed.push(actor);
      refresh();
      push("ParticipantLeft", { participant_id: actor, reason: "explicit" });
    } else {
      const back = departed.splice(Math.floor(next() * departed.length), 1)[0];
      active.add(back);
      refresh();
      push("ParticipantJoined", { participant_id: back, participant_identity: identity(back) });
    }
  }
  return asParsed(events);
}

/** A deep copy of an event, as a second delivery of the same message would be. */
function copyEvent(event) {
  return { ...event, payload: structuredClone(event.payload) };
}

/**
 * `events` shuffled (seeded Fisher-Yates) with `duplicateRate` of them
 * delivered twice, materialised through a JSON round trip AFTER shuffling:
 * a consumer that parses a shuffled log holds objects laid out in memory in
 * arrival order. Shuffling the already-parsed objects instead would leave
 * them in generation order and visit them at random, measuring cache misses
 * no real consumer has.
 */
export function shuffledWithDuplicates(events, duplicateRate = 0.01, seed = 7) {
  const next = seededRandom(seed);
  const all = events.slice();
  const duplicates = Math.round(events.length * duplicateRate);
  for (let at = 0; at < duplicates; at++) all.push(copyEvent(events[Math.floor(next() * events.length)]));
  for (let at = all.length - 1; at > 0; at--) {
    const other = Math.floor(next() * (at + 1));
    const swap = all[at];
    all[at] = all[other];
    all[other] = swap;
  }
  return asParsed(all);
}

/**
 * Live arrival order: each event of `events` (canonical order) delayed by a
 * uniform random 0..`maxDelay` positions, plus `duplicateRate` of them
 * redelivered (a copy, delayed the same way from its original position).
 * Materialised through a JSON round trip, as a consumer parsing messages holds them.
 */
export function delayedArrival(events, maxDelay, duplicateRate = 0.01, seed = 11) {
  const next = seededRandom(seed);
  const keyed = events.map((event, at) => ({ event, key: at + Math.floor(next() * (maxDelay + 1)), at }));
  const duplicates = Math.round(events.length * duplicateRate);
  for (let copy = 0; copy < duplicates; copy++) {
    const at = Math.floor(next() * events.length);
    keyed.push({ event: copyEvent(events[at]), key: at + Math.floor(next() * (maxDelay + 1)), at: events.length + copy });
  }
  keyed.sort((a, b) => a.key - b.key || a.at - b.at);
  return asParsed(keyed.map((entry) => entry.event));
}
