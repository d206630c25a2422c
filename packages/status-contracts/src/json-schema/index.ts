export * from "./status-json-schemas.js";
