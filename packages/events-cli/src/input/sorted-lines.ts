import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { LinePort } from "./line-reader.js";
import { lineBounds } from "./line-splitter.js";

/** Bytes read at a time while scanning the file. */
const SCAN_BYTES = 1 << 20;
/** Bytes of sorted lines gathered at a time (two such windows are held). */
const WINDOW_BYTES = 64 << 20;
/** Bytes of lines per batch posted. */
const BATCH_BYTES = 1 << 16;
/** Batches posted but not yet acknowledged; sending pauses beyond this. */
const MAX_IN_FLIGHT = 8;
/** Clock ranges up to this many buckets per line (plus a constant) are counting-sorted. */
const COUNTING_RANGE_PER_LINE = 2;
const COUNTING_RANGE_EXTRA = 1024;

const NEEDLE = Buffer.from('"lamport_clock":');
const LF = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;
const WHITESPACE = new Set([0x20, 0x09, LF, 0x0b, 0x0c]);

/** Where each line of a file is, and the lamport clock its text names (-1 when none is found). */
interface LineIndex {
  readonly count: number;
  readonly offsets: Float64Array;
  readonly lengths: Int32Array;
  readonly clocks: Float64Array;
}

/** The clock named by the digits at `at` (up to `end`), or -1 when there are none. */
function clockAt(buffer: Buffer, at: number, end: number): number {
  let clock = -1;
  for (let digit = at; digit < end; digit++) {
    const code = buffer[digit]! - 0x30;
    if (code < 0 || code > 9) break;
    clock = (clock === -1 ? 0 : clock * 10) + code;
  }
  return clock;
}

/** Whether the file's first non-blank byte (after a BOM) opens an object: a JSON Lines log, not an array. */
function opensObject(head: Buffer): boolean {
  let at = head[0] === BOM[0] && head[1] === BOM[1] && head[2] === BOM[2] ? 3 : 0;
  while (at < head.length && WHITESPACE.has(head[at]!)) at++;
  return head[at] === 0x7b;
}

class Growable {
  offsets = new Float64Array(1 << 16);
  lengths = new Int32Array(1 << 16);
  clocks = new Float64Array(1 << 16);
  count = 0;

  push(offset: number, length: number, clock: number): void {
    if (this.count === this.offsets.length) {
      const grow = <T extends Float64Array | Int32Array>(array: T, bigger: T): T => {
        bigger.set(array);
        return bigger;
      };
      this.offsets = grow(this.offsets, new Float64Array(this.count * 2));
      this.lengths = grow(this.lengths, new Int32Array(this.count * 2));
      this.clocks = grow(this.clocks, new Float64Array(this.count * 2));
    }
    this.offsets[this.count] = offset;
    this.lengths[this.count] = length;
    this.clocks[this.count++] = clock;
  }
}

/**
 * Indexes an uncompressed JSON Lines file split by `\n` only: each line's
 * place and the clock its text names. `undefined` when the file is gzip,
 * has a `\r`, or does not start with an object (those are read in file
 * order).
 */
export function indexLines(fd: number, size: number): LineIndex | undefined {
  const buffer = Buffer.allocUnsafe(SCAN_BYTES);
  const index = new Growable();
  let position = 0;
  let carried = 0;
  while (position < size) {
    const read = readSync(fd, buffer, carried, buffer.length - carried, position);
    if (read === 0) break;
    const end = carried + read;
    const base = position - carried;
    // A gzip file starts with 0x1f: not an object either.
    if (position === 0 && !opensObject(buffer.subarray(0, end))) return undefined;
    const cr = buffer.indexOf(CR, carried);
    if (cr !== -1 && cr < end) return undefined;
    let start = 0;
    // The next `"lamport_clock":` at or after `start`, searched again only once passed (each byte is searched once).
    let needle = -1;
    for (let newline = buffer.indexOf(LF, start); newline !== -1 && newline < end; newline = buffer.indexOf(LF, start)) {
      if (needle < start) {
        needle = buffer.indexOf(NEEDLE, start);
        if (needle === -1 || needle >= end) needle = end;
      }
      index.push(base + start, newline - start, needle < newline ? clockAt(buffer, needle + NEEDLE.length, newline) : -1);
      start = newline + 1;
    }
    position += read;
    carried = end - start;
    if (carried === buffer.length) return undefined;
    buffer.copy(buffer, 0, start, end);
  }
  if (carried > 0) {
    const needle = buffer.subarray(0, carried).indexOf(NEEDLE);
    index.push(position - carried, carried, needle === -1 ? -1 : clockAt(buffer, needle + NEEDLE.length, carried));
  }
  return { count: index.count, offsets: index.offsets, lengths: index.lengths, clocks: index.clocks };
}

/** Line indices by clock (lines without one first), stably: a counting sort when the clocks are dense. */
export function clockOrder(clocks: Float64Array, count: number): Uint32Array {
  let max = -1;
  for (let line = 0; line < count; line++) if (clocks[line]! > max) max = clocks[line]!;
  const order = new Uint32Array(count);
  for (let line = 0; line < count; line++) order[line] = line;
  const range = max + 2;
  if (range > count * COUNTING_RANGE_PER_LINE + COUNTING_RANGE_EXTRA) return order.sort((a, b) => clocks[a]! - clocks[b]! || a - b);
  const starts = new Int32Array(range + 1);
  for (let line = 0; line < count; line++) starts[clocks[line]! + 2]!++;
  for (let bucket = 1; bucket <= range; bucket++) starts[bucket]! += starts[bucket - 1]!;
  for (let line = 0; line < count; line++) order[starts[clocks[line]! + 1]!++] = line;
  return order;
}

/**
 * The worker's side of a read in lamport clock order: indexes the file,
 * then posts its lines in batches sorted by the clock each names, with
 * their line numbers, then `{ end: true }`; or `{ unsortable: true }`
 * when the file cannot be read this way, or `{ error }`. Memory: the
 * index (about 30 bytes a line) and two windows of `windowBytes`. The order is
 * a hint taken from the text (the reader parses and checks every line
 * itself); it lets a log written in any order stream through a live
 * reducer as a canonical one does.
 */
export async function postSortedLines(port: LinePort, path: string, windowBytes = WINDOW_BYTES): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    return port.postMessage({ error: { message, code } });
  }
  try {
    const index = indexLines(fd, fstatSync(fd).size);
    if (index === undefined) return port.postMessage({ unsortable: true });
    await postInOrder(port, fd, index, clockOrder(index.clocks, index.count), windowBytes);
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    port.postMessage({ error: { message, code } });
  } finally {
    closeSync(fd);
  }
}

/**
 * The sorted lines of one window (a run of the order up to `WINDOW_BYTES`),
 * gathered into `buffer` in order, each followed by `\n`, by reading the
 * file forward from one of the window's lines to the next, a chunk at a
 * time (`step`), so that the work can be spread between batches posted.
 */
class Window {
  readonly #fd: number;
  readonly #index: LineIndex;
  /** The window's lines in file order. */
  readonly #lines: Uint32Array;
  /** Where each line goes in `buffer` (indexed by line; shared by the windows, each sets its own lines). */
  readonly #targets: Float64Array;
  readonly #chunk: Buffer;
  #next = 0;
  readonly buffer: Buffer;

  constructor(fd: number, index: LineIndex, ranks: Uint32Array, buffer: Buffer, shared: { readonly targets: Float64Array; readonly chunk: Buffer }) {
    this.#fd = fd;
    this.#index = index;
    this.#targets = shared.targets;
    this.#chunk = shared.chunk;
    this.buffer = buffer;
    let at = 0;
    for (const line of ranks) {
      this.#targets[line] = at;
      at += index.lengths[line]! + 1;
    }
    this.#lines = ranks.slice().sort();
  }

  get filled(): boolean {
    return this.#next === this.#lines.length;
  }

  /** Reads one chunk from the next line on, copying every window line it holds in place. */
  step(): void {
    const { offsets, lengths } = this.#index;
    const start = offsets[this.#lines[this.#next]!]!;
    // Lines are shorter than a chunk (`indexLines`), so the first one always fits.
    const read = readSync(this.#fd, this.#chunk, 0, this.#chunk.length, start);
    for (; this.#next < this.#lines.length; this.#next++) {
      const line = this.#lines[this.#next]!;
      const from = offsets[line]! - start;
      const length = lengths[line]!;
      if (from + length > read) break;
      const target = this.#targets[line]!;
      this.#chunk.copy(this.buffer, target, from, from + length);
      this.buffer[target + length] = LF;
    }
  }

  fill(): void {
    while (!this.filled) this.step();
  }
}

/** Where each window of the order ends: a run of lines of up to `WINDOW_BYTES` (or one longer line). */
function windowEnds(index: LineIndex, order: Uint32Array, windowBytes: number): number[] {
  const ends: number[] = [];
  let bytes = 0;
  for (let rank = 0; rank < index.count; rank++) {
    const length = index.lengths[order[rank]!]! + 1;
    if (bytes > 0 && bytes + length > windowBytes) {
      ends.push(rank);
      bytes = 0;
    }
    bytes += length;
  }
  ends.push(index.count);
  return ends;
}

async function postInOrder(port: LinePort, fd: number, index: LineIndex, order: Uint32Array, windowBytes: number): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | undefined;
  port.on("message", (handled) => {
    inFlight -= handled;
    wake?.();
  });
  const ends = windowEnds(index, order, windowBytes);
  let size = windowBytes;
  for (let line = 0; line < index.count; line++) size = Math.max(size, index.lengths[line]! + 1);
  const buffers = [Buffer.allocUnsafe(size), ends.length > 1 ? Buffer.allocUnsafe(size) : Buffer.alloc(0)];
  const shared = { targets: new Float64Array(index.count), chunk: Buffer.allocUnsafe(SCAN_BYTES) };
  const windowAt = (at: number): Window | undefined =>
    at < ends.length ? new Window(fd, index, order.subarray(at === 0 ? 0 : ends[at - 1]!, ends[at]!), buffers[at % 2]!, shared) : undefined;
  let current = windowAt(0)!;
  current.fill();
  let bytesRead = 0;
  for (let at = 0; at < ends.length; at++) {
    const next = windowAt(at + 1);
    let rank = at === 0 ? 0 : ends[at - 1]!;
    let offset = 0;
    while (rank < ends[at]!) {
      // While the main thread is busy, gather the next window a chunk at a time.
      while (inFlight >= MAX_IN_FLIGHT) {
        if (next !== undefined && !next.filled) {
          next.step();
          await new Promise((resolve) => setImmediate(resolve));
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
      const start = offset;
      const numbers: number[] = [];
      while (rank < ends[at]! && offset - start < BATCH_BYTES) {
        const line = order[rank++]!;
        offset += index.lengths[line]! + 1;
        numbers.push(line + 1);
      }
      bytesRead += offset - start;
      const text = current.buffer.toString("utf8", start, offset);
      const lines = Int32Array.from(numbers);
      const bounds = lineBounds(text);
      port.postMessage({ text, bounds, lines, bytesRead }, [bounds.buffer as ArrayBuffer, lines.buffer as ArrayBuffer]);
      inFlight++;
    }
    if (next !== undefined) {
      next.fill();
      current = next;
    }
  }
  port.postMessage({ end: true });
}
