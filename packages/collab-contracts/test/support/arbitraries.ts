import type { TSchema } from "@sinclair/typebox";
import { OFFSET_TIMESTAMP_PATTERN } from "@sk/event-envelope";
import fc from "fast-check";

type JsonSchema = Readonly<Record<string, unknown>>;

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** RFC 3339 timestamps (`bound_at`): 0-6 fractional digits, `Z` or `±HH:MM`. */
export const timestampArbitrary: fc.Arbitrary<string> = fc
  .record({
    date: fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
    fraction: fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 6 }),
    offset: fc.oneof(
      fc.constant("Z"),
      fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  })
  .map(({ date, fraction, offset }) => `${date.toISOString().slice(0, 19)}${fraction === "" ? "" : `.${fraction}`}${offset}`);

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema["pattern"] === OFFSET_TIMESTAMP_PATTERN) return timestampArbitrary;
  if (schema["pattern"] !== undefined) throw new Error(`no arbitrary for pattern ${String(schema["pattern"])}`);
  return fc.string({ minLength: (schema["minLength"] as number | undefined) ?? 0, maxLength: 12 });
}

function objectArbitrary(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema["properties"] as Record<string, JsonSchema>;
  const required = (schema["required"] as string[] | undefined) ?? [];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) model[key] = jsonSchemaArbitrary(property);
  const known = fc.record(model, { requiredKeys: required });
  // Extra fields are allowed by every schema: add some, never shadowing a known one.
  const extra = fc.dictionary(
    fc.string({ maxLength: 8 }).filter((key) => !Object.hasOwn(properties, key)),
    fc.jsonValue({ maxDepth: 1 }),
    { maxKeys: 2 },
  );
  return fc.tuple(known, extra).map(([fields, extras]) => ({ ...extras, ...fields }));
}

/**
 * An arbitrary of values valid for a (plain JSON) schema built from the
 * keywords this package uses: object, string (minLength, the timestamp
 * pattern), array (minItems), const, null and anyOf. Any other keyword
 * makes it throw, so a new kind of field cannot go untested.
 */
export function jsonSchemaArbitrary(schema: TSchema | JsonSchema): fc.Arbitrary<unknown> {
  const plain = schema as JsonSchema;
  if (Array.isArray(plain["anyOf"])) return fc.oneof(...(plain["anyOf"] as JsonSchema[]).map(jsonSchemaArbitrary));
  if (plain["const"] !== undefined) return fc.constant(plain["const"]);
  switch (plain["type"]) {
    case "string":
      return stringArbitrary(plain);
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(jsonSchemaArbitrary(plain["items"] as JsonSchema), { minLength: plain["minItems"] as number, maxLength: 4 });
    case "object":
      return objectArbitrary(plain);
    default:
      throw new Error(`no arbitrary for schema ${JSON.stringify(plain)}`);
  }
}

type Path = readonly (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

function mutateAt(value: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/**
 * Values derived from valid ones by one change somewhere inside: a field
 * removed, or replaced by an arbitrary JSON value (often invalid, sometimes
 * still valid; tests compare verdicts, they do not assume invalidity).
 */
export function mutatedArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("", null, [], {}, 0)), fc.boolean())
    .map(([value, index, replacement, remove]) => {
      const paths = pathsOf(value);
      if (paths.length === 0) return replacement;
      return mutateAt(value, paths[index % paths.length]!, replacement, remove);
    });
}
