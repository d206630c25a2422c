import { readFileSync } from "node:fs";
import { ArgumentError } from "@sk/event-envelope/errors";
import { describe, expect, it } from "vitest";
import { compareVersions, DEVELOPMENT_VERSION, installedContractsVersion, skipReason } from "../../src/run/contracts-version.js";

describe("installedContractsVersion", () => {
  it("reads @sk/collab-contracts' package.json through its exports map", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../../collab-contracts/package.json", import.meta.url), "utf8")) as { version: string };
    expect(installedContractsVersion()).toBe(manifest.version);
  });
});

describe("compareVersions", () => {
  it("compares MAJOR.MINOR.PATCH numerically, ignoring pre-release tags", () => {
    expect(compareVersions("0.1.0", "0.1.0")).toBe(0);
    expect(compareVersions("0.2.0", "0.10.0")).toBeLessThan(0);
    expect(compareVersions("1.0.0", "0.99.99")).toBeGreaterThan(0);
    expect(compareVersions("0.1.1", "0.1.0")).toBeGreaterThan(0);
    expect(compareVersions("0.1.0-beta.1", "0.1.0")).toBe(0);
  });

  it("throws ArgumentError for something that is not a version", () => {
    expect(() => compareVersions("1.0", "1.0.0")).toThrow(ArgumentError);
  });
});

describe("skipReason", () => {
  it("runs fixtures introduced in or before the installed version", () => {
    expect(skipReason("0.1.0", "0.1.0")).toBeUndefined();
    expect(skipReason("0.1.0", "0.3.2")).toBeUndefined();
  });

  it("skips fixtures introduced later", () => {
    expect(skipReason("0.2.0", "0.1.5")).toBe("needs @sk/collab-contracts >= 0.2.0, installed 0.1.5");
  });

  it("treats the unreleased 0.0.0 workspace version as the next release: runs everything", () => {
    expect(DEVELOPMENT_VERSION).toBe("0.0.0");
    expect(skipReason("9.0.0", "0.0.0")).toBeUndefined();
  });
});
