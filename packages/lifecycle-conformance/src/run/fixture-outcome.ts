/** The result of one fixture: passed, or failed with a one-line reason and an expected-vs-actual diff. */
export type FixtureOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly diff: string };
