import Table from "cli-table3";

/** No rule between body rows: long tables stay readable. */
const COMPACT = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };

/**
 * A table rendered as text. cli-table3's own colours are off: the caller
 * colours cells with its `Style`, which knows whether colour is allowed.
 */
export function renderTable(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const table = new Table({ head: [...head], style: { head: [], border: [] }, chars: COMPACT });
  for (const row of rows) table.push(row.map(String));
  return table.toString();
}
