import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonArraySplitter } from "../../src/input/json-array-splitter.ts";
import type { LogRecord } from "../../src/input/log-record.ts";

function split(text: string): LogRecord[] {
  const records: LogRecord[] = [];
  const splitter = new JsonArraySplitter((record) => records.push(record));
  for (const [index, line] of text.split("\n").entries()) splitter.push(line, index + 1);
  splitter.end();
  return records;
}

describe("JsonArraySplitter", () => {
  it("yields each top-level element with the line it starts on", () => {
    const text = ['[', '  {"a": 1,', '   "b": "x, ] } {"},', '  {"c": [1, 2, {"d": "\\"]"}]}', ', 3, "s", null', "]"].join("\n");
    expect(split(text)).toEqual([
      { line: 2, value: { a: 1, b: "x, ] } {" } },
      { line: 4, value: { c: [1, 2, { d: '"]' }] } },
      { line: 5, value: 3 },
      { line: 5, value: "s" },
      { line: 5, value: null },
    ]);
  });

  it("reads an empty array and one-line arrays", () => {
    expect(split("[]")).toEqual([]);
    expect(split('  [ {"a":1},{"b":2} ]  ')).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 1, value: { b: 2 } },
    ]);
  });

  it("reports a broken element with its line and goes on with the next", () => {
    const records = split(['[', '{"a": 1,}', ',', '{"b": 2}', "]"].join("\n"));
    expect(records[0]).toMatchObject({ line: 2, error: expect.stringMatching(/^not JSON: /) });
    expect(records[1]).toEqual({ line: 4, value: { b: 2 } });
  });

  it.each([
    ['[{"a":1},]', 1, "trailing comma"],
    ["[,1]", 1, "missing before ','"],
    ['[1]\n{"x":1}', 2, "after the closing"],
    ["x", 1, "expected '['"],
    ['[\n{"a":1}', 2, "not closed"],
    ["[\n", 2, "not closed"],
    ['[1,\n', 2, "not closed"],
  ])("reports structural errors: %j", (text, line, message) => {
    const errors = split(text).filter((record) => record.error !== undefined);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(line);
    expect(errors[0]!.error).toContain(message);
  });

  it("ignores everything after a structural error", () => {
    expect(split("[1]\nx\ny")).toEqual([{ line: 1, value: 1 }, { line: 2, error: expect.any(String) }]);
  });

  it("splits any pretty-printed array exactly as JSON.parse reads it", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.constantFrom(0, 1, 2, "\t"), (values, indent) => {
        const text = JSON.stringify(values, null, indent);
        const records = split(text);
        expect(records.map((record) => record.value)).toEqual(JSON.parse(text));
        // Each element starts on the line where its own text starts.
        const lines = text.split("\n");
        for (const record of records) expect(lines[record.line - 1]!.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
