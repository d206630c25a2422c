import { fileURLToPath } from "node:url";
import { describeMarkdownExamples, describeReadmeExamples } from "../../../scripts/describe-markdown-examples.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

describeReadmeExamples(packageDir, 3);
describeMarkdownExamples(packageDir, fileURLToPath(new URL("../../../docs/reducer.md", import.meta.url)), 4);
