import fc from "fast-check";

/** A valid `GatePassed` payload. */
export const PASSED = Object.freeze({
  gate_name: "ci/test",
  gate_type: "ci",
  conclusion: "success",
  external_provider: "github",
  check_run_id: 24_117_553_901,
  check_run_url: "https://github.com/acme/checkout/runs/24117553901",
  delivery_id: "72d3162e-cc78-11e3-81ab-4c9367dc0958",
  pr_number: 42,
});

/** A valid `GateFailed` payload. */
export const FAILED = Object.freeze({ ...PASSED, conclusion: "timed_out", pr_number: null });

/** `base` with some fields changed (`undefined` removes one). */
export function withChanges(base: object, changes: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

const text = fc.string({ minLength: 1, maxLength: 8 });
const url = fc
  .tuple(fc.constantFrom("http", "https", "HTTPS"), fc.constantFrom("github.com", "127.0.0.1", "[::1]", "ghe.acme.internal"), fc.constantFrom("", ":8443"), fc.constantFrom("", "/", "/acme/runs/1?check_suite_focus=true#step:3"))
  .map(([scheme, host, port, path]) => `${scheme}://${host}${port}${path}`);

/** Valid payloads of either type (`conclusion` drawn from the type's set), with an extra key now and then. */
export function validPayloadArbitrary(conclusions: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      gate_name: text,
      gate_type: fc.constant("ci"),
      conclusion: fc.constantFrom(...conclusions),
      external_provider: fc.constant("github"),
      check_run_id: fc.oneof(fc.integer({ min: 1, max: 2 ** 31 }), fc.constant(Number.MAX_SAFE_INTEGER)),
      check_run_url: url,
      delivery_id: text,
      pr_number: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
      installation_id: fc.integer(),
    },
    { requiredKeys: ["gate_name", "gate_type", "conclusion", "external_provider", "check_run_id", "check_run_url", "delivery_id"] },
  );
}

/** One field replaced by a value that is often invalid, or removed. */
export function mutatedArbitrary(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom("", " ", null, 0, -1, 1.5, 2 ** 53, "5", true, "success", "failure", "SUCCESS", "neutral", "ftp://x", "https://", "github.com/x", "https://a b"),
  );
  return fc.tuple(valid, fc.nat(), replacement, fc.boolean()).map(([value, index, next, remove]) => {
    const keys = Object.keys(value);
    const key = keys[index % keys.length]!;
    return withChanges(value, { [key]: remove ? undefined : next });
  });
}
