// The issue-12 figures of the live reducer (and the batch figure it must
// keep), each printed next to its target and the previous implementation's
// figure (bench/previous.mjs). Plain Node, imports the built package:
//
//   node --expose-gc bench/live.mjs [--events N] [--runs N] [--impl path/to/dist/index.js] [--only name,name]
//
// `--impl` runs the same workloads against another build (this is how the
// previous figures were measured, against the old main's dist).
//
// Workload: bench/workload.mjs with 12 participants, 100,000 events in
// canonical order; arrival = each event delayed by a uniform random 0..D
// positions (seeded), plus 1% redelivered copies delayed the same way.
// A strict caller does what docs/reducer.md tells it to: an event rejected
// as not valid yet is parked and offered again once a related event (same
// participant or warning) has been accepted.
import { parseArgs } from "node:util";
import { PREVIOUS } from "./previous.mjs";
import { delayedArrival, orderedWorkload, shuffledWithDuplicates } from "./workload.mjs";

const { values } = parseArgs({ options: { events: { type: "string" }, runs: { type: "string" }, impl: { type: "string" }, only: { type: "string" } } });
const EVENTS = Number(values.events ?? 100_000);
const RUNS = Number(values.runs ?? 3);
const impl = await import(values.impl ?? "../dist/index.js");
const only = values.only === undefined ? undefined : new Set(values.only.split(","));
const { createCollaborationReducer, fromSnapshot, reduceCollaborationEvents, CollaborationError } = impl;

const gc = () => globalThis.gc?.();
const format = (value) => Math.round(value).toLocaleString("en-US");
const pad = (text, width) => String(text).padEnd(width);

/**
 * Best (shortest) time of `runs` calls of `task`, in milliseconds of this
 * process's CPU time (user + system; V8's GC threads included, so it never
 * flatters). On a shared machine wall time mostly measures the wait for a
 * core; on an idle one the two agree within the GC threads' share.
 */
function best(runs, task) {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < Math.min(runs, RUNS); run++) {
    gc();
    const started = process.cpuUsage();
    task();
    const used = process.cpuUsage(started);
    fastest = Math.min(fastest, (used.user + used.system) / 1000);
  }
  return fastest;
}

/** Wall time of one run of `task`, after a full collection. */
function wallTime(task) {
  gc();
  const started = performance.now();
  task();
  return performance.now() - started;
}

/**
 * `task`'s time against `baseline`'s: the median of the ratios of
 * back-to-back runs, with the median times. These tasks take 10-100 ms and
 * the same one varies by 2x from one process to the next (GC threads still
 * sweeping, heap placement), so a ratio of two separate bests swung across
 * the target; a ratio per pair cancels what the two runs share.
 */
function pairedRatio(task, baseline) {
  const pairs = [];
  for (let run = 0; run < Math.max(11, RUNS); run++) {
    const base = wallTime(baseline);
    pairs.push({ base, time: wallTime(task) });
  }
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  return { ratio: median(pairs.map((pair) => pair.time / pair.base)), time: median(pairs.map((pair) => pair.time)), base: median(pairs.map((pair) => pair.base)) };
}

const rows = [];
function report(name, label, value, unit, target, pass) {
  const previous = PREVIOUS.figures[name];
  rows.push({ name, value });
  const shown = unit === "events/s" ? `${format(value)} events/s` : `${value.toFixed(2)}${unit}`;
  const before = previous === undefined ? "n/a" : unit === "events/s" ? `${format(previous)} events/s` : `${previous.toFixed(2)}${unit}`;
  console.log(`${pad(label, 58)} ${pad(shown, 20)} ${pad(`${pass ? "PASS" : "FAIL"} (${target})`, 34)} previous: ${before}`);
}
const wanted = (name) => only === undefined || only.has(name);

/** The participants and warning an event is about. */
function subjects(event) {
  const payload = event.payload;
  const ids = payload.participant_ids === undefined ? [payload.participant_id] : [...payload.participant_ids, payload.participant_id];
  return { ids, warning: payload.warning_id };
}

/**
 * May accepting `accepted` make `parked` valid? Only when it is about the same
 * participant or warning (it may sort after `parked`: a missing rejoin can
 * be what a parked late leave waits for).
 */
function mayUnblock(accepted, parked) {
  const a = subjects(accepted);
  const b = subjects(parked);
  return (a.warning !== undefined && a.warning === b.warning) || a.ids.some((id) => id !== undefined && b.ids.includes(id));
}

/**
 * Feeds `arrival` to a fresh reducer one event at a time, reading `state()`
 * every `readEvery` events, parking strict rejections and offering them
 * again once a related event was accepted.
 */
function ingest(mode, arrival, readEvery) {
  const reducer = createCollaborationReducer({ mode });
  let pending = [];
  let rejected = 0;
  const offer = (event) => {
    try {
      reducer.apply(event);
      return true;
    } catch (error) {
      if (!(error instanceof CollaborationError)) throw error;
      rejected += 1;
      return false;
    }
  };
  for (let at = 0; at < arrival.length; at++) {
    const event = arrival[at];
    if (!offer(event)) pending.push(event);
    else if (pending.length > 0) {
      // Offer parked events again when an accepted event may unblock them.
      let unblocking = [event];
      while (unblocking.length > 0 && pending.length > 0) {
        const accepted = [];
        const still = [];
        for (const parked of pending) {
          if (unblocking.some((candidate) => mayUnblock(candidate, parked)) && offer(parked)) accepted.push(parked);
          else still.push(parked);
        }
        pending = still;
        unblocking = accepted;
      }
    }
    if (readEvery !== 0 && at % readEvery === readEvery - 1) reducer.state();
  }
  for (const parked of pending) offer(parked);
  return { reducer, rejected };
}

const ordered = orderedWorkload(EVENTS, 42, 12);
console.log(`node ${process.version}; ${values.impl ?? "this build"}; ${format(EVENTS)} events, 12 participants, 1% redelivered`);
console.log(`previous implementation: ${PREVIOUS.label}\n`);

for (const [delay, readEvery, name, target] of [
  [64, 100, "d64-read100", 100_000],
  [8, 1, "d8-read1", 20_000],
]) {
  const arrival = delayedArrival(ordered, delay);
  for (const mode of ["strict", "permissive"]) {
    const key = `${name}-${mode}`;
    if (!wanted(key)) continue;
    let rejected = 0;
    const expected = mode === "permissive" ? reduceCollaborationEvents(arrival, { mode }) : undefined;
    const time = best(3, () => {
      const result = ingest(mode, arrival, readEvery);
      rejected = result.rejected;
      if (expected !== undefined && JSON.stringify(result.reducer.state()) !== JSON.stringify(expected)) throw new Error(`${key}: live state differs from batch`);
    });
    const perSecond = (arrival.length / time) * 1000;
    report(key, `${mode}, D = ${delay}, state() every ${readEvery === 1 ? "event" : `${readEvery} events`} (${rejected} parked)`, perSecond, "events/s", `>= ${format(target)}/s`, perSecond >= target);
  }
}

if (wanted("in-order")) {
  const million = orderedWorkload(1_000_000, 42, 12);
  const time = best(3, () => {
    const reducer = createCollaborationReducer({ mode: "strict" });
    for (let at = 0; at < million.length; at++) reducer.apply(million[at]);
  });
  const perSecond = (million.length / time) * 1000;
  const floor = 0.9 * PREVIOUS.figures["in-order"];
  report("in-order", "strict, in order, apply only (1M events)", perSecond, "events/s", `>= 90% of previous`, perSecond >= floor);
}

if (wanted("batch-shuffled")) {
  let shuffled = shuffledWithDuplicates(orderedWorkload(1_000_000));
  for (const mode of ["strict", "permissive"]) {
    const time = best(3, () => reduceCollaborationEvents(shuffled, { mode }));
    const perSecond = (shuffled.length / time) * 1000;
    const key = `batch-shuffled-${mode}`;
    report(key, `batch ${mode}, 1M shuffled + 1% duplicates`, perSecond, "events/s", ">= 90% of previous", perSecond >= 0.9 * PREVIOUS.figures[key]);
  }
  shuffled = undefined;
}

if (wanted("snapshot")) {
  const arrival = delayedArrival(ordered, 64);
  const { reducer } = ingest("permissive", arrival.slice(0, -1), 0);
  const state = reducer.state();
  const stateText = JSON.stringify(state);
  const text = JSON.stringify(reducer.toSnapshot());
  const snapshot = pairedRatio(() => JSON.stringify(reducer.toSnapshot()), () => JSON.stringify(state));
  report("snapshot-time", `toSnapshot() + stringify / stringify(state()) (${snapshot.time.toFixed(1)} / ${snapshot.base.toFixed(1)} ms)`, snapshot.ratio, "x", "<= 3x", snapshot.ratio <= 3);
  const sizeRatio = text.length / stateText.length;
  report("snapshot-size", `snapshot size / state size (${(text.length / 1e6).toFixed(2)} / ${(stateText.length / 1e6).toFixed(2)} MB)`, sizeRatio, "x", "<= 3x", sizeRatio <= 3);
  const last = arrival.at(-1);
  const restore = pairedRatio(() => fromSnapshot(JSON.parse(text)).apply(last), () => JSON.parse(text));
  report("restore", `parse + restore + apply next / parse (${restore.time.toFixed(1)} / ${restore.base.toFixed(1)} ms)`, restore.ratio, "x", "<= 3x", restore.ratio <= 3);
}

if (process.env.BENCH_JSON) console.log(JSON.stringify(Object.fromEntries(rows.map((row) => [row.name, row.value]))));
