// Throughput of sortAndDedup on 1,000,000 realistic envelopes: once already
// in order (must be a linear pass) and once shuffled with 1% duplicates.
// Prints the median events/s of several runs after warm-up and the targets.
// Run `pnpm build` first: this imports the built package.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { sortAndDedup, sortEvents } from "../dist/index.js";

// A full collection before each scenario, so that the garbage left by
// building the data set is not charged to the measured runs.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc");

const EVENT_COUNT = 1_000_000;
const DUPLICATE_RATE = 0.01;
/** One duplicate in this many carries different content (a conflict). */
const CONFLICT_EVERY = 100;
const WARMUP_RUNS = 2;
const MEASURED_RUNS = 7;
const TARGET_ORDERED = 10_000_000;
const TARGET_SHUFFLED = 1_000_000;

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const NODES = ["node-a", "node-b", "node-c", "node-d"];
const PARTICIPANTS = ["p-alice", "p-bob", "p-carol", "agent-001"];
const MISSION_RUN = "01JH8Z7Q5V6W4X3Y2Z1A0B9C8D";

/** mulberry32: a small seeded generator, so every run benchmarks the same data. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(20260115);

function ulid(milliseconds) {
  let id = "";
  let time = milliseconds;
  for (let at = 0; at < 10; at++) {
    id = CROCKFORD[time % 32] + id;
    time = Math.floor(time / 32);
  }
  for (let at = 0; at < 16; at++) id += CROCKFORD[Math.floor(random() * 32)];
  return id;
}

function envelope(index, lamport, milliseconds) {
  const node = NODES[index % NODES.length];
  return {
    event_id: ulid(milliseconds),
    event_type: "DriveIntentSet",
    aggregate_id: "mission/M001",
    payload: { participant_id: PARTICIPANTS[index % PARTICIPANTS.length], mission_id: "M001", intent: index % 2 === 0 ? "active" : "inactive" },
    timestamp: new Date(milliseconds).toISOString(),
    node_id: node,
    lamport_clock: lamport,
    causation_id: null,
    project_uuid: "6f1c0b3e-2d4a-4b8e-9c7d-1a2b3c4d5e6f",
    project_slug: "demo",
    correlation_id: MISSION_RUN,
    schema_version: "1.0.0",
    data_tier: 0,
  };
}

/** Lamport clocks mostly increasing: about 10% of events share a clock with the previous one (another node). */
function makeEvents(count) {
  const events = [];
  let lamport = 1;
  let milliseconds = Date.UTC(2026, 0, 15, 10, 0, 0);
  for (let index = 0; index < count; index++) {
    if (random() < 0.9) lamport++;
    milliseconds += 1 + Math.floor(random() * 40);
    events.push(envelope(index, lamport, milliseconds));
  }
  return events;
}

function shuffle(events) {
  const shuffled = events.slice();
  for (let at = shuffled.length - 1; at > 0; at--) {
    const other = Math.floor(random() * (at + 1));
    [shuffled[at], shuffled[other]] = [shuffled[other], shuffled[at]];
  }
  return shuffled;
}

/** Re-deliveries: separate objects with the same content, a few of them with different content. */
function withDuplicates(events, rate) {
  const duplicateCount = Math.round(events.length * rate);
  const kept = events.slice(0, events.length - duplicateCount);
  const duplicates = [];
  for (let at = 0; at < duplicateCount; at++) {
    const original = kept[Math.floor(random() * kept.length)];
    const copy = { ...original, payload: { ...original.payload } };
    if (at % CONFLICT_EVERY === 0) copy.payload.intent = "conflicting";
    duplicates.push(copy);
  }
  return kept.concat(duplicates);
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(label, events, target) {
  collectGarbage();
  let result;
  for (let run = 0; run < WARMUP_RUNS; run++) result = sortAndDedup(events);
  const rates = [];
  for (let run = 0; run < MEASURED_RUNS; run++) {
    const start = process.hrtime.bigint();
    result = sortAndDedup(events);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(events.length / seconds);
  }
  const rate = median(rates);
  const verdict = target === undefined ? "(informative)" : rate >= target ? `>= target ${format(target)} events/s: OK` : `< target ${format(target)} events/s: BELOW TARGET`;
  console.log(`${label.padEnd(44)} ${format(rate).padStart(12)} events/s  ${(events.length / rate * 1000).toFixed(1).padStart(7)} ms  kept ${result.events.length}, conflicts ${result.conflicts.length}  ${verdict}`);
  return rate >= (target ?? 0);
}

function format(rate) {
  return Math.round(rate).toLocaleString("en-US");
}

console.log(`sortAndDedup on ${format(EVENT_COUNT)} envelopes, Node ${process.version}, median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up runs`);
/**
 * Events arrive as JSON: parsing gives flat strings and plain objects laid
 * out in arrival order, as in production. Done in chunks to bound the size
 * of the intermediate text.
 */
function fromJson(events) {
  const parsed = [];
  for (let start = 0; start < events.length; start += 10_000) parsed.push(...JSON.parse(JSON.stringify(events.slice(start, start + 10_000))));
  return parsed;
}

const results = [];
let ordered = fromJson(sortEvents(makeEvents(EVENT_COUNT)));
results.push(measure("already ordered (linear pass)", ordered, TARGET_ORDERED));
const withDuplicateEvents = withDuplicates(ordered, DUPLICATE_RATE);
ordered = undefined;
let shuffled = fromJson(shuffle(withDuplicateEvents));
results.push(measure("shuffled, 1% duplicates", shuffled, TARGET_SHUFFLED));
shuffled = undefined;
results.push(measure("ordered, same 1% duplicates", fromJson(sortEvents(withDuplicateEvents)), undefined));
if (results.includes(false)) console.log("At least one target was missed on this machine.");
