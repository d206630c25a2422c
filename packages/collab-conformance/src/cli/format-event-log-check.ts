import type { ReducedCollaborationState } from "@sk/collab-reducer";
import type { DualValidationResult } from "../validate/validate-event.js";
import { describeViolations } from "../validate/violation-match.js";
import type { EventCheck, EventLogCheck } from "./check-event-log.js";

function layers(label: string, result: DualValidationResult): string {
  const note = result.disagreement ? " LAYERS DISAGREE (bug in the contracts)" : "";
  return `${label}: typebox ${describeViolations(result.typebox.violations)}; ajv ${describeViolations(result.ajv.errors)}${note}`;
}

function verdictLine(check: EventCheck): string {
  const head = `${check.valid ? "ok  " : "FAIL"} #${check.index} ${check.event_id ?? "(no event_id)"} ${check.event_type ?? "(no event_type)"}`;
  if (!check.envelope.valid || check.envelope.disagreement) return `${head}\n       ${layers("envelope", check.envelope)}`;
  if (check.payload === null) return `${head} (not a collaboration event: ignored by the reducer)`;
  if (!check.payload.valid || check.payload.disagreement) return `${head}\n       ${layers("payload", check.payload)}`;
  return head;
}

/** The verdict, then each warning: accepted, but the producer should fix it. */
function eventLine(check: EventCheck): string {
  return verdictLine(check) + check.warnings.map((warning) => `\n       warning ${warning.code}: ${warning.message}`).join("");
}

function ids(values: readonly string[]): string {
  return values.length === 0 ? "" : ` (${values.join(", ")})`;
}

/** A few lines that say what the reduced state holds. */
export function summariseState(state: ReducedCollaborationState): string[] {
  const active = Object.keys(state.participants);
  const departed = Object.keys(state.departed_participants);
  const focus = Object.entries(state.participants_by_focus).map(([key, participants]) => `${key} <- ${participants.join(", ")}`);
  const executions = Object.entries(state.active_executions).filter(([, steps]) => steps.length > 0);
  return [
    `  mission: ${state.mission_id === "" ? "(none)" : state.mission_id}`,
    `  events: ${state.event_count} processed, last ${state.last_processed_event_id ?? "(none)"}`,
    `  participants: ${active.length} active${ids(active)}, ${departed.length} departed${ids(departed)}`,
    `  active drivers: ${state.active_drivers.length === 0 ? "none" : state.active_drivers.join(", ")}`,
    `  focus: ${focus.length === 0 ? "none" : focus.join("; ")}`,
    `  executions in flight: ${executions.length === 0 ? "none" : executions.map(([pid, steps]) => `${pid}: ${steps.join(", ")}`).join("; ")}`,
    `  warnings: ${state.warnings.length}${ids(state.warnings.map((warning) => `${warning.warning_id}: ${Object.keys(warning.acknowledgements).length} ack(s)`))}`,
    `  decisions: ${state.decisions.length}, comments: ${state.comments.length}, linked sessions: ${Object.values(state.linked_sessions).flat().length}`,
    `  anomalies: ${state.anomalies.length}`,
    ...state.anomalies.map((anomaly) => `    ${anomaly.event_id} ${anomaly.event_type}: ${anomaly.reason}`),
  ];
}

/** `sk-conformance check` output: one line per event, then the reduced state summary. */
export function formatEventLogCheck(check: EventLogCheck): string {
  const valid = check.events.filter((event) => event.valid).length;
  const lines = [`Validation (TypeBox + Ajv): ${valid} of ${check.events.length} events valid`, ...check.events.map(eventLine)];
  const { reduction } = check;
  if ("state" in reduction) lines.push(`Reduced state (${reduction.mode} mode):`, ...summariseState(reduction.state));
  else lines.push(`Reduction failed (${reduction.mode} mode): ${reduction.error.code} at ${reduction.error.event_id ?? "(no event)"}`, `  ${reduction.error.message}`);
  lines.push(check.ok ? "OK" : "FAILED");
  return `${lines.join("\n")}\n`;
}
