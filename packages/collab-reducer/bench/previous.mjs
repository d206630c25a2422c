// Figures of the previous live reducer (main before issue 12), measured with
// `node --expose-gc bench/live.mjs --impl <old dist>`; see bench/README.md.
export const PREVIOUS = { label: "not measured yet", figures: {} };
