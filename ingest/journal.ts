/**
 * The extraction journal: per input file (keyed by content hash) the articles extracted from
 * it, written atomically under `<dataDir>/journal/`. The graph is always rebuilt from the whole
 * journal, so re-runs never duplicate and an interrupted ingest can simply be run again.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ArticleExtraction } from "./types.ts";

/** Bump when the journal layout changes; older entries are then ignored. */
export const JOURNAL_VERSION = 1;

export interface JournalEntry {
  version: number;
  file: string;
  contentHash: string;
  extractions: ArticleExtraction[];
  /** The reader's warnings for the whole file (mixed encodings, OCR). */
  warnings?: string[];
}

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

export class Journal {
  private readonly dir: string;
  private readonly indexFile: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, "journal");
    this.indexFile = path.join(this.dir, "index.json");
  }

  /** path (absolute) → content hash of the version last ingested. */
  async index(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(this.indexFile, "utf8")) as Record<string, string>;
    } catch {
      return {};
    }
  }

  /** Record extractions for files; a file whose content changed drops its old entry. */
  async write(entries: JournalEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await mkdir(this.dir, { recursive: true });
    const index = await this.index();
    for (const e of entries) {
      await writeAtomic(path.join(this.dir, `${e.contentHash}.json`), JSON.stringify(e));
    }
    for (const e of entries) index[path.resolve(e.file)] = e.contentHash;
    await writeAtomic(this.indexFile, JSON.stringify(index, null, 1));
    const live = new Set(Object.values(index));
    for (const name of await readdir(this.dir)) {
      const hash = name.replace(/\.json$/, "");
      if (name !== "index.json" && name.endsWith(".json") && !live.has(hash))
        await rm(path.join(this.dir, name));
    }
  }

  /** Every extraction in the journal (entries of an older layout are skipped). */
  async readAll(): Promise<ArticleExtraction[]> {
    const index = await this.index();
    const out: ArticleExtraction[] = [];
    for (const hash of [...new Set(Object.values(index))].sort()) {
      try {
        const entry = JSON.parse(await readFile(path.join(this.dir, `${hash}.json`), "utf8")) as JournalEntry;
        if (entry.version === JOURNAL_VERSION) out.push(...entry.extractions);
      } catch {
        // A missing entry (e.g. removed by hand) only means that file is no longer in the graph.
      }
    }
    return out;
  }

  async isEmpty(): Promise<boolean> {
    return Object.keys(await this.index()).length === 0;
  }
}
