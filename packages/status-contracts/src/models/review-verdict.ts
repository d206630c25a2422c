import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { optionalText, textField } from "../schema/fields.js";

/** Schema of `ReviewVerdict`. Extra fields are tolerated. */
export const ReviewVerdictSchema = Type.Object(
  {
    reviewer: textField("Who reviewed the work."),
    verdict: textField("The verdict, e.g. `approved`."),
    reference: optionalText("Where the review lives (a pull request, a comment); absent or null when not given."),
  },
  { description: "The review that accepted a finished work package." },
);

/** The review that accepted a finished work package. */
export type ReviewVerdict = Static<typeof ReviewVerdictSchema>;

/** Compiled (on first use) validator of `ReviewVerdict`. */
export const reviewVerdictValidator = createValidator(ReviewVerdictSchema);
