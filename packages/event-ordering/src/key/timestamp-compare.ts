// Compares two timestamps by their rendered keys without building them: a
// tie on lamport clocks is common on the hot path, and allocating two key
// strings per tie costs more than reading the code units in place.

const DOT = 46;
const DASH = 45;
const ZERO = 48;
const UPPER_Z = 90;
const SECONDS_END = 19;
const FRACTION_DIGITS = 6;
const OFFSET_LENGTH = 6;
const UTC_OFFSET = "+00:00";
/** Marks the end of a key: sorts before every code unit, so a prefix comes first. */
const END = -1;

/** Where the offset of a grammar-checked timestamp starts (its length when it is naive). */
function offsetStartOf(timestamp: string): number {
  if (timestamp.charCodeAt(SECONDS_END) !== DOT) return SECONDS_END;
  let at = SECONDS_END + 1;
  // Bounded: past the end charCodeAt is NaN, and NaN >>> 0 is 0, a "digit".
  while (at < timestamp.length && (timestamp.charCodeAt(at) - ZERO) >>> 0 <= 9) at++;
  return at;
}

function hasNonZeroFraction(timestamp: string, offsetStart: number): boolean {
  for (let at = SECONDS_END + 1; at < offsetStart; at++) if (timestamp.charCodeAt(at) !== ZERO) return true;
  return false;
}

/** `Z` and `-00:00` both render as `+00:00`. */
function rendersAsUtc(timestamp: string, offsetStart: number): boolean {
  const sign = timestamp.charCodeAt(offsetStart);
  if (sign === UPPER_Z) return true;
  return (
    sign === DASH &&
    timestamp.charCodeAt(offsetStart + 1) === ZERO &&
    timestamp.charCodeAt(offsetStart + 2) === ZERO &&
    timestamp.charCodeAt(offsetStart + 4) === ZERO &&
    timestamp.charCodeAt(offsetStart + 5) === ZERO
  );
}

/**
 * One rendered timestamp key seen from its 20th code unit on (after
 * `YYYY-MM-DDTHH:MM:SS`): `.ffffff` when the fraction is non-zero, then the
 * offset (none for a naive timestamp).
 */
class KeyTail {
  private readonly timestamp: string;
  private readonly offsetStart: number;
  private readonly fraction: boolean;
  private readonly utc: boolean;
  /** Length of the rendered offset: 6, or 0 for a naive timestamp. */
  private readonly offsetLength: number;

  constructor(timestamp: string) {
    const offsetStart = offsetStartOf(timestamp);
    this.timestamp = timestamp;
    this.offsetStart = offsetStart;
    this.fraction = hasNonZeroFraction(timestamp, offsetStart);
    this.utc = rendersAsUtc(timestamp, offsetStart);
    this.offsetLength = offsetStart === timestamp.length ? 0 : OFFSET_LENGTH;
  }

  /** Code unit at `position` of the tail, or `END`. */
  codeAt(position: number): number {
    let at = position;
    if (this.fraction) {
      if (at === 0) return DOT;
      if (at <= FRACTION_DIGITS) {
        const source = SECONDS_END + at;
        // Python pads the microseconds with zeros on the right.
        return source < this.offsetStart ? this.timestamp.charCodeAt(source) : ZERO;
      }
      at -= FRACTION_DIGITS + 1;
    }
    if (at >= this.offsetLength) return END;
    return this.utc ? UTC_OFFSET.charCodeAt(at) : this.timestamp.charCodeAt(this.offsetStart + at);
  }
}

/**
 * `Math.sign` of comparing `timestampKey(a)` with `timestampKey(b)` by code
 * units, for two timestamps already checked against the grammar.
 */
export function compareTimestampKeys(a: string, b: string): number {
  // The usual case: both in UTC with `Z` and as many fractional digits. The
  // keys then order like the strings (an all-zero fraction, dropped from its
  // key, is also the smallest one on the wire), compared natively.
  const length = a.length;
  if (length === b.length && a.charCodeAt(length - 1) === UPPER_Z && b.charCodeAt(length - 1) === UPPER_Z) {
    if (a === b) return 0;
    return a < b ? -1 : 1;
  }
  for (let at = 0; at < SECONDS_END; at++) {
    const difference = a.charCodeAt(at) - b.charCodeAt(at);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  const tailA = new KeyTail(a);
  const tailB = new KeyTail(b);
  for (let position = 0; ; position++) {
    const codeA = tailA.codeAt(position);
    const codeB = tailB.codeAt(position);
    if (codeA !== codeB) return codeA < codeB ? -1 : 1;
    if (codeA === END) return 0;
  }
}
