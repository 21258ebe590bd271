/**
 * Ingest while the server runs: uploaded files are written to `<dataDir>/uploads/`, then the
 * pipeline's `ingestPaths` runs on them (one at a time: a second request gets 409), and the
 * caller's `afterIngest` hook rebuilds the search index and drops the overview cache.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { GraphStore } from "../../cypher/store.ts";
import type { IngestSummary, ingestPaths as ingestPathsType } from "../../ingest/pipeline.ts";
import { AppError, InvalidInputError } from "../../model/errors.ts";

export class IngestBusyError extends AppError {
  override readonly status = 409;
  override readonly code = "ingest_busy";
}

export class PayloadTooLargeError extends AppError {
  override readonly status = 413;
  override readonly code = "payload_too_large";
}

export type IngestPathsFn = typeof ingestPathsType;
export type { IngestSummary };

/** The pipeline, loaded lazily so the server starts even if ingest code is broken or absent. */
export async function loadIngestPaths(): Promise<IngestPathsFn> {
  const mod = await import("../../ingest/pipeline.ts");
  return mod.ingestPaths;
}

/** Decoded bytes per upload request. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const ALLOWED_EXT = new Set([".txt", ".md", ".html", ".htm", ".pdf", ".docx"]);

/** A safe file name: no directories, no leading dots, only harmless characters. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, "/"));
  const clean = base.replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^\.+/, "");
  if (!clean) throw new InvalidInputError(`Unusable file name: ${JSON.stringify(name)}`);
  const ext = path.extname(clean).toLowerCase();
  if (!ALLOWED_EXT.has(ext)) {
    throw new InvalidInputError(
      `Unsupported file type ${ext || "(none)"} for ${name}; use .txt .md .html .pdf .docx`,
    );
  }
  return clean;
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
      const dir = path.join(this.deps.dataDir, "uploads", new Date().toISOString().replace(/[:.]/g, "-"));
      await mkdir(dir, { recursive: true });
      const paths: string[] = [];
      for (const f of decoded) {
        const p = path.join(dir, f.name);
        await writeFile(p, f.bytes, { flag: "wx" });
        paths.push(p);
      }
      const ingestPaths = this.deps.ingestPaths ?? (await loadIngestPaths());
      const summary = await ingestPaths(paths, { store: this.deps.store, dataDir: this.deps.dataDir });
      await this.deps.afterIngest();
      return summary;
    } finally {
      this.running = false;
    }
  }
}
