// A char-code scan of ULID_PATTERN, for the hot paths (checking large
// logs), that also yields the canonical (upper-case) id in the same pass.
// A property test checks that it accepts exactly what the pattern accepts.

const ULID_LENGTH = 26;
const ZERO = 48;
/** The first character is `0`-`7` (a 48-bit time in 26 base32 digits). */
const MAX_FIRST_DIGIT = 7;
const CANONICAL = 1;
const LOWER_CASE = 2;
const INVALID = 4;
const ASCII_END = 128;

/** Per ASCII code unit: a Crockford digit in canonical case, one in lower case, or neither. */
const DIGIT_CLASS = ((): Uint8Array => {
  const table = new Uint8Array(ASCII_END).fill(INVALID);
  for (const char of "0123456789ABCDEFGHJKMNPQRSTVWXYZ") {
    table[char.charCodeAt(0)] = CANONICAL;
    if (char >= "A") table[char.toLowerCase().charCodeAt(0)] = LOWER_CASE;
  }
  return table;
})();

/** What `ulidCase` finds: not a ULID, a ULID in canonical (upper) case, one with lower case. */
export const NOT_ULID = -1;
export const UPPER_CASE_ULID = 0;
export const LOWER_CASE_ULID = 1;

/** Whether `id` matches `ULID_PATTERN`, and if so whether it has lower case. */
export function ulidCase(id: string): number {
  if (id.length !== ULID_LENGTH || (id.charCodeAt(0) - ZERO) >>> 0 > MAX_FIRST_DIGIT) return NOT_ULID;
  let seen = 0;
  for (let at = 1; at < ULID_LENGTH; at++) {
    const code = id.charCodeAt(at);
    seen |= code < ASCII_END ? DIGIT_CLASS[code]! : INVALID;
  }
  if (seen >= INVALID) return NOT_ULID;
  return seen === CANONICAL ? UPPER_CASE_ULID : LOWER_CASE_ULID;
}

/**
 * The canonical form of `id` (`id.toUpperCase()`, or `id` itself when it is
 * already upper case) when it matches `ULID_PATTERN`, else `undefined`.
 */
export function canonicalUlid(id: string): string | undefined {
  const found = ulidCase(id);
  if (found === NOT_ULID) return undefined;
  return found === UPPER_CASE_ULID ? id : id.toUpperCase();
}

/** `id` when it matches `ULID_PATTERN` (in either case), else `undefined`. */
export function matchedUlid(id: string): string | undefined {
  return ulidCase(id) === NOT_ULID ? undefined : id;
}
