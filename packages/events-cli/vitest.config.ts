import { packageTestConfig } from "../../vitest.shared.ts";

// The bin is a small wrapper around src/cli/run.ts (tested in-process);
// it runs as a child process in its own test, where coverage is not
// collected. The same holds for the line worker's entry (a call of
// postLines, tested in-process), which runs in a worker thread.
export default packageTestConfig({ exclude: ["src/bin/**", "src/input/line-worker.ts"] });
