// Throughput of sortAndDedup on 1,000,000 realistic envelopes: once already
// in order (must be a linear pass) and once shuffled with 1% duplicates;
// each plain (ordering fields checked) and as the reducers call it (their
// event type picked by `include`, every element checked as a full envelope
// with `invalid: "report"`). Prints the median wall time and CPU time of
// several runs after warm-up, and the targets. Measurement notes:
// bench/README.md. Run `pnpm build` first: this imports the built package.
import { availableParallelism, loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { sortAndDedup } from "../dist/index.js";
import { seededRandom } from "../../../scripts/seeded-random.mjs";

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
/** Reducers call it with envelope checks; it must stay well under half a second per million shuffled events. */
const TARGET_SHUFFLED_CHECKED = 2_000_000;
const AS_REDUCERS_CALL_IT = { include: (event) => event.event_type === "DriveIntentSet", invalid: "report" };

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const NODES = ["node-a", "node-b", "node-c", "node-d"];
const PARTICIPANTS = ["p-alice", "p-bob", "p-carol", "agent-001"];
const MISSION_RUN = "01JH8Z7Q5V6W4X3Y2Z1A0B9C8D";

const random = seededRandom(20260115);

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

function measure(label, events, target, options) {
  collectGarbage();
  let result;
  for (let run = 0; run < WARMUP_RUNS; run++) result = sortAndDedup(events, options);
  const walls = [];
  const cpus = [];
  for (let run = 0; run < MEASURED_RUNS; run++) {
    const cpuBefore = process.cpuUsage();
    const start = process.hrtime.bigint();
    result = sortAndDedup(events, options);
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    const cpu = process.cpuUsage(cpuBefore);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  const wall = median(walls);
  const rate = (events.length / wall) * 1000;
  const verdict = target === undefined ? "(informative)" : rate >= target ? `>= target ${format(target)}/s: OK` : `< target ${format(target)}/s: BELOW TARGET`;
  const counts = `kept ${result.events.length}, conflicts ${result.conflicts.length}${result.invalid === undefined ? "" : `, invalid ${result.invalid.length}`}`;
  console.log(`${label.padEnd(44)} ${format(rate).padStart(11)} events/s ${wall.toFixed(1).padStart(7)} ms  CPU ${median(cpus).toFixed(1).padStart(7)} ms  ${counts}  ${verdict}`);
  return rate >= (target ?? 0);
}

function format(rate) {
  return Math.round(rate).toLocaleString("en-US");
}

console.log(`sortAndDedup on ${format(EVENT_COUNT)} envelopes, Node ${process.version}, median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up runs`);
console.log(`load average at start ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores (a load above the core count inflates wall times; CPU times less so)`);
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

/** The events in canonical order: the sort of a log without duplicates (its ids are unique). */
function inOrder(events) {
  return sortAndDedup(events).events;
}

const results = [];
let ordered = fromJson(inOrder(makeEvents(EVENT_COUNT)));
results.push(measure("already ordered (linear pass)", ordered, TARGET_ORDERED));
results.push(measure("already ordered, as reducers call it", ordered, undefined, AS_REDUCERS_CALL_IT));
const withDuplicateEvents = withDuplicates(ordered, DUPLICATE_RATE);
ordered = undefined;
const shuffled = fromJson(shuffle(withDuplicateEvents));
results.push(measure("shuffled, 1% duplicates", shuffled, TARGET_SHUFFLED));
results.push(measure("shuffled, 1% duplicates, as reducers call it", shuffled, TARGET_SHUFFLED_CHECKED, AS_REDUCERS_CALL_IT));
if (results.includes(false)) console.log("At least one target was missed on this machine.");
