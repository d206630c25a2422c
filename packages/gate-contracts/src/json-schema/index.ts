export * from "./gate-json-schemas.js";
