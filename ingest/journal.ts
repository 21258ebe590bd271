/**
 * The extraction journal: per content (keyed by content hash) every source it was read from
 * (file name and the date it gave) and the articles extracted under each distinct date, written
 * atomically under `<dataDir>/journal/`. One content under several names keeps all of them (no
 * source and no date is dropped). The graph is rebuilt from the whole journal, so re-runs never
 * duplicate and an interrupted ingest can simply be run again.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ArticleExtraction, ArticleSource } from "./types.ts";

/** Bump when the journal layout changes (version 1 entries are still read and converted). */
export const JOURNAL_VERSION = 2;

/** One file read and extracted: what `extractFile` returns and `Journal.write` records. */
export interface ExtractedFile {
  /** The path read. */
  file: string;
  /** The journal's key for this source: its absolute path, or `upload:<name>` for an upload. */
  key: string;
  /** The name the file is recorded under (the articles' `file`). */
  name: string;
  contentHash: string;
  /** The date the file itself gave (`--date`, front matter, HTML metadata or file name), if any. */
  date: string | null;
  extractions: ArticleExtraction[];
  /** The reader's warnings for the whole file (mixed encodings, OCR). */
  warnings?: string[];
}

/** Where one content was read from. */
export interface JournalSource {
  key: string;
  name: string;
  date: string | null;
}

/** The articles of one content extracted with one file-level date. */
export interface JournalVariant {
  date: string | null;
  extractions: ArticleExtraction[];
}

/** The stored record of one content. */
export interface StoredEntry {
  version: number;
  contentHash: string;
  sources: JournalSource[];
  variants: JournalVariant[];
}

interface StoredEntryV1 {
  version: 1;
  file: string;
  contentHash: string;
  extractions: ArticleExtraction[];
}

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** A version 1 entry (one source, the last one written) as a version 2 entry. */
function fromV1(e: StoredEntryV1): StoredEntry {
  const first = e.extractions[0];
  const date = first?.date ?? null;
  return {
    version: JOURNAL_VERSION,
    contentHash: e.contentHash,
    sources: [{ key: path.resolve(e.file), name: first?.file ?? e.file, date }],
    variants: [{ date, extractions: e.extractions }],
  };
}

function byKey<T extends { key: string }>(a: T, b: T): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The entry with `file` recorded as one of its sources (replacing that key's earlier record). */
function withSource(entry: StoredEntry, file: ExtractedFile): StoredEntry {
  const sources = [
    ...entry.sources.filter((s) => s.key !== file.key),
    { key: file.key, name: file.name, date: file.date },
  ].sort(byKey);
  // The latest extraction of a date replaces the earlier one (the extractor may have improved).
  const variants = [
    ...entry.variants.filter((v) => v.date !== file.date),
    { date: file.date, extractions: file.extractions },
  ];
  return pruned({ ...entry, sources, variants });
}

/** The entry without the source `key`, its variants narrowed to the dates still given. */
function withoutSource(entry: StoredEntry, key: string): StoredEntry {
  return pruned({ ...entry, sources: entry.sources.filter((s) => s.key !== key) });
}

function pruned(entry: StoredEntry): StoredEntry {
  const dates = new Set(entry.sources.map((s) => s.date));
  const variants = entry.variants
    .filter((v) => dates.has(v.date))
    .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  return { ...entry, variants };
}

/**
 * The articles of an entry, each variant's extractions carrying the sources that gave its date
 * (only the sources the index still maps to this content).
 */
function articlesOf(entry: StoredEntry, index: Record<string, string>): ArticleExtraction[] {
  const live = entry.sources.filter((s) => index[s.key] === entry.contentHash);
  const out: ArticleExtraction[] = [];
  for (const v of entry.variants) {
    const sources = live.filter((s) => s.date === v.date);
    if (sources.length === 0) continue;
    const first = sources[0]!;
    for (const x of v.extractions) {
      const provenance: ArticleSource[] = sources.map((s) => ({ file: s.name, date: x.date }));
      out.push({ ...x, file: first.name, sources: provenance });
    }
  }
  return out;
}

export class Journal {
  private readonly dir: string;
  private readonly indexFile: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, "journal");
    this.indexFile = path.join(this.dir, "index.json");
  }

  /** Source key (absolute path or `upload:<name>`) → content hash of the version last ingested. */
  async index(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(this.indexFile, "utf8")) as Record<string, string>;
    } catch {
      return {};
    }
  }

  private async entry(hash: string): Promise<StoredEntry | null> {
    try {
      const raw = JSON.parse(await readFile(path.join(this.dir, `${hash}.json`), "utf8")) as
        | StoredEntry
        | StoredEntryV1;
      if (raw.version === 1) return fromV1(raw as StoredEntryV1);
      if (raw.version === JOURNAL_VERSION) return raw as StoredEntry;
      return null;
    } catch {
      // A missing entry (e.g. removed by hand) only means that content is no longer in the graph.
      return null;
    }
  }

  /** The index and the changed entries after recording `files` (nothing written). */
  private async plan(
    files: ExtractedFile[],
  ): Promise<{ index: Record<string, string>; changed: Map<string, StoredEntry> }> {
    const index = await this.index();
    const changed = new Map<string, StoredEntry>();
    const load = async (hash: string): Promise<StoredEntry> =>
      changed.get(hash) ??
      (await this.entry(hash)) ?? { version: JOURNAL_VERSION, contentHash: hash, sources: [], variants: [] };
    for (const f of files) {
      const old = index[f.key];
      if (old && old !== f.contentHash) changed.set(old, withoutSource(await load(old), f.key));
      changed.set(f.contentHash, withSource(await load(f.contentHash), f));
      index[f.key] = f.contentHash;
    }
    return { index, changed };
  }

  /**
   * Record extracted files. A content read under a new name gains a source; a source whose
   * content changed leaves its old content (dropped when no source is left).
   */
  async write(files: ExtractedFile[]): Promise<void> {
    if (files.length === 0) return;
    await mkdir(this.dir, { recursive: true });
    const { index, changed } = await this.plan(files);
    for (const [hash, e] of changed)
      if (e.sources.length > 0) await writeAtomic(path.join(this.dir, `${hash}.json`), JSON.stringify(e));
    await writeAtomic(this.indexFile, JSON.stringify(index, null, 1));
    await this.dropUnreferenced(index);
  }

  /**
   * Take sources out of the journal (by key: absolute path or `upload:<name>`); a content left
   * without a source is dropped. Returns the keys that were in the journal.
   */
  async remove(keys: string[]): Promise<string[]> {
    const index = await this.index();
    const found = [...new Set(keys)].filter((k) => index[k] !== undefined);
    if (found.length === 0) return [];
    const changed = new Map<string, StoredEntry>();
    for (const key of found) {
      const hash = index[key]!;
      const entry = changed.get(hash) ?? (await this.entry(hash));
      if (entry) changed.set(hash, withoutSource(entry, key));
      delete index[key];
    }
    for (const [hash, e] of changed)
      if (e.sources.length > 0) await writeAtomic(path.join(this.dir, `${hash}.json`), JSON.stringify(e));
    await writeAtomic(this.indexFile, JSON.stringify(index, null, 1));
    await this.dropUnreferenced(index);
    return found;
  }

  /** Removes entry files no source maps to any more. */
  private async dropUnreferenced(index: Record<string, string>): Promise<void> {
    const live = new Set(Object.values(index));
    for (const name of await readdir(this.dir)) {
      const hash = name.replace(/\.json$/, "");
      if (name !== "index.json" && name.endsWith(".json") && !live.has(hash))
        await rm(path.join(this.dir, name));
    }
  }

  /** Every extraction in the journal, each with its sources (see `articlesOf`). */
  async readAll(): Promise<ArticleExtraction[]> {
    return this.extractionsOf(await this.index(), new Map());
  }

  /** What `readAll` would return after `write(files)`, writing nothing (for a dry run). */
  async preview(files: ExtractedFile[]): Promise<ArticleExtraction[]> {
    const { index, changed } = await this.plan(files);
    return this.extractionsOf(index, changed);
  }

  /** What `readAll` would return after `remove(keys)`, writing nothing (for a dry run). */
  async previewRemove(keys: string[]): Promise<ArticleExtraction[]> {
    const gone = new Set(keys);
    const index = Object.fromEntries(Object.entries(await this.index()).filter(([k]) => !gone.has(k)));
    return this.extractionsOf(index, new Map());
  }

  private async extractionsOf(
    index: Record<string, string>,
    changed: Map<string, StoredEntry>,
  ): Promise<ArticleExtraction[]> {
    const out: ArticleExtraction[] = [];
    for (const hash of [...new Set(Object.values(index))].sort()) {
      const entry = changed.get(hash) ?? (await this.entry(hash));
      if (entry) out.push(...articlesOf(entry, index));
    }
    return out;
  }

  async isEmpty(): Promise<boolean> {
    return Object.keys(await this.index()).length === 0;
  }
}
