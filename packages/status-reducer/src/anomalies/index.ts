export { UNKNOWN_WP_ID } from "./anomaly.js";
