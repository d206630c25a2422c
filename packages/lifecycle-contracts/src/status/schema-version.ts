/**
 * Version of the lifecycle contract. Informational: nothing compares it
 * with an envelope's `schema_version`.
 */
export const LIFECYCLE_SCHEMA_VERSION = "2.0.0" as const;
