export type { CliIo, OutputStream } from "./cli/cli-io.js";
export { EXIT, type ExitCode } from "./cli/exit-codes.js";
export { run } from "./cli/run.js";
export type { LogRecord } from "./input/log-record.js";
