/**
 * The start cache: the search index, the graph skeleton and the event index of one database
 * generation, persisted in `<dataDir>/start-cache/start-cache.bin` so that a server start reads
 * one file instead of querying the whole graph and rebuilding them (31 s on a 100k-article graph).
 *
 * Validated on load: the format version, a fingerprint of the code that derives the data (this
 * module, the index, skeleton and event modules, the model's label order and the named queries),
 * the generation (kuzu: the live generation's name, size and modification time, so an in-place
 * write also invalidates it), the body's length and its SHA-1. Anything else is a miss with a
 * reason, and the caller rebuilds from the store and rewrites the file. Only the embedded store
 * has generations on disk: on Neo4j there is no cache.
 *
 * After an incremental write (the write's changed node and relationship ids) the cache of the
 * generation before the write is updated instead of rebuilt (`updateStartData`): the changed
 * nodes and relationships, and the search entries whose subtitle or text they touch, are read
 * back by id; so are the events near a change (the whole event index when an article's date
 * changed: events name articles only in a property).
 *
 * File: `LAOMO-START-1\n`, the header's byte length (u32 LE), the header (JSON), then the body:
 * one JSON text per part, typed arrays out of line (8-byte aligned), each referred to from the
 * JSON as `{"$a": n}`.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCurrent } from "../../cypher/kuzu-generations.ts";
import type { GraphStore } from "../../cypher/store.ts";
import type { Config } from "../../model/config.ts";
import type { EventItem } from "../events-schemas.ts";
import { loadEventIndex, loadEventItems } from "./event-index.ts";
import {
  GraphSkeleton,
  type SkeletonSnapshot,
  skeletonFromRows,
  skeletonWithChanges,
} from "./graph-skeleton.ts";
import { type SearchEntry, SearchIndex, type SearchIndexSnapshot } from "./search-index.ts";
import { loadSearchEntries } from "./search-service.ts";

export const START_CACHE_VERSION = 1;
const MAGIC = Buffer.from("LAOMO-START-1\n", "latin1");

/** What a server start needs from the graph, ready to adopt. */
export interface StartData {
  search: SearchIndex;
  skeleton: GraphSkeleton;
  events: EventItem[];
}

/** StartData as read from the cache: the event index is parsed on first use. */
export interface LoadedStart {
  search: SearchIndex;
  skeleton: GraphSkeleton;
  /**
   * The event index, parsed on the first call: it is a third of the file and not needed to
   * answer the first search (the file's checksum was verified already).
   */
  events: () => EventItem[];
}

export type LoadResult =
  | { ok: true; data: LoadedStart; bytes: number; ms: number }
  | { ok: false; reason: string };

interface Header {
  version: number;
  code: string;
  generation: string;
  createdAt: string;
  bodyBytes: number;
  sha1: string;
  parts: { name: string; json: [number, number]; arrays: ArrayRef[] }[];
}

type ArrayKind = "i32" | "u16" | "u8";
interface ArrayRef {
  kind: ArrayKind;
  offset: number;
  length: number;
}

export function startCacheFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), "start-cache", "start-cache.bin");
}

/**
 * The live generation of the embedded store in `dataDir` as a key that changes with every write
 * (name, size, modification time of its database file); null when there is none (or on Neo4j).
 */
export function generationKey(dataDir: string, store: Pick<GraphStore, "kind">): string | null {
  if (store.kind !== "embedded") return null;
  const root = path.resolve(dataDir, "kuzu");
  const name = readCurrent(root);
  if (!name) return null;
  try {
    const st = statSync(path.join(root, name));
    return `${name}|${st.size}|${Math.round(st.mtimeMs)}`;
  } catch {
    return null;
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
/** Sources whose change makes a cached start stale. */
const CODE_FILES = [
  "server/services/start-cache.ts",
  "server/services/search-index.ts",
  "server/services/search-service.ts",
  "server/services/graph-skeleton.ts",
  "server/services/event-index.ts",
  "server/events-schemas.ts",
  "model/types.ts",
];
let codeFingerprint: string | null = null;

/** A hash of the code that derives the cached data (sources and named queries, as found). */
export function codeVersion(): string {
  if (codeFingerprint) return codeFingerprint;
  const h = createHash("sha1");
  h.update(`v${START_CACHE_VERSION}`);
  const queries = path.join(repoRoot, "cypher", "queries");
  const files = [
    ...CODE_FILES.map((f) => path.join(repoRoot, f)),
    ...(existsSync(queries) ? readdirSync(queries).sort() : []).map((f) => path.join(queries, f)),
  ];
  for (const file of files) {
    h.update(file.slice(repoRoot.length));
    h.update(existsSync(file) ? readFileSync(file) : "missing");
  }
  codeFingerprint = h.digest("hex");
  return codeFingerprint;
}

/** Node and relationship ids an incremental write removed, created or changed. */
export interface ChangedIds {
  nodes: readonly string[];
  rels: readonly string[];
}

/** A delta of more than this share of the graph (and over MIN_REBUILD ids) is rebuilt instead. */
const MAX_UPDATE_SHARE = 0.25;
const MIN_REBUILD = 2_000;

/** Why a delta is better rebuilt than applied (over a quarter of the graph), or null. */
export function tooLargeToUpdate(changed: ChangedIds, skeleton: GraphSkeleton): string | null {
  const size = changed.nodes.length + changed.rels.length;
  const total = skeleton.nodeCount + skeleton.relCount;
  return size > MIN_REBUILD && size > MAX_UPDATE_SHARE * total
    ? `${size} of ${total} nodes and relationships changed`
    : null;
}

/**
 * The start data of the graph after an incremental write, from the data of the graph before it
 * and the write's changed ids: the skeleton's changed nodes and relationships are read back by id
 * (gone ones dropped); the search entries of the changed nodes, of both ends of every changed
 * relationship and of the neighbours of a node whose name changed (a subtitle names employers,
 * honours and venues) are read back by id, the rest kept, and the index rebuilt over them in id
 * order (as `list-nodes` gives them); the events near a change are read back by id (the whole
 * index when `old.events` is not given, or an article's date changed). Answers what
 * `buildStartData` over the new graph answers.
 */
export async function updateStartData(
  store: GraphStore,
  old: { search: SearchIndex; skeleton: GraphSkeleton; events?: readonly EventItem[] },
  changed: ChangedIds,
): Promise<StartData> {
  const nodeIds = [...new Set(changed.nodes)];
  const relIds = new Set(changed.rels);
  const [nodeRows, relRows] = await Promise.all([
    nodeIds.length > 0 ? store.query("skeleton-nodes-by-id", { ids: nodeIds }) : [],
    relIds.size > 0 ? store.query("skeleton-rels-by-id", { ids: [...relIds] }) : [],
  ]);
  const skeleton = skeletonWithChanges(old.skeleton, nodeIds, nodeRows, relIds, relRows);
  const touched = new Set<string>([...nodeIds, ...old.skeleton.endsOf(relIds), ...skeleton.endsOf(relIds)]);
  for (const id of nodeIds) {
    const before = old.skeleton.nameOf(id);
    if (before !== null && before !== skeleton.nameOf(id))
      for (const n of skeleton.neighbourIds(id)) touched.add(n);
  }
  const fresh = await loadSearchEntries(store, [...touched]);
  const entries: SearchEntry[] = old.search
    .snapshot()
    .entries.filter((e) => !touched.has(e.id))
    .concat(fresh)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const search = new SearchIndex(entries);
  const events = old.events
    ? await updatedEvents(store, old.events, old.skeleton, skeleton, nodeIds, relIds)
    : await loadEventIndex(store);
  return { search, skeleton, events };
}

/**
 * The event index after a write: the events a change can show in read back by id
 * (`loadEventItems`), the others kept. An event item holds its own fields, its venues',
 * organisers' and speakers' names (and relationship qualifiers) and its speakers' honours; so:
 * a changed event; an end of a changed relationship that is an event; the events of the holder of
 * a changed HAS_HONOUR; the events one relationship from a node whose name or label changed; for
 * an honour whose name, level or category changed, the events its holders spoke at — in the old
 * or the new skeleton. (A node that only gained articles changes no item.) An article whose date
 * changed is named by events only in their `articleIds`: then the index is read whole.
 */
async function updatedEvents(
  store: GraphStore,
  oldEvents: readonly EventItem[],
  before: GraphSkeleton,
  after: GraphSkeleton,
  nodeIds: readonly string[],
  relIds: ReadonlySet<string>,
): Promise<EventItem[]> {
  for (const id of nodeIds) {
    const was = before.article(id);
    const now = after.article(id);
    if (was && now && was.date !== now.date) return loadEventIndex(store);
  }
  const near = new Set<string>();
  for (const sk of [before, after]) {
    const addEvents = (ids: Iterable<string>) => {
      for (const id of ids) if (sk.labelOf(id) === "Event") near.add(id);
    };
    addEvents(nodeIds);
    for (const r of sk.relsIn(relIds)) {
      addEvents([r.source, r.target]);
      if (r.type === "HAS_HONOUR") addEvents(sk.neighbourIds(r.source));
    }
    for (const id of nodeIds) {
      const label = before.labelOf(id);
      if (label === null || after.labelOf(id) === null) continue; // new or gone: its relationships changed
      const renamed = label !== after.labelOf(id) || before.nameOf(id) !== after.nameOf(id);
      const f0 = before.fieldsOf(id);
      const f1 = after.fieldsOf(id);
      const honour =
        label === "Honour" && (renamed || f0?.level !== f1?.level || f0?.category !== f1?.category);
      if (renamed) addEvents(sk.neighbourIds(id));
      if (honour) for (const holder of sk.neighbourIds(id)) addEvents(sk.neighbourIds(holder));
    }
  }
  const fresh = await loadEventItems(store, [...near]);
  return oldEvents
    .filter((e) => !near.has(e.id))
    .concat(fresh)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Builds the search index, skeleton and event index from the store (what a start without a cache does). */
export async function buildStartData(store: GraphStore): Promise<StartData> {
  // One part at a time, each query's rows let go once its part is built: the rows of the three
  // held together were the build's peak (2.5 GiB at 100k articles).
  const search = new SearchIndex(await loadSearchEntries(store));
  const skeleton = skeletonFromRows(await store.query("skeleton-nodes"), await store.query("skeleton-rels"));
  const events = await loadEventIndex(store);
  return { search, skeleton, events };
}

/**
 * Writes the start cache of the store's live generation (built from the store unless `data` is
 * given) atomically (temp file + rename). Returns null, writing nothing, when the store has no
 * generation on disk or the generation changed while the data was being built.
 */
export async function writeStartCache(
  dataDir: string,
  store: GraphStore,
  data?: StartData,
  generation: string | null = generationKey(dataDir, store),
): Promise<{ file: string; bytes: number; ms: number } | null> {
  if (!generation) return null;
  const t0 = performance.now();
  const d = data ?? (await buildStartData(store));
  if (generationKey(dataDir, store) !== generation) return null;
  const bytes = encode(generation, d);
  const file = startCacheFile(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return { file, bytes: bytes.length, ms: performance.now() - t0 };
}

/** What the ingest knows of its write, for `cacheAfterIngest`. */
export interface IngestWrite {
  /** The store's generation key before the ingest (`generationKey`), null when there was none. */
  before: string | null;
  /** The write's outcome (absent: nothing written, or not known). */
  write?: { mode: "incremental" | "rebuild"; changed?: ChangedIds } | undefined;
}

/**
 * After an ingest outside the server (the ingest CLI): writes the start cache of the new
 * generation so the next server start reads it — updated from the cache of the generation
 * before the write when the write was incremental and that cache is valid (`updateStartData`),
 * else built from the store. Returns a line for the user, or null when there is nothing to do
 * (LAOMO_START_CACHE=off, Neo4j). Never throws: a start without the cache rebuilds it.
 */
export async function cacheAfterIngest(
  config: Pick<Config, "LAOMO_DATA_DIR" | "LAOMO_START_CACHE">,
  store: GraphStore,
  ingest?: IngestWrite,
): Promise<string | null> {
  if (config.LAOMO_START_CACHE !== "on" || store.kind !== "embedded") return null;
  const dataDir = config.LAOMO_DATA_DIR;
  try {
    const t0 = performance.now();
    const { data, why } = await startDataAfterWrite(dataDir, store, ingest);
    if (data === "current") return null;
    const written = await writeStartCache(dataDir, store, data ?? undefined);
    if (!written) return null;
    const ms = performance.now() - t0;
    const size = `${(written.bytes / 2 ** 20).toFixed(1)} MiB`;
    return data
      ? `Start cache for the server updated from the write's delta in ${(ms / 1000).toFixed(1)} s (${size})`
      : `Start cache for the server written in ${(ms / 1000).toFixed(1)} s (${size}; rebuilt: ${why})`;
  } catch (e) {
    return `Start cache not written (${e instanceof Error ? e.message : String(e)}); the next server start builds it`;
  }
}

/**
 * The start data after an ingest's write when it can be had from the previous generation's cache:
 * "current" when nothing was written and the cache is valid, the updated data after an
 * incremental write, else null with why it must be rebuilt.
 */
export async function startDataAfterWrite(
  dataDir: string,
  store: GraphStore,
  ingest?: IngestWrite,
): Promise<{ data: StartData | "current" | null; why: string }> {
  const write = ingest?.write;
  if (!ingest || !write) return { data: null, why: "the write is not known" };
  if (write.mode !== "incremental" || !write.changed)
    return { data: null, why: "the store was rewritten whole" };
  if (!ingest.before) return { data: null, why: "no database generation before the write" };
  const changed = write.changed;
  const now = generationKey(dataDir, store);
  if (changed.nodes.length + changed.rels.length === 0 && now === ingest.before) {
    const same = loadStartCache(dataDir, store);
    return same.ok ? { data: "current", why: "" } : { data: null, why: `cache ${same.reason}` };
  }
  const old = loadStartCache(dataDir, store, ingest.before);
  if (!old.ok) return { data: null, why: `cache of the previous generation ${old.reason}` };
  const tooLarge = tooLargeToUpdate(changed, old.data.skeleton);
  if (tooLarge) return { data: null, why: tooLarge };
  const { search, skeleton } = old.data;
  return {
    data: await updateStartData(store, { search, skeleton, events: old.data.events() }, changed),
    why: "",
  };
}

/**
 * Reads and validates the start cache of the store's live generation (or of `generation`, a key
 * `generationKey` gave earlier: the cache of the generation before a write). Never throws.
 */
export function loadStartCache(
  dataDir: string,
  store: Pick<GraphStore, "kind">,
  generation: string | null = generationKey(dataDir, store),
): LoadResult {
  const t0 = performance.now();
  if (!generation) return { ok: false, reason: "no database generation on disk" };
  const file = startCacheFile(dataDir);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return { ok: false, reason: "missing" };
  }
  try {
    const data = decode(buf, generation);
    return { ok: true, data, bytes: buf.length, ms: performance.now() - t0 };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

// ---- encoding ----------------------------------------------------------------------------

function encode(generation: string, d: StartData): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  const append = (b: Buffer): number => {
    const pad = (8 - (size % 8)) % 8;
    if (pad > 0) {
      chunks.push(Buffer.alloc(pad));
      size += pad;
    }
    const at = size;
    chunks.push(b);
    size += b.length;
    return at;
  };
  const parts: Header["parts"] = [];
  // Typed arrays may only be properties of objects (resolveArrays does not walk lists).
  const addPart = (name: string, value: unknown) => {
    const arrays: ArrayRef[] = [];
    const pending: { ref: ArrayRef; bytes: Buffer }[] = [];
    const text = JSON.stringify(value, (_key, v: unknown) => {
      const kind = arrayKind(v);
      if (!kind) return v;
      const ta = v as Int32Array | Uint16Array | Uint8Array;
      const ref: ArrayRef = { kind, offset: 0, length: ta.length };
      arrays.push(ref);
      pending.push({ ref, bytes: Buffer.from(ta.buffer, ta.byteOffset, ta.byteLength) });
      return { $a: arrays.length - 1 };
    });
    const json = Buffer.from(text, "utf8");
    const at = append(json);
    for (const p of pending) p.ref.offset = append(p.bytes);
    parts.push({ name, json: [at, json.length], arrays });
  };
  addPart("search", d.search.snapshot());
  addPart("skeleton", d.skeleton.snapshot());
  addPart("events", d.events);
  const body = Buffer.concat(chunks, size);
  const header: Header = {
    version: START_CACHE_VERSION,
    code: codeVersion(),
    generation,
    createdAt: new Date().toISOString(),
    bodyBytes: body.length,
    sha1: createHash("sha1").update(body).digest("hex"),
    parts,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBytes.length);
  // The body starts 8-byte aligned in the file, so typed arrays can be viewed in place.
  const prefix = MAGIC.length + 4 + headerBytes.length;
  const pad = Buffer.alloc((8 - (prefix % 8)) % 8, 0x20);
  return Buffer.concat([MAGIC, len, headerBytes, pad, body]);
}

function arrayKind(v: unknown): ArrayKind | null {
  if (v instanceof Int32Array) return "i32";
  if (v instanceof Uint16Array) return "u16";
  if (v instanceof Uint8Array) return "u8";
  return null;
}

function decode(buf: Buffer, generation: string): LoadedStart {
  if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error("not a start cache file");
  }
  const headerLength = buf.readUInt32LE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  if (headerStart + headerLength > buf.length) throw new Error("truncated header");
  let header: Header;
  try {
    header = JSON.parse(buf.toString("utf8", headerStart, headerStart + headerLength)) as Header;
  } catch {
    throw new Error("unreadable header");
  }
  if (header.version !== START_CACHE_VERSION) throw new Error(`format version ${header.version}`);
  if (header.code !== codeVersion()) throw new Error("written by other code");
  if (header.generation !== generation) throw new Error("stale: another database generation");
  const prefix = headerStart + headerLength;
  const bodyStart = prefix + ((8 - (prefix % 8)) % 8);
  if (buf.length - bodyStart !== header.bodyBytes) throw new Error("truncated body");
  const body = buf.subarray(bodyStart);
  if (createHash("sha1").update(body).digest("hex") !== header.sha1) throw new Error("checksum mismatch");
  const partOf = (name: string) => {
    const p = header.parts.find((x) => x.name === name);
    if (!p) throw new Error(`part ${name} missing`);
    if (p.json[0] < 0 || p.json[0] + p.json[1] > body.length) throw new Error(`part ${name} out of bounds`);
    return p;
  };
  const part = (name: string): unknown => {
    const p = partOf(name);
    const arrays = p.arrays.map((ref) => viewOf(body, ref));
    return resolveArrays(JSON.parse(body.toString("utf8", p.json[0], p.json[0] + p.json[1])), arrays);
  };
  const s = part("search") as SearchIndexSnapshot;
  const search = new SearchIndex(s.entries, s);
  const skeleton = new GraphSkeleton(part("skeleton") as SkeletonSnapshot);
  // A copy of the events' text, so the file's buffer is not kept alive until it is parsed.
  const ev = partOf("events");
  let eventsText: Buffer | null = Buffer.from(body.subarray(ev.json[0], ev.json[0] + ev.json[1]));
  let events: EventItem[] | null = null;
  const eventsOf = (): EventItem[] => {
    if (!events) {
      const parsed: unknown = JSON.parse(eventsText?.toString("utf8") ?? "[]");
      events = Array.isArray(parsed) ? (parsed as EventItem[]) : [];
      eventsText = null;
    }
    return events;
  };
  return { search, skeleton, events: eventsOf };
}

/**
 * Puts the typed arrays back where the JSON has `{"$a": n}`. Typed arrays are properties of
 * (nested) objects, never items of lists, so lists (names, ids, events) are not walked.
 */
function resolveArrays(value: unknown, arrays: (Int32Array | Uint16Array | Uint8Array)[]): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  if (typeof obj.$a === "number") {
    const a = arrays[obj.$a];
    if (!a) throw new Error("bad array reference");
    return a;
  }
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === "object" && !Array.isArray(v)) obj[k] = resolveArrays(v, arrays);
  }
  return obj;
}

/** A copy of a typed array from the body (a copy: the file buffer can then be dropped). */
function viewOf(body: Buffer, ref: ArrayRef): Int32Array | Uint16Array | Uint8Array {
  const width = ref.kind === "i32" ? 4 : ref.kind === "u16" ? 2 : 1;
  const end = ref.offset + ref.length * width;
  if (ref.offset < 0 || end > body.length) throw new Error("array out of bounds");
  const bytes = body.buffer.slice(body.byteOffset + ref.offset, body.byteOffset + end);
  if (ref.kind === "i32") return new Int32Array(bytes);
  if (ref.kind === "u16") return new Uint16Array(bytes);
  return new Uint8Array(bytes);
}
