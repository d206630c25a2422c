import { type Static, Type } from "@sinclair/typebox";
import { idField, missionIdField, optionalId } from "../schema/fields.js";
import { createPayloadValidator } from "../validate/producer-hints.js";

/** Payload of `CommentPosted`. A participant posted a comment, possibly as a reply to another. */
export type CommentPostedPayload = Static<typeof CommentPostedPayloadSchema>;

/** Schema of the `CommentPosted` payload. Extra fields are tolerated. */
export const CommentPostedPayloadSchema = Type.Object(
  {
    mission_id: missionIdField(),
    participant_id: idField("Author of the comment."),
    comment_id: idField("Id of this comment."),
    content: Type.String({ minLength: 1, description: "Comment text, at least 1 character." }),
    reply_to: optionalId("`comment_id` of the comment this one replies to; absent or null for a top-level comment."),
  },
  { description: "A participant posted a comment, possibly as a reply to another." },
);

/** Compiled (on first use) validator of the `CommentPosted` payload. */
export const commentPostedPayloadValidator = createPayloadValidator("CommentPosted", CommentPostedPayloadSchema);

/** True when `value` is a valid `CommentPosted` payload. */
export function isCommentPostedPayload(value: unknown): value is CommentPostedPayload {
  return commentPostedPayloadValidator.check(value);
}
