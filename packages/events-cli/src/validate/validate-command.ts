import type { CommandContext } from "../cli/command-context.js";
import { EXIT } from "../cli/exit-codes.js";
import { resolveInput } from "../input/resolve-input.js";
import { stableJson } from "../output/stable-json.js";
import { renderTable } from "../output/table.js";
import { checkRecord } from "./check-record.js";
import { formatProblem, formatWarning, type Problem, type Warning } from "./problem.js";
import { NO_EVENT_TYPE, NOT_JSON, TypeCounts } from "./type-counts.js";

/** Options of `sk-events validate`. */
export interface ValidateOptions {
  readonly format: "text" | "json";
  readonly strictTypes: boolean;
}

/**
 * `sk-events validate FILE`: every element's envelope and, for every type
 * an installed package knows, its payload. Text output streams one line per
 * violation as it is found, then the counts per type; JSON output is one
 * object at the end. Exit 1 when anything is invalid.
 */
export async function validateCommand(context: CommandContext, path: string, options: ValidateOptions): Promise<void> {
  const input = resolveInput(path, context.io);
  const counts = new TypeCounts();
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  let elements = 0;
  let invalid = 0;
  let unknown = 0;
  let warned = 0;
  await context.read(input, (record) => {
    elements++;
    const check = checkRecord(record, options.strictTypes);
    const label = record.error !== undefined ? NOT_JSON : (check.eventType ?? NO_EVENT_TYPE);
    counts.add(label, check.domain, check.problems.length === 0);
    if (check.problems.length > 0) invalid++;
    if (record.error === undefined && check.domain === null && check.eventType !== null) unknown++;
    warned += check.warnings.length;
    if (options.format === "json") {
      problems.push(...check.problems);
      warnings.push(...check.warnings);
      return;
    }
    for (const problem of check.problems) context.io.stdout.write(`${formatProblem(input.name, problem)}\n`);
    for (const warning of check.warnings) context.io.stdout.write(`${context.out.yellow(formatWarning(input.name, warning))}\n`);
  });
  if (invalid > 0) context.exitCode = EXIT.invalid;
  const types = counts.entries();
  if (options.format === "json") {
    const report = {
      file: input.name,
      valid: invalid === 0,
      elements,
      invalid_elements: invalid,
      unknown_type_elements: unknown,
      types: Object.fromEntries(types.map(([type, count]) => [type, { ...count }])),
      problems: problems.map((problem) => ({ file: input.name, ...problem })),
      warnings: warnings.map((warning) => ({ file: input.name, ...warning })),
    };
    context.io.stdout.write(stableJson(report));
    return;
  }
  const { out } = context;
  const rows = types.map(([type, count]) => [type, count.domain ?? out.dim("unknown"), count.valid, count.invalid === 0 ? 0 : out.red(String(count.invalid))]);
  if (invalid + warned > 0) context.io.stdout.write("\n");
  context.io.stdout.write(`${renderTable(["event type", "domain", "valid", "invalid"], rows)}\n`);
  const verdict = invalid === 0 ? out.green(`all ${elements} elements valid`) : out.red(`${invalid} of ${elements} elements invalid`);
  const unknownNote = unknown > 0 ? `; ${unknown} of a type no installed package knows${options.strictTypes ? "" : " (not checked beyond the envelope)"}` : "";
  const warningNote = warned > 0 ? `; ${out.yellow(`${warned} warning${warned === 1 ? "" : "s"}`)}` : "";
  context.io.stdout.write(`${input.name}: ${verdict}${unknownNote}${warningNote}\n`);
}
