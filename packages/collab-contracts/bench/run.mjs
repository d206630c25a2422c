// Throughput of validatePayload on a realistic mix of the 14 collaboration
// payloads, all valid. Single thread; warm-up, then the median of several runs.
// No assertion: it prints the number and how it compares with the target.
import { readFileSync } from "node:fs";
import { validatePayload } from "../dist/index.js";

const TARGET_PER_SECOND = 3_000_000;
const PAYLOADS = 200_000;
const RUNS = 9;

const examples = JSON.parse(readFileSync(new URL("../test/examples/valid-payloads.json", import.meta.url), "utf8"));

// Relative frequency in a busy mission: heartbeats and focus moves dominate,
// lifecycle and decisions are rare.
const WEIGHTS = {
  PresenceHeartbeat: 30,
  FocusChanged: 12,
  DriveIntentSet: 8,
  PromptStepExecutionStarted: 10,
  PromptStepExecutionCompleted: 10,
  CommentPosted: 8,
  WarningAcknowledged: 4,
  ConcurrentDriverWarning: 3,
  PotentialStepCollisionDetected: 3,
  DecisionCaptured: 2,
  SessionLinked: 2,
  ParticipantJoined: 3,
  ParticipantInvited: 2,
  ParticipantLeft: 3,
};

const cycle = Object.entries(WEIGHTS).flatMap(([eventType, weight]) => Array.from({ length: weight }, () => eventType));

/** Distinct objects with varied ids, so that no run validates the same object twice in a row. */
const batch = Array.from({ length: PAYLOADS }, (_, index) => {
  const eventType = cycle[(index * 7) % cycle.length];
  const payload = structuredClone(examples[eventType]);
  if ("participant_id" in payload) payload.participant_id = `prt-${index % 97}`;
  return { eventType, payload };
});

function run() {
  let valid = 0;
  const start = process.hrtime.bigint();
  for (const { eventType, payload } of batch) if (validatePayload(eventType, payload).ok) valid += 1;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (valid !== batch.length) throw new Error(`expected every payload to be valid, ${batch.length - valid} were not`);
  return batch.length / seconds;
}

for (let i = 0; i < 3; i += 1) run(); // warm-up: compile validators, let the JIT settle
const rates = Array.from({ length: RUNS }, run).sort((a, b) => a - b);
const median = rates[Math.floor(RUNS / 2)];
const format = (value) => Math.round(value).toLocaleString("en-US");

console.log(`@sk/collab-contracts validatePayload: ${PAYLOADS.toLocaleString("en-US")} payloads (14 types, realistic mix) x ${RUNS} runs, Node ${process.version}`);
console.log(`  median ${format(median)} payloads/s (min ${format(rates[0])}, max ${format(rates[RUNS - 1])})`);
console.log(`  target ${format(TARGET_PER_SECOND)} payloads/s on one core: ${median >= TARGET_PER_SECOND ? "met" : "NOT met"} (${(median / TARGET_PER_SECOND).toFixed(2)}x)`);
