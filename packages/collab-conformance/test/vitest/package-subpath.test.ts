// The consumer's two lines, through the published exports map (dist).
import { describeConformance } from "@sk/collab-conformance/vitest";

describeConformance({ title: "conformance via @sk/collab-conformance/vitest", kind: "scenario" });
