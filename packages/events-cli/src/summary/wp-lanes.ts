import type { WpState } from "@sk/status-reducer";
import { compareStrings } from "../output/compare-strings.js";
import type { Style } from "../output/style.js";
import { renderTable } from "../output/table.js";

/** Lane colours: done green, blocked red, canceled dim; the rest plain. */
function lane(style: Style, value: string): string {
  if (value === "done") return style.green(value);
  if (value === "blocked") return style.red(value);
  if (value === "canceled") return style.dim(value);
  return value;
}

/** The work packages' lanes, sorted by wp_id. */
export function wpLanes(states: Readonly<Record<string, WpState>>, style: Style): string {
  const rows = Object.values(states)
    .sort((a, b) => compareStrings(a.wp_id, b.wp_id))
    .map((state) => [state.wp_id, lane(style, state.current_lane), state.last_transition_at, state.evidence === null ? "" : `${state.evidence.repos.length} repo(s), review: ${state.evidence.review.verdict}`]);
  return `\n${style.bold("Work packages")}\n${rows.length === 0 ? style.dim("none") : renderTable(["wp", "lane", "since", "evidence"], rows)}`;
}

/** A value of the output, or `-` for `null`. */
export const orDash = (value: string | null): string => value ?? "-";

/** Anomalies with their reasons, one row each. */
export function anomalyRows(style: Style, rows: readonly (readonly string[])[], head: readonly string[]): string {
  return `\n${style.bold("Anomalies")}\n${rows.length === 0 ? style.green("none") : renderTable(head, rows)}`;
}
