/** Orders strings by UTF-16 code units (not by locale), as every list of the output is ordered. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
