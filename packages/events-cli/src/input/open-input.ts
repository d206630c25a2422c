import { createReadStream } from "node:fs";
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/** gzip's magic number (RFC 1952): a stream that starts with it is decompressed. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Where a log comes from: a file path, or `-` for standard input. */
export interface LogInput {
  /** The name problems are reported under: the path as given, or `-`. */
  readonly name: string;
  /** The file's path, for a file (a worker thread can open it on its own). */
  readonly path?: string | undefined;
  /** A fresh stream of the raw bytes (compressed or not). */
  open(): Readable;
  /** Bytes read so far from the last opened stream, when the source knows it (files). */
  bytesRead(): number | undefined;
  /** Total size in bytes, when known (files). */
  readonly size: number | undefined;
  /** Stops whatever the source still does in the background (copying stdin). */
  close?(): void;
}

/**
 * Reads the first bytes and returns them with a stream of all the bytes:
 * `raw` itself with the head put back, or, when `raw` ended while being
 * peeked, a new stream of what it held.
 */
async function peek(raw: Readable, length: number): Promise<{ readonly head: Buffer; readonly stream: Readable }> {
  let head = Buffer.alloc(0);
  for await (const chunk of raw.iterator({ destroyOnReturn: false })) {
    head = Buffer.concat([head, chunk as Buffer]);
    if (head.length >= length) {
      raw.unshift(head);
      return { head, stream: raw };
    }
  }
  return { head, stream: Readable.from(head.length === 0 ? [] : [head], { objectMode: false }) };
}

/**
 * The raw stream, decompressed when it is gzip (detected from its first two
 * bytes, whatever the file is called). Errors of either stream (a missing
 * file, a corrupt archive) surface on the returned stream.
 */
export async function openDecoded(raw: Readable): Promise<Readable> {
  const { head, stream } = await peek(raw, GZIP_MAGIC.length);
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) return stream;
  return pipeline(stream, createGunzip(), () => {});
}

/** A log file on disk: it can be opened again for a second pass. */
export function fileInput(path: string, size: number): LogInput {
  let current: ReturnType<typeof createReadStream> | undefined;
  return {
    name: path,
    path,
    size,
    open: () => {
      current = createReadStream(path, { highWaterMark: 1 << 20 });
      return current;
    },
    bytesRead: () => current?.bytesRead,
  };
}
