/** Complete lines of a log as one string: line `n` is `text.slice(bounds[2n], bounds[2n + 1])`. */
export interface LineBatch {
  readonly text: string;
  readonly bounds: Int32Array;
}

const LF = 0x0a;
const CR = 0x0d;
const EMPTY = Buffer.alloc(0);

/** `[start, end)` of each line of `text`, which ends with a line ending; `\n`, `\r\n` and a lone `\r` end a line. */
export function lineBounds(text: string): Int32Array {
  const bounds: number[] = [];
  let start = 0;
  if (!text.includes("\r")) {
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      bounds.push(start, end);
      start = end + 1;
    }
  } else {
    for (const ending of text.matchAll(/\r\n|\n|\r/g)) {
      bounds.push(start, ending.index);
      start = ending.index + ending[0].length;
    }
  }
  return Int32Array.from(bounds);
}

/**
 * Splits a stream of UTF-8 bytes into lines as `readline` does (`\n`,
 * `\r\n`, also split across two chunks, or a lone `\r`; a last line
 * without an ending counts), but hands them out a chunk at a time as one
 * string with the lines' bounds: a thread that receives a batch then
 * copies one string instead of one per line. Line endings are ASCII and
 * never part of a multi-byte character, so bytes split where text would.
 */
export class LineSplitter {
  /** The bytes after the last line ending so far. */
  #pending: Buffer = EMPTY;
  /** The last chunk ended with `\r`: a `\n` that starts the next one belongs to it. */
  #afterCr = false;

  /** The lines the chunk completes, if any. */
  push(chunk: Buffer): LineBatch | undefined {
    let data = chunk;
    if (this.#afterCr && data.length > 0) {
      this.#afterCr = false;
      if (data[0] === LF) data = data.subarray(1);
    }
    if (this.#pending.length > 0) data = Buffer.concat([this.#pending, data]);
    const last = Math.max(data.lastIndexOf(LF), data.lastIndexOf(CR));
    if (last === -1) {
      this.#pending = data;
      return undefined;
    }
    this.#pending = data.subarray(last + 1);
    this.#afterCr = last === data.length - 1 && data[last] === CR;
    const text = data.toString("utf8", 0, last + 1);
    return { text, bounds: lineBounds(text) };
  }

  /** The last line, when the stream did not end with a line ending. */
  end(): LineBatch | undefined {
    if (this.#pending.length === 0) return undefined;
    const text = this.#pending.toString("utf8");
    this.#pending = EMPTY;
    return { text, bounds: Int32Array.of(0, text.length) };
  }
}
