import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockOrder, postSortedLines } from "../../src/input/sorted-lines.ts";
import { tempDir } from "../support/events.ts";
import { linesOf, posted } from "../support/line-port.ts";

/** A line of a log: an event naming a clock, one naming none, a blank one, or text that is not JSON. */
const line = fc.oneof(
  fc.record({ clock: fc.nat({ max: 60 }), text: fc.constantFrom("x", "é€😀", "") }).map(({ clock, text }) => JSON.stringify({ event_id: text, lamport_clock: clock })),
  fc.constant('{"lamport_clock": 5}'),
  fc.constant(""),
  fc.constant("not json"),
);

/** The lines of a file's text (a last line counts when not empty) ordered as the worker should: by the clock their text names (none first), then by line. */
function expected(content: string): { text: string; line: number }[] {
  const lines = content.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const clock = (text: string) => Number(/"lamport_clock":(\d+)/.exec(text)?.[1] ?? -1);
  return lines.map((text, at) => ({ text, line: at + 1 })).sort((a, b) => clock(a.text) - clock(b.text) || a.line - b.line);
}

describe("postSortedLines (the worker's side of a read in clock order)", () => {
  it("posts every line once, with its number, ordered by clock then line, whatever the window size", async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 40 }).map((lines) => ['{"first":1}', ...lines]), fc.boolean(), fc.integer({ min: 1, max: 300 }), async (lines, finalNewline, windowBytes) => {
        const path = join(dir, "log.jsonl");
        const content = lines.join("\n") + (finalNewline ? "\n" : "");
        writeFileSync(path, content);
        const messages = await posted((port) => postSortedLines(port, path, windowBytes));
        expect(messages.at(-1)).toEqual({ end: true });
        expect(linesOf(messages)).toEqual(expected(content));
      }),
      { numRuns: 150 },
    );
  });

  it("pauses while too many batches are unacknowledged, gathering the next window meanwhile", async () => {
    const path = join(tempDir(), "log.jsonl");
    const lines = Array.from({ length: 70_000 }, (_, at) => JSON.stringify({ lamport_clock: (at * 7919) % 70_000, pad: "x".repeat(20) }));
    writeFileSync(path, lines.join("\n"));
    const messages = await posted((port) => postSortedLines(port, path, 400_000), 1);
    expect(messages.length).toBeGreaterThan(20);
    expect(linesOf(messages)).toEqual(expected(lines.join("\n")));
    expect(messages.at(-2)).toMatchObject({ bytesRead: lines.join("\n").length + 1 });
  });

  it("says a log cannot be read in clock order: gzip, a JSON array, CR line endings, a line longer than a read", async () => {
    const dir = tempDir();
    const cases = {
      "log.gz": gzipSync('{"lamport_clock":1}\n'),
      "array.json": ' \n[{"lamport_clock":1}]\n',
      "crlf.jsonl": '{"lamport_clock":2}\n{"lamport_clock":1}\r\n',
      "long.jsonl": `{"lamport_clock":2}\n{"pad":"${"x".repeat(1_200_000)}"}\n`,
    };
    for (const [name, content] of Object.entries(cases)) {
      writeFileSync(join(dir, name), content);
      expect(await posted((port) => postSortedLines(port, join(dir, name)))).toEqual([{ unsortable: true }]);
    }
    writeFileSync(join(dir, "bom.jsonl"), '\uFEFF{"lamport_clock":2}\n{"lamport_clock":1}\n');
    expect(linesOf(await posted((port) => postSortedLines(port, join(dir, "bom.jsonl")))).map((sorted) => sorted.line)).toEqual([2, 1]);
  });

  it("posts the error of a missing file or a directory", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    expect(await posted((port) => postSortedLines(port, join(dir, "missing")))).toEqual([{ error: expect.objectContaining({ code: "ENOENT" }) }]);
    expect(await posted((port) => postSortedLines(port, join(dir, "sub")))).toEqual([{ error: expect.objectContaining({ code: "EISDIR" }) }]);
  });
});

describe("clockOrder", () => {
  it("sorts by clock then index, counting dense clocks and comparing sparse ones", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -1, max: 20 }), fc.constant(2 ** 40)), { maxLength: 30 }), (clocks) => {
        const order = [...clockOrder(Float64Array.from(clocks), clocks.length)];
        expect(order).toEqual(clocks.map((_, at) => at).sort((a, b) => clocks[a]! - clocks[b]! || a - b));
      }),
      { numRuns: 300 },
    );
  });
});
