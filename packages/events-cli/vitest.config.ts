import { packageTestConfig } from "../../vitest.shared.ts";

// The bin is a small wrapper around src/cli/run.ts (tested in-process);
// it runs as a child process in its own test, where coverage is not collected.
export default packageTestConfig({ exclude: ["src/bin/**"] });
