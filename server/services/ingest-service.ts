/**
 * Ingest while the server runs: uploaded files are written to a fresh, randomly named folder
 * under `<dataDir>/uploads/` (outside the kuzu folder, hidden from the console sandbox; an
 * uploaded name may keep its folders, `2024/05/page.txt`, cleaned so it stays inside), the
 * pipeline's `ingestPaths` runs on them under their uploaded names (so no server path reaches
 * an answer or the graph), and the folder is removed afterwards, whatever happened. One ingest
 * at a time (a second request gets 409); `afterIngest` refreshes the search index and overview.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { GraphStore } from "../../cypher/store.ts";
import type {
  IngestSummary,
  ingestPaths as ingestPathsType,
  removePaths as removePathsType,
} from "../../ingest/pipeline.ts";
import { AppError, InvalidInputError } from "../../model/errors.ts";
import { rebuildLock } from "./rebuild-lock.ts";

export class IngestBusyError extends AppError {
  override readonly status = 409;
  override readonly code = "ingest_busy";
}

export class PayloadTooLargeError extends AppError {
  override readonly status = 413;
  override readonly code = "payload_too_large";
}

export type IngestPathsFn = typeof ingestPathsType;
export type RemovePathsFn = typeof removePathsType;
export type { IngestSummary };

/** The pipeline, loaded lazily so the server starts even if ingest code is broken or absent. */
export async function loadIngestPaths(): Promise<IngestPathsFn> {
  const mod = await import("../../ingest/pipeline.ts");
  return mod.ingestPaths;
}

/** The pipeline's removal, loaded lazily like `loadIngestPaths`. */
export async function loadRemovePaths(): Promise<RemovePathsFn> {
  const mod = await import("../../ingest/pipeline.ts");
  return mod.removePaths;
}

/** Decoded bytes per upload request. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Files per upload request (`ingest --server` sends larger inputs in batches under both limits). */
export const MAX_UPLOAD_FILES = 200;
/** Folder levels kept in an uploaded name (`2024/05/page-1.txt`); deeper ones keep their last levels. */
export const MAX_UPLOAD_DEPTH = 8;

const ALLOWED_EXT = new Set([".txt", ".md", ".html", ".htm", ".pdf", ".docx"]);

/** One safe path segment: only harmless characters, no leading dots ("" when nothing is left). */
function safeSegment(segment: string): string {
  return segment.replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^\.+/, "");
}

/**
 * A safe upload name: its folders are kept (so two files of one name in different folders stay
 * two names) but `.`/`..` and empty parts are dropped and every part is cleaned, so the name can
 * never leave the upload folder; only article file types are accepted.
 */
export function safeFileName(name: string): string {
  const parts = name
    .replace(/\\/g, "/")
    .split("/")
    .filter((p) => p !== "" && p !== "." && p !== "..")
    .map(safeSegment)
    .filter((p) => p !== "")
    .slice(-MAX_UPLOAD_DEPTH);
  const base = parts.at(-1);
  if (!base) throw new InvalidInputError(`Unusable file name: ${JSON.stringify(name)}`);
  const ext = path.extname(base).toLowerCase();
  if (!ALLOWED_EXT.has(ext)) {
    throw new InvalidInputError(
      `Unsupported file type ${ext || "(none)"} for ${name}; use .txt .md .html .pdf .docx`,
    );
  }
  return parts.join("/");
}

/** Refuses two uploads of one name, and a name that is also another upload's folder. */
function checkUniqueNames(names: string[]): void {
  const seen = new Set<string>();
  const folders = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new InvalidInputError(`Two uploads are named ${n}`);
    seen.add(n);
    const parts = n.split("/");
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join("/"));
  }
  for (const n of names)
    if (folders.has(n)) throw new InvalidInputError(`${n} is both an upload and another upload's folder`);
}

/** Removes upload folders left by a process that died mid-ingest (only one ingest runs at a time). */
async function removeLeftovers(root: string): Promise<void> {
  for (const name of await readdir(root).catch(() => [] as string[])) {
    await rm(path.join(root, name), { recursive: true, force: true });
  }
}

export class IngestService {
  private running = false;

  constructor(
    private readonly deps: {
      store: GraphStore;
      dataDir: string;
      ingestPaths?: IngestPathsFn;
      afterIngest: () => Promise<void>;
    },
  ) {}

  get busy(): boolean {
    return this.running;
  }

  /**
   * Takes uploaded files out of the graph by the names they were uploaded under (the journal's
   * `upload:` keys only: a name never reaches a file the server read from its own disk). Their
   * facts go, and every entity left without a fact; an unknown name is listed as skipped.
   */
  async removeUploads(names: string[]): Promise<IngestSummary> {
    if (this.running) throw new IngestBusyError("An ingest is already running; retry when it has finished");
    this.running = true;
    try {
      const clean = names.map((n) => safeFileName(n));
      checkUniqueNames(clean);
      const removePaths = await loadRemovePaths();
      return await rebuildLock(this.deps.dataDir).run(async () => {
        const summary = await removePaths(clean, {
          store: this.deps.store,
          dataDir: this.deps.dataDir,
          uploadsOnly: true,
        });
        await this.deps.afterIngest();
        return summary;
      });
    } finally {
      this.running = false;
    }
  }

  async ingestUploads(files: { name: string; contentBase64: string }[]): Promise<IngestSummary> {
    if (this.running) throw new IngestBusyError("An ingest is already running; retry when it has finished");
    this.running = true;
    try {
      const decoded = files.map((f) => ({
        name: safeFileName(f.name),
        bytes: Buffer.from(f.contentBase64, "base64"),
      }));
      const total = decoded.reduce((s, f) => s + f.bytes.length, 0);
      if (total > MAX_UPLOAD_BYTES) {
        throw new PayloadTooLargeError(`Uploads total ${total} bytes; the limit is ${MAX_UPLOAD_BYTES}`);
      }
      for (const f of decoded) if (f.bytes.length === 0) throw new InvalidInputError(`${f.name} is empty`);
      checkUniqueNames(decoded.map((f) => f.name));
      const root = path.join(this.deps.dataDir, "uploads");
      await mkdir(root, { recursive: true });
      await removeLeftovers(root);
      const dir = await mkdtemp(path.join(root, "u-"));
      try {
        const nameOf = new Map<string, string>();
        for (const f of decoded) {
          const p = path.join(dir, ...f.name.split("/"));
          await mkdir(path.dirname(p), { recursive: true });
          await writeFile(p, f.bytes, { flag: "wx" });
          nameOf.set(p, f.name);
        }
        const ingestPaths = this.deps.ingestPaths ?? (await loadIngestPaths());
        // Corrections rebuild the graph too: one rebuild at a time, in order.
        return await rebuildLock(this.deps.dataDir).run(async () => {
          const summary = await ingestPaths([...nameOf.keys()], {
            store: this.deps.store,
            dataDir: this.deps.dataDir,
            nameOf: (p) => nameOf.get(p) ?? path.basename(p),
          });
          await this.deps.afterIngest();
          return summary;
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    } finally {
      this.running = false;
    }
  }
}
