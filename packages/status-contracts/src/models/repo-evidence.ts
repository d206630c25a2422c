import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { optionalNullable, textField } from "../schema/fields.js";

/** Schema of `RepoEvidence`. Extra fields are tolerated. */
export const RepoEvidenceSchema = Type.Object(
  {
    repo: textField("Repository the work landed in, e.g. `org/service`."),
    branch: textField("Branch holding the work."),
    commit: textField("Commit holding the work."),
    files_touched: optionalNullable(Type.Array(Type.String({ minLength: 1 })), "Paths the work changed; absent or null when not reported."),
  },
  { description: "Where the work of a finished work package lives: repository, branch and commit." },
);

/** Where the work of a finished work package lives: repository, branch and commit. */
export type RepoEvidence = Static<typeof RepoEvidenceSchema>;

/** Compiled (on first use) validator of `RepoEvidence`. */
export const repoEvidenceValidator = createValidator(RepoEvidenceSchema);
