// Writes a synthetic JSON Lines log of the plan's mix (50 participants;
// ~30% heartbeats, 20% drive intent and focus, 15% step start/complete
// pairs, 10% warnings and acknowledgements, 10% comments and decisions,
// 10% session links, leaves and rejoins; 1% redelivered copies) to a file,
// streamed: canonical order, or shuffled (seeded, so runs repeat).
import { createWriteStream } from "node:fs";
import { once } from "node:events";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const MISSION = "mission-bench";
const BASE = Date.UTC(2026, 0, 15, 10, 0, 0);

/** "01" and 24 base32 digits of a counter: a valid, sortable ULID. */
function idOf(counter) {
  let text = "";
  for (let rest = counter, at = 0; at < 24; at++, rest = Math.floor(rest / 32)) text = CROCKFORD[rest % 32] + text;
  return `01${text}`;
}

/** xorshift32, seeded: a repeatable stream of numbers in [0, 1). */
function seeded(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** The events of the mix in canonical order, one JSON line each, until stopped. */
function* canonicalLines(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const people = Array.from({ length: 50 }, (_, at) => `participant-${String(at).padStart(2, "0")}`);
  const identity = (id) => ({ participant_id: id, participant_type: id.endsWith("7") ? "llm_context" : "human", display_name: `Name ${id}`, session_id: `sess-${id}` });
  const active = [];
  const departed = [];
  const steps = new Map();
  const warnings = [];
  let index = 0;
  const line = (event_type, payload) => {
    index++;
    return JSON.stringify({
      event_id: idOf(index),
      event_type,
      aggregate_id: `mission/${MISSION}`,
      payload: { mission_id: MISSION, ...payload },
      timestamp: new Date(BASE + index * 7).toISOString(),
      node_id: "node-bench",
      lamport_clock: index,
      causation_id: null,
      project_uuid: "0b7c2a52-4c1e-4f8e-9a77-2f1d3c4b5a69",
      project_slug: "bench",
      correlation_id: idOf(0),
      schema_version: "1.0.0",
      data_tier: 0,
    });
  };
  for (const id of people) {
    active.push(id);
    yield line("ParticipantJoined", { participant_id: id, participant_identity: identity(id), auth_principal_id: `auth-${id}` });
  }
  for (;;) {
    const roll = next();
    const actor = pick(active);
    if (roll < 0.3) yield line("PresenceHeartbeat", { participant_id: actor, session_id: `sess-${actor}` });
    else if (roll < 0.4) yield line("DriveIntentSet", { participant_id: actor, intent: next() < 0.7 ? "active" : "inactive" });
    else if (roll < 0.5) yield line("FocusChanged", { participant_id: actor, focus_target: { target_type: "wp", target_id: `WP${Math.floor(next() * 20)}` } });
    else if (roll < 0.65) {
      const step = steps.get(actor);
      steps.delete(actor);
      if (step === undefined) {
        steps.set(actor, `step-${index}`);
        yield line("PromptStepExecutionStarted", { participant_id: actor, step_id: `step-${index}`, wp_id: "WP1", step_description: "run" });
      } else yield line("PromptStepExecutionCompleted", { participant_id: actor, step_id: step, wp_id: "WP1", outcome: "success" });
    } else if (roll < 0.7 || (roll < 0.75 && warnings.length === 0)) {
      const warning_id = `warning-${warnings.length}`;
      warnings.push(warning_id);
      const participant_ids = [actor, pick(active)];
      if (next() < 0.5) yield line("ConcurrentDriverWarning", { warning_id, participant_ids, focus_target: { target_type: "wp", target_id: "WP1" }, severity: "warning" });
      else yield line("PotentialStepCollisionDetected", { warning_id, participant_ids, step_id: "step-x", wp_id: "WP1", severity: "info" });
    } else if (roll < 0.75) {
      const warning_id = warnings[Math.max(0, warnings.length - 1 - Math.floor(next() * 10))];
      yield line("WarningAcknowledged", { participant_id: actor, warning_id, acknowledgement: pick(["continue", "hold", "reassign", "defer"]) });
    } else if (roll < 0.8) yield line("CommentPosted", { participant_id: actor, comment_id: `comment-${index}`, content: "Looks good to me.", reply_to: null });
    else if (roll < 0.85) yield line("DecisionCaptured", { participant_id: actor, decision_id: `decision-${index}`, topic: "approach", chosen_option: "A", rationale: "simpler" });
    else if (roll < 0.91) yield line("SessionLinked", { participant_id: actor, primary_session_id: `sess-${actor}`, linked_session_id: `cli-${index}`, link_type: "cli_to_saas" });
    else if ((roll < 0.95 && active.length > 10) || departed.length === 0) {
      active.splice(active.indexOf(actor), 1);
      steps.delete(actor);
      departed.push(actor);
      yield line("ParticipantLeft", { participant_id: actor, reason: "explicit" });
    } else {
      const back = departed.splice(Math.floor(next() * departed.length), 1)[0];
      active.push(back);
      yield line("ParticipantJoined", { participant_id: back, participant_identity: identity(back) });
    }
  }
}

/** `count` lines: the mix, with 1% of the events delivered twice (the copy right after). */
function* linesWithCopies(count, next) {
  let written = 0;
  for (const line of canonicalLines(next)) {
    if (written++ === count) return;
    yield line;
    if (written < count && next() < 0.01) {
      written++;
      yield line;
    }
  }
}

/**
 * Writes exactly `count` lines to `path`. Canonical order puts each copy
 * right after its original, as a redelivery inside a reducer's window;
 * shuffled order permutes all lines (which then sit in memory here).
 */
export async function generateLog(path, count, order, seed = 42) {
  const next = seeded(seed);
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(text)) await once(out, "drain");
  };
  let bytes = 0;
  if (order === "canonical") {
    let chunk = "";
    for (const line of linesWithCopies(count, next)) {
      chunk += `${line}\n`;
      if (chunk.length > 1 << 20) {
        bytes += Buffer.byteLength(chunk);
        await write(chunk);
        chunk = "";
      }
    }
    bytes += Buffer.byteLength(chunk);
    await write(chunk);
  } else {
    const all = [...linesWithCopies(count, next)];
    for (let at = all.length - 1; at > 0; at--) {
      const other = Math.floor(next() * (at + 1));
      [all[at], all[other]] = [all[other], all[at]];
    }
    for (let at = 0; at < all.length; at += 10_000) {
      const chunk = `${all.slice(at, at + 10_000).join("\n")}\n`;
      bytes += Buffer.byteLength(chunk);
      await write(chunk);
    }
  }
  out.end();
  await once(out, "finish");
  return { path, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path = "/tmp/sk-events-bench.jsonl", count = "1000000", order = "canonical"] = process.argv.slice(2);
  const { bytes } = await generateLog(path, Number(count), order);
  console.log(`${path}: ${(bytes / 1e6).toFixed(0)} MB, ${order}`);
}
