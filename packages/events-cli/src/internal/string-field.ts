/** A field of a parsed JSON value when it is a string, else `null` (any value, objects or not). */
export function stringField(value: unknown, field: string): string | null {
  const found = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[field] : undefined;
  return typeof found === "string" ? found : null;
}
