// The other packages' errors the reducer throws too, re-exported so that one
// import gives every error class a reducer caller may catch.
export { CollaborationError, PayloadValidationError } from "@sk/collab-contracts";
export { InvalidEnvelopeError } from "@sk/event-ordering";
