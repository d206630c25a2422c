// Writes the 17 JSON Schema files of schemas/ from the built TypeBox schemas.
// The test suite fails when a checked-in file differs from what this writes.
import { serialiseJsonSchema } from "@sk/event-envelope";
import { collaborationJsonSchemas } from "../dist/index.js";
import { writeSchemaFiles } from "../../../scripts/write-schema-files.mjs";

writeSchemaFiles(collaborationJsonSchemas(), new URL("../schemas/", import.meta.url), serialiseJsonSchema);
