import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serialiseJsonSchema } from "@sk/event-envelope";
import type { CommandContext } from "../cli/command-context.js";
import { CliExit, EXIT } from "../cli/exit-codes.js";
import { allSchemaFiles } from "../domains/registry.js";

/** `sk-events schemas --out DIR`: writes the envelope's and every domain's JSON Schema files. */
export async function schemasCommand(context: CommandContext, dir: string): Promise<void> {
  const files = allSchemaFiles();
  try {
    mkdirSync(dir, { recursive: true });
    for (const { file, document } of files) writeFileSync(join(dir, file), serialiseJsonSchema(document));
  } catch (error) {
    throw new CliExit(EXIT.usage, `cannot write to ${dir}: ${(error as Error).message}`);
  }
  context.io.stdout.write(`wrote ${files.length} JSON Schema files to ${dir}\n`);
}
