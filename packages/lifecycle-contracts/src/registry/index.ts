export * from "./payload-map.js";
