import { describeReadmeExamples } from "../../../scripts/describe-markdown-examples.ts";
import { packageDir } from "./support/paths.js";

describeReadmeExamples(packageDir, 4);
