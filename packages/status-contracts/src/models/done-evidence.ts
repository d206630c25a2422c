import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { describedAs } from "../schema/fields.js";
import { RepoEvidenceSchema } from "./repo-evidence.js";
import { ReviewVerdictSchema } from "./review-verdict.js";
import { VerificationEntrySchema } from "./verification-entry.js";

/** Schema of `DoneEvidence`. Extra fields are tolerated. */
export const DoneEvidenceSchema = Type.Object(
  {
    repos: Type.Array(describedAs(RepoEvidenceSchema, "One repository the work landed in."), {
      minItems: 1,
      description: "Where the work lives: at least one repository.",
    }),
    verification: Type.Optional(
      Type.Array(describedAs(VerificationEntrySchema, "One verification run."), { description: "How the work was verified; absent means `[]` (null is invalid)." }),
    ),
    review: describedAs(ReviewVerdictSchema, "The review that accepted the work."),
  },
  { description: "Evidence a work package needs to move to `done`: repositories, verification runs and a review." },
);

/** Evidence a work package needs to move to `done`: repositories, verification runs and a review. */
export type DoneEvidence = Static<typeof DoneEvidenceSchema>;

/** Compiled (on first use) validator of `DoneEvidence`. */
export const doneEvidenceValidator = createValidator(DoneEvidenceSchema);
