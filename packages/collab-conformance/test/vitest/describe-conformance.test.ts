// The two lines a consumer writes: the whole suite, registered here.
import { describeConformance } from "../../src/vitest/describe-conformance.js";

describeConformance();
describeConformance({ title: "conformance: scenarios only", kind: "scenario" });
