/** mulberry32, a small seeded pseudo-random source: the same numbers in [0, 1) on every run. */
export declare function seededRandom(seed: number): () => number;
