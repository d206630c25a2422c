import { SkError, type SkErrorOptions } from "@sk/event-envelope/errors";

/**
 * Base of every error of the work-package status contracts. `code` is the
 * literal code of the concrete class; recognisable across duplicated
 * installs through `SkError.isInstance`.
 */
export class StatusError<C extends string = string> extends SkError {
  declare readonly code: C;

  constructor(code: C, message: string, options: SkErrorOptions = {}) {
    super(code, message, options);
  }
}
