import { describe, expect, it } from "vitest";
import { doneEvidenceValidator, forceMetadataValidator, repoEvidenceValidator, reviewVerdictValidator, verificationEntryValidator } from "../../src/index.js";

const rules = (violations: ReadonlyArray<{ readonly path: string; readonly rule: string }>) => violations.map(({ path, rule }) => `${path} ${rule}`);

describe("evidence models", () => {
  it("RepoEvidence: repo, branch, commit required; files_touched optional, absent or null", () => {
    expect(repoEvidenceValidator.check({ repo: "r", branch: "b", commit: "c" })).toBe(true);
    expect(repoEvidenceValidator.check({ repo: "r", branch: "b", commit: "c", files_touched: null })).toBe(true);
    expect(rules(repoEvidenceValidator.violations({ repo: "", branch: "b" }))).toEqual(["/commit required", "/repo minLength"]);
  });

  it("VerificationEntry: command and result required; summary optional", () => {
    expect(verificationEntryValidator.check({ command: "pnpm test", result: "pass", summary: null })).toBe(true);
    expect(rules(verificationEntryValidator.violations({ command: "pnpm test" }))).toEqual(["/result required"]);
  });

  it("ReviewVerdict: reviewer and verdict required; reference optional", () => {
    expect(reviewVerdictValidator.check({ reviewer: "r", verdict: "approved" })).toBe(true);
    expect(rules(reviewVerdictValidator.violations({ reviewer: "r", verdict: "" }))).toEqual(["/verdict minLength"]);
  });

  it("DoneEvidence: at least one repo; verification defaults to [] (absent), never null", () => {
    const review = { reviewer: "r", verdict: "approved" };
    const repos = [{ repo: "r", branch: "b", commit: "c" }];
    expect(doneEvidenceValidator.check({ repos, review })).toBe(true);
    expect(rules(doneEvidenceValidator.violations({ repos: [], review }))).toEqual(["/repos minItems"]);
    expect(rules(doneEvidenceValidator.violations({ repos, review, verification: null }))).toEqual(["/verification type"]);
  });
});

describe("ForceMetadata", () => {
  it("force is true (absent means true); actor and reason required", () => {
    expect(forceMetadataValidator.check({ actor: "lead", reason: "incident" })).toBe(true);
    expect(forceMetadataValidator.check({ force: true, actor: "lead", reason: "incident" })).toBe(true);
    expect(rules(forceMetadataValidator.violations({ force: false, actor: "lead", reason: "incident" }))).toEqual(["/force const"]);
    expect(rules(forceMetadataValidator.violations({ force: true }))).toEqual(["/actor required", "/reason required"]);
  });
});
