/**
 * Worker-thread bootstrap of the extract pool: registers the tsx loader in this thread (worker
 * threads do not inherit the parent's loader hooks on Node 20), then loads the TypeScript entry
 * named in workerData.entry (a file URL).
 */
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
