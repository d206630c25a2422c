import { expectTypeOf, test } from "vitest";
import {
  type DedupResult,
  type DuplicateConflict,
  type InvalidElement,
  dedupEvents,
  type Orderable,
  type OrderingKey,
  type OrderingOptions,
  orderingKey,
  sortAndDedup,
  sortEvents,
} from "../src/index.ts";

interface Heartbeat extends Orderable {
  readonly event_type: "PresenceHeartbeat";
  readonly payload: { readonly participant_id: string };
}

declare const heartbeats: readonly Heartbeat[];

test("sorting and dedup keep the caller's event type", () => {
  expectTypeOf(sortEvents(heartbeats)).toEqualTypeOf<Heartbeat[]>();
  expectTypeOf(dedupEvents(heartbeats)).toEqualTypeOf<DedupResult<Heartbeat>>();
  expectTypeOf(sortAndDedup(heartbeats).events).toEqualTypeOf<Heartbeat[]>();
  expectTypeOf(sortAndDedup(heartbeats).conflicts).toEqualTypeOf<readonly DuplicateConflict<Heartbeat>[]>();
  expectTypeOf<DuplicateConflict<Heartbeat>["discarded"]>().toEqualTypeOf<readonly Heartbeat[]>();
});

test("include receives the caller's event type and its index", () => {
  expectTypeOf<NonNullable<OrderingOptions<Heartbeat>["include"]>>().toEqualTypeOf<(event: Heartbeat, index: number) => boolean>();
  expectTypeOf(sortAndDedup(heartbeats, { include: (event) => event.payload.participant_id !== "" }).events).toEqualTypeOf<Heartbeat[]>();
  // @ts-expect-error: include answers with a boolean
  sortEvents(heartbeats, { include: () => "yes" });
});

test("the ordering key is a readonly labelled tuple", () => {
  expectTypeOf(orderingKey).returns.toEqualTypeOf<OrderingKey>();
  expectTypeOf<OrderingKey>().toEqualTypeOf<readonly [number, string, string]>();
});

test("events without the ordering fields are rejected at compile time", () => {
  // @ts-expect-error lamport_clock is missing
  sortEvents([{ event_id: "A", timestamp: "2026-01-15T10:00:00Z" }]);
  // @ts-expect-error conflicts are read-only
  sortAndDedup(heartbeats).conflicts.push();
});

test("checking envelopes adds the invalid elements to the result", () => {
  expectTypeOf(sortAndDedup(heartbeats, { invalid: "report" }).invalid).toEqualTypeOf<readonly InvalidElement[]>();
  expectTypeOf(sortAndDedup(heartbeats, { invalid: "throw", include: (event) => event.event_type === "PresenceHeartbeat" }).events).toEqualTypeOf<Heartbeat[]>();
  // @ts-expect-error: without the option nothing is checked, so nothing is reported
  sortAndDedup(heartbeats).invalid;
  // @ts-expect-error: only sortAndDedup checks envelopes
  sortEvents(heartbeats, { invalid: "report" });
});
