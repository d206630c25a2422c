import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineInterface } from "../../src/input/line-reader.ts";
import { LineSplitter } from "../../src/input/line-splitter.ts";

/** Pieces of text that end lines in every way readline knows, with characters of 1 to 4 UTF-8 bytes. */
const piece = fc.constantFrom("a", "{}", "", "\r", "\n", "\r\n", "\n\n", "\r\r", "é", "€", "😀", "\uFEFF", "  ");

async function readlineLines(chunks: readonly Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of lineInterface(Readable.from(chunks, { objectMode: false }))) lines.push(line);
  return lines;
}

function splitterLines(chunks: readonly Buffer[]): string[] {
  const splitter = new LineSplitter();
  const lines: string[] = [];
  for (const batch of [...chunks.map((chunk) => splitter.push(chunk)), splitter.end()]) {
    if (batch === undefined) continue;
    for (let at = 0; at < batch.bounds.length; at += 2) lines.push(batch.text.slice(batch.bounds[at], batch.bounds[at + 1]));
  }
  return lines;
}

describe("LineSplitter", () => {
  it("splits any text, cut into chunks anywhere (inside a character or a CRLF too), as readline does", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), async (pieces, cuts) => {
        const bytes = Buffer.from(pieces.join(""));
        const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((start, index) => bytes.subarray(start, at[index] ?? bytes.length));
        expect(splitterLines(chunks)).toEqual(await readlineLines(chunks.filter((chunk) => chunk.length > 0)));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a CR that ends a chunk waiting for the LF that may start the next, even across an empty chunk", () => {
    expect(splitterLines([Buffer.from("a\r"), Buffer.alloc(0), Buffer.from("\nb\n")])).toEqual(["a", "b"]);
    expect(splitterLines([Buffer.from("a\r"), Buffer.from("b")])).toEqual(["a", "b"]);
  });
});
