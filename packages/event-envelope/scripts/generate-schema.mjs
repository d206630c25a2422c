// Writes schemas/event.schema.json from the built TypeBox schema. The test
// suite fails when the checked-in file differs from what this produces.
import { writeFileSync } from "node:fs";
import { eventJsonSchema, serialiseJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../schemas/event.schema.json", import.meta.url), serialiseJsonSchema(eventJsonSchema()));
