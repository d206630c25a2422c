// Writes the five JSON Schema files of schemas/ from the built TypeBox schemas.
import { serialiseJsonSchema } from "@sk/event-envelope";
import { writeSchemaFiles } from "../../../scripts/write-schema-files.mjs";
import { lifecycleJsonSchemas } from "../dist/index.js";

writeSchemaFiles(lifecycleJsonSchemas(), new URL("../schemas/", import.meta.url), serialiseJsonSchema);
