export type * from "./reduced-state.js";
