import { missionAggregateId, type Violation } from "@sk/event-envelope";
import { violation } from "../internal/violation.js";

/**
 * The `missionMapping` violation at `/aggregate_id` when it is not
 * `mission/{missionId}` for a usable `missionId`, else `undefined`.
 */
export function aggregateMismatch(aggregateId: unknown, missionId: string): Violation | undefined {
  const expected = missionAggregateId(missionId);
  return aggregateId === expected ? undefined : violation("/aggregate_id", "missionMapping", aggregateId, `expected ${JSON.stringify(expected)}`);
}
