/**
 * Messages between the extract pool (`extract-pool.ts`) and its worker threads
 * (`extract-worker.ts`): one file a job; the reply is the extracted file, a bad file's reason
 * (IngestFileError) or an unexpected error's message.
 */
import type { FileLimits } from "../extract-file.ts";
import type { ExtractedFile } from "../journal.ts";

/** The limits a worker can be sent (the extractor function stays in the caller's thread). */
export type WorkerLimits = Omit<FileLimits, "extract">;

export interface ExtractJob {
  id: number;
  file: string;
  limits: WorkerLimits;
}

export type WorkerReply =
  | { kind: "ready" }
  | { kind: "done"; id: number; entry: ExtractedFile }
  /** A bad file: IngestFileError's reason. */
  | { kind: "bad-file"; id: number; reason: string }
  /** Anything else that went wrong: the error's message and stack, for the caller's logs. */
  | { kind: "error"; id: number; message: string; stack?: string };
