export type { InvalidElement } from "./invalid-element.js";
