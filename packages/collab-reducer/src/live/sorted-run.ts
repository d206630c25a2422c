/** The index of `id` in `run[from..]` (strictly increasing ids), or -1: a binary search. */
export function indexInRun(run: readonly string[], from: number, id: string): number {
  let low = from;
  let high = run.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const probe = run[middle]!;
    if (probe === id) return middle;
    if (probe < id) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
