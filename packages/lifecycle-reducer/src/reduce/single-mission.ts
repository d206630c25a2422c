import { ArgumentError } from "@sk/event-envelope/errors";

/**
 * Step 2 of the contract: one call reduces one mission. Throws
 * `ArgumentError` (rule `singleMission`) naming the first `aggregate_id`
 * and the first one that differs from it, in the shared order.
 */
export function assertSingleMission(events: readonly { readonly aggregate_id: string }[]): void {
  const first = events[0]?.aggregate_id;
  for (const event of events) {
    if (event.aggregate_id !== first) {
      throw new ArgumentError(
        "events",
        "singleMission",
        [first, event.aggregate_id],
        "expected the events of one mission, one aggregate_id (reduceLifecyclesByMission partitions a mixed log)",
      );
    }
  }
}
