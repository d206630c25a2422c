import { expectTypeOf, test } from "vitest";
import type * as ordering from "../src/index.ts";
import {
  type CheckedDedupResult,
  type DedupResult,
  type DuplicateConflict,
  type InvalidElement,
  type Orderable,
  type OrderingKey,
  orderingKey,
  type SortAndDedupOptions,
  sortAndDedup,
} from "../src/index.ts";

interface Heartbeat extends Orderable {
  readonly event_type: "PresenceHeartbeat";
  readonly payload: { readonly participant_id: string };
}

declare const heartbeats: readonly Heartbeat[];

test("the public API is the comparator, the keys, canonical JSON, sortAndDedup and the errors", () => {
  expectTypeOf<keyof typeof ordering>().toEqualTypeOf<
    "canonicalEventId" | "canonicalJson" | "compareEvents" | "InvalidEnvelopeError" | "OrderingInputError" | "orderingKey" | "sortAndDedup" | "timestampKey"
  >();
});

test("sortAndDedup keeps the caller's event type", () => {
  expectTypeOf(sortAndDedup(heartbeats)).toEqualTypeOf<DedupResult<Heartbeat>>();
  expectTypeOf(sortAndDedup(heartbeats).events).toEqualTypeOf<Heartbeat[]>();
  expectTypeOf(sortAndDedup(heartbeats).conflicts).toEqualTypeOf<readonly DuplicateConflict<Heartbeat>[]>();
  expectTypeOf<DuplicateConflict<Heartbeat>["discarded"]>().toEqualTypeOf<readonly Heartbeat[]>();
});

test("include receives the caller's event type and its index", () => {
  expectTypeOf<NonNullable<SortAndDedupOptions<Heartbeat>["include"]>>().toEqualTypeOf<(event: Heartbeat, index: number) => boolean>();
  expectTypeOf(sortAndDedup(heartbeats, { include: (event) => event.payload.participant_id !== "" }).events).toEqualTypeOf<Heartbeat[]>();
  // @ts-expect-error: include answers with a boolean
  sortAndDedup(heartbeats, { include: () => "yes" });
});

test("the ordering key is a readonly labelled tuple", () => {
  expectTypeOf(orderingKey).returns.toEqualTypeOf<OrderingKey>();
  expectTypeOf<OrderingKey>().toEqualTypeOf<readonly [number, string, string]>();
});

test("events without the ordering fields are rejected at compile time", () => {
  // @ts-expect-error lamport_clock is missing
  sortAndDedup([{ event_id: "A", timestamp: "2026-01-15T10:00:00Z" }]);
  // @ts-expect-error conflicts are read-only
  sortAndDedup(heartbeats).conflicts.push();
});

test("checking envelopes adds the invalid elements to the result", () => {
  expectTypeOf(sortAndDedup(heartbeats, { invalid: "report" })).toEqualTypeOf<CheckedDedupResult<Heartbeat>>();
  expectTypeOf(sortAndDedup(heartbeats, { invalid: "report" }).invalid).toEqualTypeOf<readonly InvalidElement[]>();
  expectTypeOf(sortAndDedup(heartbeats, { invalid: "throw", include: (event) => event.event_type === "PresenceHeartbeat" }).events).toEqualTypeOf<Heartbeat[]>();
  // @ts-expect-error: without the option nothing is checked, so nothing is reported
  sortAndDedup(heartbeats).invalid;
  // @ts-expect-error: "report" or "throw"
  sortAndDedup(heartbeats, { invalid: "ignore" });
});
