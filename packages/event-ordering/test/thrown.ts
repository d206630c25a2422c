import { OrderingInputError } from "../src/index.ts";

/** The OrderingInputError `action` throws; fails the test when it throws nothing or something else. */
export function thrown(action: () => unknown): OrderingInputError {
  try {
    action();
  } catch (error) {
    if (error instanceof OrderingInputError) return error;
    throw error;
  }
  throw new Error("expected an OrderingInputError");
}
