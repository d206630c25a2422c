import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/events.ts";
import { packageDir, runCli } from "../support/run-cli.ts";

describe("sk-events schemas", () => {
  it("writes the envelope's and every domain's shipped JSON Schema files, byte for byte", async () => {
    const out = join(tempDir(), "nested", "schemas");
    const result = await runCli(["schemas", "--out", out]);
    expect(result.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(result.stdout).toBe(`wrote ${files.length} JSON Schema files to ${out}\n`);
    expect(files).toContain("event.schema.json");
    expect(files).toContain("participant_joined_payload.schema.json");
    const shipped = [
      ["event.schema.json", join(packageDir, "node_modules/@sk/event-envelope/schemas/event.schema.json")],
      ["participant_joined_payload.schema.json", join(packageDir, "node_modules/@sk/collab-contracts/schemas/participant_joined_payload.schema.json")],
    ];
    for (const [file, source] of shipped) expect(readFileSync(join(out, file!), "utf8")).toBe(readFileSync(source!, "utf8"));
  });

  it("exits 2 when the directory cannot be written, or --out is missing", async () => {
    const file = join(tempDir(), "a-file");
    writeFileSync(file, "");
    const result = await runCli(["schemas", "--out", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot write to ${file}`);
    expect((await runCli(["schemas"])).code).toBe(2);
  });
});
