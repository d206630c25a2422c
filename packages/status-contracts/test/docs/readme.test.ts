import { fileURLToPath } from "node:url";
import { describeReadmeExamples } from "../../../../scripts/readme-examples.ts";

describeReadmeExamples(fileURLToPath(new URL("../../", import.meta.url)), 3);
