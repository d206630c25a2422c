/**
 * mulberry32, a small seeded pseudo-random source: benchmarks, generated
 * test streams and the sample log make the same choices on every run.
 *
 * @param {number} seed
 * @returns {() => number} the next number in [0, 1) at each call
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
