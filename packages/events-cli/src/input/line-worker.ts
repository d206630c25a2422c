// The worker thread of `readLinesInWorker`: reads the file named in
// `workerData` and posts its lines to the main thread.
import { parentPort, workerData } from "node:worker_threads";
import { postLines } from "./line-reader.js";

await postLines(parentPort!, (workerData as { path: string }).path);
