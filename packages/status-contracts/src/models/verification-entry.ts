import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { optionalText, textField } from "../schema/fields.js";

/** Schema of `VerificationEntry`. Extra fields are tolerated. */
export const VerificationEntrySchema = Type.Object(
  {
    command: textField("The command that verified the work, e.g. `pnpm test`."),
    result: textField("Its outcome, e.g. `pass`."),
    summary: optionalText("One line about the run; absent or null when not given."),
  },
  { description: "One verification run of a finished work package." },
);

/** One verification run of a finished work package. */
export type VerificationEntry = Static<typeof VerificationEntrySchema>;

/** Compiled (on first use) validator of `VerificationEntry`. */
export const verificationEntryValidator = createValidator(VerificationEntrySchema);
