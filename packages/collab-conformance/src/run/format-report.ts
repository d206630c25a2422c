import type { ConformanceReport } from "./run-conformance.js";

/** A conformance report as readable text: one line per failure (with its diff), then the totals. */
export function formatReport(report: ConformanceReport): string {
  const lines: string[] = [`@sk collaboration conformance (contracts ${report.contractsVersion})`];
  for (const failure of report.failed) {
    lines.push(`FAIL ${failure.id}: ${failure.reason}`);
    if (failure.diff !== "") lines.push(failure.diff);
  }
  for (const skip of report.skipped) lines.push(`SKIP ${skip.id}: ${skip.reason}`);
  lines.push(`${report.passed.length} passed, ${report.failed.length} failed, ${report.skipped.length} skipped`);
  return `${lines.join("\n")}\n`;
}
