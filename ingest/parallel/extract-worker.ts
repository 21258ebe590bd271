/**
 * Worker-thread entry of the extract pool (`extract-pool.ts`, through `worker-boot.mjs`): loads
 * the readers, jieba and the lexicons once, says ready, then reads, segments and extracts each
 * file it is sent with `extractFile`, one at a time, and answers with the result or the reason.
 * `LAOMO_TEST_INGEST_WORKER=crash:NAME|hang:NAME` (tests only) crashes or hangs this thread on
 * files whose base name contains NAME.
 */
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { IngestFileError } from "../../model/errors.ts";
import { extractFile } from "../extract-file.ts";
import { getJieba } from "../read/get-jieba.ts";
import type { ExtractJob, WorkerReply } from "./protocol.ts";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts: run it as a worker thread (extract-pool.ts)");

const hook = /^(crash|hang):(.+)$/.exec(process.env.LAOMO_TEST_INGEST_WORKER ?? "");

async function testHook(file: string): Promise<void> {
  if (!hook?.[2] || !path.basename(file).includes(hook[2])) return;
  if (hook[1] === "crash") {
    // An uncaught error outside the job's promise: the thread dies as on a real crash.
    setImmediate(() => {
      throw new Error("test hook: the extract worker crashed");
    });
    await new Promise(() => undefined);
  }
  for (;;) {
    // test hook: a file the reader never finishes
  }
}

async function handle(job: ExtractJob): Promise<WorkerReply> {
  try {
    await testHook(job.file);
    return { kind: "done", id: job.id, entry: await extractFile(job.file, job.limits, true) };
  } catch (e) {
    if (e instanceof IngestFileError) return { kind: "bad-file", id: job.id, reason: e.reason };
    const err = e instanceof Error ? e : new Error(String(e));
    return { kind: "error", id: job.id, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
  }
}

let queue: Promise<void> = Promise.resolve();
port.on("message", (job: ExtractJob) => {
  queue = queue.then(async () => port.postMessage(await handle(job)));
});
// The extractor's segmenter is built on import; the readers' one is built here, before the first file.
getJieba();
port.postMessage({ kind: "ready" } satisfies WorkerReply);
