import type { DoneEvidence } from "@sk/status-contracts";
import type { DoneEvidenceEntry } from "./reduced-state.js";

/** Exactly the contract's evidence fields (extra wire fields dropped), absent optionals as `null`, deeply frozen. */
export function evidenceEntry(evidence: DoneEvidence): DoneEvidenceEntry {
  return Object.freeze({
    repos: Object.freeze(
      evidence.repos.map((repo) =>
        Object.freeze({
          repo: repo.repo,
          branch: repo.branch,
          commit: repo.commit,
          files_touched: repo.files_touched === undefined || repo.files_touched === null ? null : Object.freeze([...repo.files_touched]),
        }),
      ),
    ),
    verification: Object.freeze(
      (evidence.verification ?? []).map((entry) => Object.freeze({ command: entry.command, result: entry.result, summary: entry.summary ?? null })),
    ),
    review: Object.freeze({ reviewer: evidence.review.reviewer, verdict: evidence.review.verdict, reference: evidence.review.reference ?? null }),
  });
}
