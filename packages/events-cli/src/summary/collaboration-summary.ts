import type { ReducedCollaborationState } from "@sk/collab-reducer";
import { compareStrings } from "../output/compare-strings.js";
import type { Style } from "../output/style.js";
import { renderTable } from "../output/table.js";
import type { MissionContext } from "../reduce/reducer-plugin.js";
import { formatAge } from "./age.js";

/** How many of the latest entries the summary shows: a busy mission has tens of thousands. */
const LAST_COMMENTS = 5;
const LAST_WARNINGS = 20;
const LAST_DECISIONS = 10;
const MAX_TEXT = 60;

const clip = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

function section(style: Style, title: string, body: string): string {
  return `\n${style.bold(title)}\n${body}`;
}

/** `Title`, or `Title (last N of M)` when only the last N of M entries are shown. */
function lastTitle(title: string, shown: number, total: number): string {
  return total > shown ? `${title} (last ${shown} of ${total})` : title;
}

function participants(state: ReducedCollaborationState, mission: MissionContext, style: Style): string {
  const drivers = new Set(state.active_drivers);
  const rows = [
    ...Object.values(state.participants).map((identity) => ({ identity, status: style.green("active") })),
    ...Object.values(state.departed_participants).map((identity) => ({ identity, status: style.dim("departed") })),
  ].map(({ identity, status }) => {
    const beat = state.presence[identity.participant_id];
    const age = beat === undefined ? style.dim("never") : `${formatAge(beat, mission.lastTimestamp)} ago`;
    const focus = state.focus_by_participant[identity.participant_id];
    return [
      identity.participant_id,
      identity.participant_type,
      identity.display_name ?? "",
      status,
      drivers.has(identity.participant_id) ? style.cyan("driving") : "",
      focus === undefined ? "" : `${focus.target_type}:${focus.target_id}`,
      age,
    ];
  });
  if (rows.length === 0) return section(style, "Participants", style.dim("none"));
  return section(style, "Participants", renderTable(["participant", "type", "name", "status", "drive", "focus", "last heartbeat"], rows));
}

function focus(state: ReducedCollaborationState, style: Style): string {
  const entries = Object.entries(state.participants_by_focus);
  if (entries.length === 0) return section(style, "Focus", style.dim("nobody is focused on anything"));
  const rows = entries.map(([target, ids]) => [target, ids.join(", "), ids.length > 1 ? style.yellow(`overlap (${ids.length})`) : ""]);
  return section(style, "Focus", renderTable(["target", "participants", ""], rows));
}

function warnings(state: ReducedCollaborationState, style: Style): string {
  if (state.warnings.length === 0) return section(style, "Warnings", style.dim("none"));
  const rows = state.warnings.slice(-LAST_WARNINGS).map((warning) => {
    const acks = Object.entries(warning.acknowledgements).map(([id, ack]) => `${id}: ${ack}`);
    const silent = warning.participant_ids.filter((id) => !Object.hasOwn(warning.acknowledgements, id));
    return [warning.warning_id, warning.warning_type, warning.participant_ids.join(", "), acks.join(", ") || style.dim("none"), silent.length === 0 ? "" : style.yellow(silent.join(", "))];
  });
  return section(style, lastTitle("Warnings", LAST_WARNINGS, state.warnings.length), renderTable(["warning", "type", "participants", "acknowledgements", "not answered"], rows));
}

function decisions(state: ReducedCollaborationState, style: Style): string {
  if (state.decisions.length === 0) return section(style, "Decisions", style.dim("none"));
  const rows = state.decisions.slice(-LAST_DECISIONS).map((decision) => [decision.decision_id, decision.participant_id, clip(decision.topic), clip(decision.chosen_option), decision.referenced_warning_id ?? ""]);
  return section(style, lastTitle("Decisions", LAST_DECISIONS, state.decisions.length), renderTable(["decision", "by", "topic", "chosen", "warning"], rows));
}

function comments(state: ReducedCollaborationState, style: Style): string {
  if (state.comments.length === 0) return section(style, "Comments", style.dim("none"));
  const last = state.comments.slice(-LAST_COMMENTS);
  const rows = last.map((comment) => [comment.participant_id, clip(comment.content), comment.reply_to ?? ""]);
  return section(style, lastTitle("Comments", LAST_COMMENTS, state.comments.length), renderTable(["by", "comment", "reply to"], rows));
}

function anomalies(state: ReducedCollaborationState, style: Style): string {
  if (state.anomalies.length === 0) return section(style, "Anomalies", style.green("none"));
  const byCode = new Map<string, { count: number; example: string }>();
  for (const anomaly of state.anomalies) {
    const code = anomaly.code;
    const entry = byCode.get(code);
    if (entry === undefined) byCode.set(code, { count: 1, example: anomaly.reason });
    else entry.count++;
  }
  const rows = [...byCode].sort(([a], [b]) => compareStrings(a, b)).map(([code, { count, example }]) => [style.red(code), count, clip(example)]);
  return section(style, "Anomalies", renderTable(["code", "count", "example"], rows));
}

/** The summary tables of one mission's collaboration state. */
export function summariseCollaboration(state: ReducedCollaborationState, mission: MissionContext, style: Style): string {
  const executions = Object.values(state.active_executions).reduce((sum, steps) => sum + steps.length, 0);
  const header = [
    style.bold(`Mission ${state.mission_id || "(unknown)"}`) + style.dim(` (${mission.aggregateId})`),
    `${state.event_count} collaboration events; last ${mission.lastTimestamp}`,
    `drivers: ${state.active_drivers.length === 0 ? style.dim("none") : state.active_drivers.join(", ")}; steps in flight: ${executions}`,
  ].join("\n");
  return [header, participants(state, mission, style), focus(state, style), warnings(state, style), decisions(state, style), comments(state, style), anomalies(state, style)].join("\n");
}
