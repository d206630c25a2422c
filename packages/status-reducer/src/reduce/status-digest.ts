import { LANES, type Lane, type StatusTransitionPayload, statusTransitionPayloadValidator, validateTransition } from "@sk/status-contracts";
import type { StatusEnvelope } from "./status-envelope.js";

/** `wps` of an event whose payload is invalid. */
export const INVALID_PAYLOAD = -1;

/** Lane codes: 0 for no lane (a first transition's `from_lane`), else 1 + the lane's index in `LANES`; `doing` is read as `in_progress`. */
const LANE_CODES: ReadonlyMap<unknown, number> = new Map<unknown, number>([...LANES.map((lane, index): [Lane, number] => [lane, index + 1]), ["doing", LANES.indexOf("in_progress") + 1]]);

/** The lane of each code (`null` for 0). */
export const LANE_OF_CODE: readonly (Lane | null)[] = Object.freeze([null, ...LANES]);

/** Bytes per event: a clock, a work package number, a transition. */
const DIGEST_BYTES = Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT + Uint8Array.BYTES_PER_ELEMENT;

const ROLLBACK = 1;
const VALID_TRANSITION = 2;
const FLAG_BITS = 2;
const LANE_BITS = 3;

/** An absent envelope payload is `{}` (the envelope's default). */
export function payloadOf(event: StatusEnvelope): unknown {
  return event.payload === undefined ? {} : event.payload;
}

/**
 * What the fold needs of each event of a log, noted in one pass in input
 * order and kept in typed arrays by position: its lamport clock, its work
 * package (an index into `wpIds`, or `INVALID_PAYLOAD`), its lanes and
 * whether it is a reviewer rollback and passes `validateTransition`.
 *
 * A parsed log sits in memory in input order, so this pass reads each
 * event, its payload and nested evidence sequentially. The fold then
 * visits the events in sorted order, which on a shuffled log is a jump
 * across the heap per event and per object reached from it; reading this
 * digest instead (a few bytes per event) leaves it a handful of cache
 * misses, and it goes back to an event only to report an anomaly or build
 * a work package's final state.
 */
export class StatusDigest {
  readonly clocks: Float64Array;
  readonly wps: Int32Array;
  /** `from << 5 | to << 2 | flags` (lane codes, `ROLLBACK`, `VALID_TRANSITION`). */
  readonly transitions: Uint8Array;
  /** Every `wp_id` noted, in order of first appearance. */
  readonly wpIds: string[];
  readonly #wpIndex = new Map<string, number>();

  /** A digest of a log of `length` elements (positions `0..length - 1`). */
  constructor(length: number, wpIds: string[] = []) {
    this.wpIds = wpIds;
    // One buffer for the three arrays: a reducer called once per mission allocates one, not three.
    const buffer = new ArrayBuffer(length * DIGEST_BYTES);
    this.clocks = new Float64Array(buffer, 0, length);
    this.wps = new Int32Array(buffer, length * Float64Array.BYTES_PER_ELEMENT, length);
    this.transitions = new Uint8Array(buffer, length * (Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT), length);
  }

  /**
   * The digest of the events at `indices`, in that order (`events[at]` of
   * a sorted log was at `indices[at]`): one gather in a tight loop, whose
   * reads across the arrays the processor overlaps, so that the fold then
   * reads its digest sequentially.
   */
  gather(indices: Uint32Array): StatusDigest {
    const count = indices.length;
    const gathered = new StatusDigest(count, this.wpIds);
    const { clocks, wps, transitions } = gathered;
    for (let at = 0; at < count; at++) {
      const position = indices[at]!;
      clocks[at] = this.clocks[position]!;
      wps[at] = this.wps[position]!;
      transitions[at] = this.transitions[position]!;
    }
    return gathered;
  }

  /** Notes the `WPStatusChanged` event at `position`; its envelope may still turn out invalid, and it is then never read. */
  note(event: StatusEnvelope, position: number): void {
    const clock: unknown = event.lamport_clock;
    this.clocks[position] = typeof clock === "number" ? clock : Number.NaN;
    const payload = payloadOf(event);
    if (!statusTransitionPayloadValidator.check(payload)) {
      this.wps[position] = INVALID_PAYLOAD;
      return;
    }
    this.wps[position] = this.#wpIndexOf(payload.wp_id);
    const from = LANE_CODES.get(payload.from_lane) ?? 0;
    const to = LANE_CODES.get(payload.to_lane)!;
    const rollback = LANE_OF_CODE[from] === "for_review" && LANE_OF_CODE[to] === "in_progress" && payload.review_ref !== undefined && payload.review_ref !== null;
    const flags = (rollback ? ROLLBACK : 0) | (validateTransition(payload).valid ? VALID_TRANSITION : 0);
    this.transitions[position] = (((from << LANE_BITS) | to) << FLAG_BITS) | flags;
  }

  #wpIndexOf(wpId: string): number {
    let index = this.#wpIndex.get(wpId);
    if (index === undefined) {
      index = this.wpIds.length;
      this.#wpIndex.set(wpId, index);
      this.wpIds.push(wpId);
    }
    return index;
  }
}

/** The code of the lane the event at `position` leaves (0 for none). */
export function fromCode(digest: StatusDigest, position: number): number {
  return digest.transitions[position]! >>> (LANE_BITS + FLAG_BITS);
}

/** The code of the lane the event at `position` enters. */
export function toCode(digest: StatusDigest, position: number): number {
  return (digest.transitions[position]! >>> FLAG_BITS) & ((1 << LANE_BITS) - 1);
}

/** True when the event at `position` is a reviewer rollback (`for_review` -> `in_progress` with a `review_ref`, blank or not). */
export function isRollback(digest: StatusDigest, position: number): boolean {
  return (digest.transitions[position]! & ROLLBACK) !== 0;
}

/** True when the event at `position` passes `validateTransition`. */
export function isValidTransition(digest: StatusDigest, position: number): boolean {
  return (digest.transitions[position]! & VALID_TRANSITION) !== 0;
}

/** The payload of an event noted with a valid one. */
export function validPayloadOf(event: StatusEnvelope): StatusTransitionPayload {
  return payloadOf(event) as StatusTransitionPayload;
}
