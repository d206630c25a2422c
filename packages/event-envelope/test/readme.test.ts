import { fileURLToPath } from "node:url";
import { describeReadmeExamples } from "../../../scripts/describe-markdown-examples.ts";

describeReadmeExamples(fileURLToPath(new URL("..", import.meta.url)), 4);
