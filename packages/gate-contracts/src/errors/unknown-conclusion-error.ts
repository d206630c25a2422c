import { describeValue } from "@sk/event-envelope/errors";
import { CHECK_RUN_CONCLUSIONS } from "../conclusions/check-run-conclusions.js";
import { GateError } from "./gate-error.js";

/**
 * `mapCheckRunConclusion` got a value that is not one of the eight known
 * check-run conclusions (other casings and non-strings included).
 */
export class UnknownConclusionError extends GateError<"UNKNOWN_CONCLUSION"> {
  /** The offending value, as given. */
  readonly conclusion: unknown;

  constructor(conclusion: unknown) {
    const known = CHECK_RUN_CONCLUSIONS.map((value) => JSON.stringify(value)).join(", ");
    super("UNKNOWN_CONCLUSION", `conclusion: expected one of the known check-run conclusions ${known} (rule: enum), got ${describeValue(conclusion)}`);
    this.conclusion = conclusion;
  }
}
