import { canonicalEventId } from "@sk/event-ordering";
import { statusTransitionPayloadValidator, validateTransition } from "@sk/status-contracts";
import { anomalyOf } from "../anomalies/anomaly.js";
import { reasons } from "../anomalies/reasons.js";
import type { StatusAnomaly } from "../state/reduced-state.js";
import { fromCode, INVALID_PAYLOAD, isRollback, isValidTransition, LANE_OF_CODE, payloadOf, type StatusDigest, toCode, validPayloadOf } from "./status-digest.js";
import type { StatusEnvelope } from "./status-envelope.js";

/** Steps 2 to 4 over the processed events: each work package's winning event and the two kinds of anomalies, each in processed order. */
export interface FoldedTransitions {
  /** Per work package (an index into `digest.wpIds`), the index in `events` of the event that set its current lane, or -1. */
  readonly winners: Int32Array;
  /** The work packages with a winner, in order of their first win. */
  readonly winnerOrder: readonly number[];
  readonly payloadAnomalies: readonly StatusAnomaly[];
  readonly transitionAnomalies: readonly StatusAnomaly[];
}

const NONE = -1;

/**
 * Steps 2 to 4 over the sorted events, reading their digest (in the same
 * order) rather than the events, which are read only to report an anomaly.
 */
class Fold {
  readonly payloadAnomalies: StatusAnomaly[] = [];
  readonly transitionAnomalies: StatusAnomaly[] = [];
  readonly winners: Int32Array;
  readonly winnerOrder: number[] = [];
  /** Per work package: the code of its current lane (0 before its first win). */
  readonly #lanes: Uint8Array;
  /** Per work package: the first event of its group in the current run, the last one, and the run (its first event) the group belongs to. */
  readonly #heads: Int32Array;
  readonly #tails: Int32Array;
  readonly #runs: Int32Array;
  /** Per event of a run: the next event of its group. */
  #next: Int32Array | undefined;

  constructor(
    readonly events: readonly StatusEnvelope[],
    readonly digest: StatusDigest,
  ) {
    const wpCount = digest.wpIds.length;
    // One buffer for the per-work-package arrays: a reducer called once per mission allocates one, not five.
    const buffer = new ArrayBuffer(wpCount * (4 * Int32Array.BYTES_PER_ELEMENT + Uint8Array.BYTES_PER_ELEMENT));
    const int32s = (slot: number): Int32Array => new Int32Array(buffer, slot * wpCount * Int32Array.BYTES_PER_ELEMENT, wpCount);
    this.winners = int32s(0).fill(NONE);
    this.#heads = int32s(1);
    this.#tails = int32s(2);
    this.#runs = int32s(3).fill(NONE);
    this.#lanes = new Uint8Array(buffer, 4 * wpCount * Int32Array.BYTES_PER_ELEMENT, wpCount);
  }

  /**
   * Steps 2 to 4 in one pass, a run of equal lamport clocks at a time: all
   * groups of a clock sit in its run, so grouping a run keeps
   * first-appearance order across the log, and a group only needs the
   * lanes that earlier runs left.
   */
  run(): this {
    const { clocks } = this.digest;
    const count = this.events.length;
    let at = 0;
    while (at < count) {
      const clock = clocks[at]!;
      let end = at + 1;
      while (end < count && clocks[end] === clock) end++;
      if (end === at + 1) this.#single(at);
      else this.#groups(at, end);
      at = end;
    }
    return this;
  }

  /** A clock of its own (most events): a group of one. */
  #single(at: number): void {
    const wp = this.digest.wps[at]!;
    if (wp === INVALID_PAYLOAD) this.#invalidPayload(at);
    else if (this.#accepts(at, wp, this.#lanes[wp]!)) this.#win(wp, at);
  }

  /** The events `at..end` of one clock, grouped by work package, groups in order of first appearance. */
  #groups(at: number, end: number): void {
    const { wps } = this.digest;
    if (this.#next === undefined) this.#next = new Int32Array(this.events.length);
    const next = this.#next;
    const order: number[] = [];
    for (let event = at; event < end; event++) {
      const wp = wps[event]!;
      if (wp === INVALID_PAYLOAD) {
        this.#invalidPayload(event);
        continue;
      }
      if (this.#runs[wp] === at) next[this.#tails[wp]!] = event;
      else {
        this.#runs[wp] = at;
        this.#heads[wp] = event;
        order.push(wp);
      }
      this.#tails[wp] = event;
      next[event] = NONE;
    }
    for (const wp of order) this.#group(wp);
  }

  /**
   * Steps 3 and 4 for one `(wp_id, lamport_clock)` group: rollbacks last,
   * every event checked against the lane at the start of the group, the
   * last valid one the work package's new winner.
   */
  #group(wp: number): void {
    const start = this.#lanes[wp]!;
    const head = this.#heads[wp]!;
    const next = this.#next!;
    let winner = NONE;
    for (const rollbacks of [false, true]) {
      for (let event = head; event !== NONE; event = next[event]!) {
        if (isRollback(this.digest, event) === rollbacks && this.#accepts(event, wp, start)) winner = event;
      }
    }
    if (winner !== NONE) this.#win(wp, winner);
  }

  /** Step 4 for one event: true when valid from lane `start`, else its anomaly is recorded. */
  #accepts(at: number, wp: number, start: number): boolean {
    const from = fromCode(this.digest, at);
    let reason: string;
    if (from !== start) reason = reasons.fromLaneMismatch(LANE_OF_CODE[start]!, LANE_OF_CODE[from]!);
    else if (isValidTransition(this.digest, at)) return true;
    else reason = reasons.transitionRejected(validateTransition(validPayloadOf(this.events[at]!)).violations);
    this.transitionAnomalies.push(
      Object.freeze({
        event_id: canonicalEventId(this.events[at]!.event_id),
        wp_id: this.digest.wpIds[wp]!,
        from_lane: LANE_OF_CODE[from]!,
        to_lane: LANE_OF_CODE[toCode(this.digest, at)]!,
        reason,
      }),
    );
    return false;
  }

  #win(wp: number, at: number): void {
    if (this.winners[wp] === NONE) this.winnerOrder.push(wp);
    this.winners[wp] = at;
    this.#lanes[wp] = toCode(this.digest, at);
  }

  /** Step 2 for an event whose payload is invalid. */
  #invalidPayload(at: number): void {
    const event = this.events[at]!;
    const payload = payloadOf(event);
    this.payloadAnomalies.push(anomalyOf(canonicalEventId(event.event_id), payload, reasons.invalidPayload(statusTransitionPayloadValidator.violations(payload))));
  }
}

/**
 * Steps 2 to 4 over the processed events (`events`, sorted and
 * deduplicated, and `digest`, theirs in the same order). Payload and transition anomalies are kept apart, so that every
 * payload anomaly can come first (step 2 before step 4) while each event
 * is visited once.
 */
export function foldTransitions(events: readonly StatusEnvelope[], digest: StatusDigest): FoldedTransitions {
  return new Fold(events, digest).run();
}
