// Writes the JSON Schema files of schemas/ from the built TypeBox schemas.
import { gateJsonSchemas } from "../dist/index.js";
import { serialiseJsonSchema } from "@sk/event-envelope";
import { writeSchemaFiles } from "../../../scripts/write-schema-files.mjs";

writeSchemaFiles(gateJsonSchemas(), new URL("../schemas/", import.meta.url), serialiseJsonSchema);
