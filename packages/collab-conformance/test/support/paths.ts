import { fileURLToPath } from "node:url";

/** This package's directory. */
export const packageDir = fileURLToPath(new URL("../../", import.meta.url));
/** The repository's source fixtures (the copy shipped in the package must equal it). */
export const sourceFixturesDir = fileURLToPath(new URL("../../../../fixtures/", import.meta.url));
/** The copy inside the package, made by `pnpm build`. */
export const packagedFixturesDir = fileURLToPath(new URL("../../fixtures/", import.meta.url));
