import { describe, expect, it } from "vitest";
import { processIo } from "../../src/cli/cli-io.ts";
import { fileInput } from "../../src/input/open-input.ts";

describe("processIo", () => {
  it("is the process's own streams and environment", () => {
    expect(processIo()).toEqual({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
  });
});

describe("fileInput", () => {
  it("knows its size, and how much was read once opened", () => {
    const input = fileInput("/dev/null", 0);
    expect(input.bytesRead()).toBeUndefined();
    input.open().destroy();
    expect(input.bytesRead()).toBe(0);
  });
});
