export * from "./collaboration-json-schemas.js";
