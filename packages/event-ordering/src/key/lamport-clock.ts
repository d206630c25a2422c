import { OrderingInputError } from "../errors/ordering-input-error.js";

/** True for a safe integer `>= 0`, the only lamport clocks the order accepts. */
export function isLamportClock(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value <= Number.MAX_SAFE_INTEGER && Math.floor(value) === value;
}

/** The error for a `lamport_clock` that is missing, not an integer, negative, or unsafe. */
export function invalidLamportClock(value: unknown, index: number | undefined): OrderingInputError {
  const expectation = "expected a safe integer >= 0";
  if (value === undefined) return new OrderingInputError({ field: "lamport_clock", rule: "required", value, expectation: "required field is missing", index });
  if (typeof value !== "number" || !Number.isInteger(value)) return new OrderingInputError({ field: "lamport_clock", rule: "type", value, expectation, index });
  const rule = value < 0 ? "minimum" : "maximum";
  return new OrderingInputError({ field: "lamport_clock", rule, value, expectation, index });
}
