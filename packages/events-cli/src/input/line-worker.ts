// The worker thread of `readLinesInWorker`: reads the file named in
// `workerData` and posts its lines to the main thread, in file order or
// in lamport clock order.
import { parentPort, workerData } from "node:worker_threads";
import { postLines } from "./line-reader.js";
import { postSortedLines } from "./sorted-lines.js";

const { path, sorted } = workerData as { path: string; sorted: boolean };
await (sorted ? postSortedLines : postLines)(parentPort!, path);
