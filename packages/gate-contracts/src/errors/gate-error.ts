import { SkError, type SkErrorOptions } from "@sk/event-envelope/errors";

/**
 * Base of every error of the CI gate contracts, with the literal `code` of
 * its concrete class. `GateError.isInstance` recognises any of them across
 * duplicated installs.
 */
export class GateError<Code extends string = string> extends SkError<Code> {
  constructor(code: Code, message: string, options: SkErrorOptions = {}) {
    super(code, message, options);
  }
}
