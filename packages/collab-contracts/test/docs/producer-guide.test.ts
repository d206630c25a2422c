import { fileURLToPath } from "node:url";
import { describeMarkdownExamples } from "../../../../scripts/describe-markdown-examples.ts";

describeMarkdownExamples(fileURLToPath(new URL("../../", import.meta.url)), fileURLToPath(new URL("../../../../docs/producer-guide.md", import.meta.url)), 3);
