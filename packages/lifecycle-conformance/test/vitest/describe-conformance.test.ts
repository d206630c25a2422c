// The helper as a consumer uses it: the whole suite, registered in this file.
import { describeLifecycleConformance } from "../../src/vitest/index.js";

describeLifecycleConformance({ title: "shipped fixtures through the @sk reducers" });
