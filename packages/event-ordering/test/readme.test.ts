import { fileURLToPath } from "node:url";
import { describeReadmeExamples } from "../../../scripts/describe-markdown-examples.ts";

// The key, dedup, reducer and error examples.
describeReadmeExamples(fileURLToPath(new URL("..", import.meta.url)), 4);
