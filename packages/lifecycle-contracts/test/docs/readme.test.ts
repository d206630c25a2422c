import { fileURLToPath } from "node:url";
import { describeReadmeExamples } from "../../../../scripts/describe-readme-examples.ts";

describeReadmeExamples(fileURLToPath(new URL("../../", import.meta.url)));
