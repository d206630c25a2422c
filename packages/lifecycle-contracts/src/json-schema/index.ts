export * from "./lifecycle-json-schemas.js";
