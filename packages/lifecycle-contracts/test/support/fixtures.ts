import { readFileSync } from "node:fs";

/** A payload fixture of `fixtures/lifecycle/`: its manifest entry and its value. */
export interface PayloadFixture {
  readonly id: string;
  readonly event_type: string;
  readonly expected: "valid" | "invalid";
  readonly violation?: { readonly rule: string; readonly path: string };
  readonly value: unknown;
}

const dir = new URL("../../../../fixtures/lifecycle/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", dir), "utf8")) as {
  readonly fixtures: readonly (Omit<PayloadFixture, "value"> & { readonly kind: string; readonly path: string })[];
};

/** The repository's lifecycle payload fixtures: the examples every test of this package agrees on. */
export const PAYLOAD_FIXTURES: readonly PayloadFixture[] = manifest.fixtures
  .filter((entry) => entry.kind === "payload")
  .map((entry) => ({ ...entry, value: JSON.parse(readFileSync(new URL(entry.path, dir), "utf8")) as unknown }));
