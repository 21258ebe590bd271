/**
 * `ingest --server`: sends the input files to a running server in batches under its limits
 * (files and decoded bytes per request), named by their paths below the inputs' common folder so
 * that two files of one name in different folders stay apart. A busy server (409) is retried with
 * backoff, a batch refused as too large (413) is split, and each batch is reported as it goes.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from "../../server/services/ingest-service.ts";
import type { IngestSummary, SkippedFile } from "../pipeline.ts";
import { listInputFiles } from "../read/list-files.ts";

export interface UploadFile {
  path: string;
  /** The name sent (and recorded as the articles' file): the path below the common folder. */
  name: string;
  bytes: number;
}

export interface UploadOptions {
  server: string;
  token: string | null;
  /** Most files per request (default the server's MAX_UPLOAD_FILES). */
  maxFiles?: number;
  /** Most decoded bytes per request (default the server's MAX_UPLOAD_BYTES). */
  maxBytes?: number;
  /** First wait after a 409, doubled on each retry up to `maxDelayMs` (default 500). */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Give up when the server stays busy this long (default 10 minutes). */
  busyTimeoutMs?: number;
  /** Progress lines (default: standard error). */
  log?: (line: string) => void;
}

/** Upload names: each file's path below the folder common to all of them, with `/` separators. */
export function uploadNames(files: string[]): Map<string, string> {
  const abs = files.map((f) => path.resolve(f));
  let common = abs[0] ? path.dirname(abs[0]) : "";
  const outside = (f: string) => {
    const rel = path.relative(common, f);
    return rel === ".." || rel.startsWith(`..${path.sep}`);
  };
  for (const f of abs) {
    while (common && outside(f)) {
      const up = path.dirname(common);
      if (up === common) break;
      common = up;
    }
  }
  const out = new Map<string, string>();
  files.forEach((f, i) => {
    out.set(f, path.relative(common, abs[i]!).split(path.sep).join("/"));
  });
  return out;
}

/** Splits files into batches of at most `maxFiles` files and `maxBytes` bytes (a bigger file goes alone). */
export function planBatches(files: UploadFile[], maxFiles: number, maxBytes: number): UploadFile[][] {
  const batches: UploadFile[][] = [];
  let current: UploadFile[] = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length > 0 && (current.length >= maxFiles || bytes + f.bytes > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += f.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export class UploadError extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface BatchResult {
  summaries: IngestSummary[];
  /** Files the server would not take (a single file over its request limit). */
  refused: SkippedFile[];
}

async function post(opts: UploadOptions, batch: UploadFile[]): Promise<Response> {
  const files = await Promise.all(
    batch.map(async (f) => ({ name: f.name, contentBase64: (await readFile(f.path)).toString("base64") })),
  );
  return fetch(new URL("/api/ingest", opts.server), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    body: JSON.stringify({ files }),
  });
}

/** Sends one batch: retries while the server is busy, splits it when refused as too large. */
async function sendBatch(
  opts: UploadOptions,
  batch: UploadFile[],
  log: (l: string) => void,
): Promise<BatchResult> {
  const firstDelay = opts.firstDelayMs ?? 500;
  const maxDelay = opts.maxDelayMs ?? 15_000;
  const busyUntil = Date.now() + (opts.busyTimeoutMs ?? 600_000);
  let delay = firstDelay;
  for (;;) {
    const res = await post(opts, batch);
    const body = (await res.json().catch(() => ({}))) as IngestSummary & { message?: string };
    if (res.ok) return { summaries: [body], refused: [] };
    if (res.status === 409) {
      if (Date.now() + delay > busyUntil)
        throw new UploadError("the server stayed busy with another ingest; run the command again later");
      log(`ingest: the server is busy with another ingest; retrying in ${(delay / 1000).toFixed(1)} s`);
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelay);
      continue;
    }
    if (res.status === 413) {
      if (batch.length === 1)
        return {
          summaries: [],
          refused: [{ file: batch[0]!.name, reason: `too large to upload (${body.message ?? "413"})` }],
        };
      const half = Math.ceil(batch.length / 2);
      log(`ingest: the server refused ${batch.length} files as too large; sending them in two halves`);
      const a = await sendBatch(opts, batch.slice(0, half), log);
      const b = await sendBatch(opts, batch.slice(half), log);
      return { summaries: [...a.summaries, ...b.summaries], refused: [...a.refused, ...b.refused] };
    }
    if (res.status === 401 || res.status === 403)
      throw new UploadError(
        `server answered ${res.status}: ${body.message ?? res.statusText}. Set LAOMO_TOKEN to the server's write token ` +
          "(a local server keeps it in <LAOMO_DATA_DIR>/token)",
      );
    throw new UploadError(`server answered ${res.status}: ${body.message ?? res.statusText}`);
  }
}

/** One summary for the whole upload: counts added up, the graph as the last batch left it. */
function mergeSummaries(parts: IngestSummary[], ms: number): IngestSummary {
  const last = parts.at(-1);
  return {
    files: parts.reduce((n, p) => n + p.files, 0),
    articles: parts.reduce((n, p) => n + p.articles, 0),
    graphArticles: last?.graphArticles ?? 0,
    nodes: last?.nodes ?? 0,
    rels: last?.rels ?? 0,
    warnings: parts.flatMap((p) => p.warnings ?? []),
    skipped: parts.flatMap((p) => p.skipped ?? []),
    ignored: parts.flatMap((p) => p.ignored ?? []),
    mergeLog: last?.mergeLog ?? [],
    dryRun: false,
    ms,
    ...(last && "corrections" in last ? { corrections: last.corrections } : {}),
  } as IngestSummary;
}

/** Sends the files under `paths` to the server in batches and sums up what it answered. */
export async function uploadPaths(paths: string[], opts: UploadOptions): Promise<IngestSummary> {
  const started = performance.now();
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const maxFiles = opts.maxFiles ?? MAX_UPLOAD_FILES;
  const maxBytes = opts.maxBytes ?? MAX_UPLOAD_BYTES;
  const listed = await listInputFiles(paths);
  const names = uploadNames(listed.files);
  const files: UploadFile[] = [];
  const refused: SkippedFile[] = [];
  for (const f of listed.files) {
    const bytes = (await stat(f)).size;
    const name = names.get(f) ?? path.basename(f);
    if (bytes > maxBytes)
      refused.push({ file: name, reason: `${bytes} bytes, more than the server takes (${maxBytes})` });
    else files.push({ path: f, name, bytes });
  }
  const batches = planBatches(files, maxFiles, maxBytes);
  const summaries: IngestSummary[] = [];
  let sent = 0;
  for (const [i, batch] of batches.entries()) {
    const r = await sendBatch(opts, batch, log);
    summaries.push(...r.summaries);
    refused.push(...r.refused);
    sent += batch.length;
    log(`ingest: batch ${i + 1}/${batches.length} done (${sent}/${files.length} files)`);
  }
  const merged = mergeSummaries(summaries, Math.round(performance.now() - started));
  return {
    ...merged,
    skipped: [...listed.skipped, ...refused, ...merged.skipped],
    ignored: [...listed.ignored, ...merged.ignored],
  };
}
