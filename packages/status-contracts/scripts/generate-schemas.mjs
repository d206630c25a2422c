// Writes the JSON Schema files of schemas/ from the built TypeBox schemas.
import { statusJsonSchemas } from "../dist/index.js";
import { serialiseJsonSchema } from "@sk/event-envelope";
import { writeSchemaFiles } from "../../../scripts/write-schema-files.mjs";

writeSchemaFiles(statusJsonSchemas(), new URL("../schemas/", import.meta.url), serialiseJsonSchema);
