import { statSync } from "node:fs";
import { CliExit, EXIT } from "../cli/exit-codes.js";
import type { CliIo } from "../cli/cli-io.js";
import { fileInput, type LogInput } from "./open-input.js";
import { stdinInput } from "./stdin-input.js";

/**
 * The log named on the command line: `-` is standard input (copied to
 * `spoolPath` when given, so it can be read twice); anything else must be
 * a readable file, else a usage error (exit 2) says why.
 */
export function resolveInput(path: string, io: CliIo, spoolPath?: string): LogInput {
  if (path === "-") return stdinInput(io.stdin, spoolPath);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new CliExit(EXIT.usage, `cannot read ${path}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliExit) throw error;
    throw new CliExit(EXIT.usage, `cannot read ${path}: ${(error as Error).message}`);
  }
  return fileInput(path, size);
}
