import type { EventEnvelope } from "@sk/event-envelope";
import { Stream } from "./events.ts";
import { seededRandom } from "../../../../scripts/seeded-random.mjs";

/**
 * A long stream that strict mode accepts, in processed order: 8 participants
 * join, then heartbeats, intents, focus changes, step pairs, warnings and
 * acknowledgements, comments, decisions, links, leaves and rejoins.
 */
export function validWorkload(count: number, seed = 1): EventEnvelope[] {
  const next = seededRandom(seed);
  const stream = new Stream();
  const everyone = ["a", "b", "c", "d", "e", "f", "g", "h"];
  const active = new Set(everyone);
  const departed: string[] = [];
  const inFlight = new Map<string, string>();
  let warnings = 0;
  for (const pid of everyone) stream.join(pid);
  while (stream.events.length < count) {
    const actors = [...active];
    const actor = actors[Math.floor(next() * actors.length)]!;
    const roll = next();
    if (roll < 0.3) stream.heartbeat(actor);
    else if (roll < 0.4) stream.intent(actor, next() < 0.5 ? "active" : "inactive");
    else if (roll < 0.5) stream.focus(actor, `WP${Math.floor(next() * 4)}`);
    else if (roll < 0.65) {
      const step = inFlight.get(actor);
      if (step === undefined) {
        const id = `s${stream.events.length}`;
        inFlight.set(actor, id);
        stream.start(actor, id);
      } else {
        inFlight.delete(actor);
        stream.complete(actor, step);
      }
    } else if (roll < 0.7) stream.driverWarning(`w${warnings++}`, [actor, actors[0]!]);
    else if (roll < 0.75 && warnings > 0) stream.ack(actor, `w${Math.floor(next() * warnings)}`, "hold");
    else if (roll < 0.8) stream.comment(actor, `c${stream.events.length}`);
    else if (roll < 0.85) stream.decision(actor, `d${stream.events.length}`);
    else if (roll < 0.93) stream.link(actor, `l${stream.events.length}`);
    else if (active.size > 3 && roll < 0.97) {
      active.delete(actor);
      inFlight.delete(actor);
      departed.push(actor);
      stream.leave(actor);
    } else if (departed.length > 0) {
      const back = departed.shift()!;
      active.add(back);
      stream.join(back);
    } else stream.heartbeat(actor);
  }
  return stream.events;
}
