import { type Static, Type } from "@sinclair/typebox";
import { createValidator } from "@sk/event-envelope";
import { textField } from "../schema/fields.js";

/** Schema of `ForceMetadata`. Extra fields are tolerated. */
export const ForceMetadataSchema = Type.Object(
  {
    force: Type.Optional(Type.Literal(true, { description: "Always `true`; absent means `true`." })),
    actor: textField("Who forced the transition."),
    reason: textField("Why the transition was forced."),
  },
  { description: "Who forced a transition and why: a standalone model for producers (no payload embeds it, no reducer reads it)." },
);

/** Who forced a transition and why: a standalone model for producers (no payload embeds it, no reducer reads it). */
export type ForceMetadata = Static<typeof ForceMetadataSchema>;

/** Compiled (on first use) validator of `ForceMetadata`. */
export const forceMetadataValidator = createValidator(ForceMetadataSchema);
