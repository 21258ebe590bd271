/**
 * A store of string tables on disk, read and written by key: each table is cut into shards by a
 * hash of the key, shards lie in pack files, and a small manifest says where each shard is (pack,
 * offset, length). A key's shard is read with one positioned read when it is first asked for, so
 * a run that touches k keys reads at most k shards, not the table. A save writes the shards changed
 * since into one new pack and then the manifest (written aside and renamed: the commit point), so
 * a kill -9 at any moment leaves the last committed manifest and the packs it names intact; packs
 * no manifest names are deleted after a commit. A whole write (`writeWhole`) puts every shard in
 * one new pack. Packs are compacted as they are saved: past MAX_PACKS packs, the live shards of
 * every pack but the largest are copied (as bytes) into the new one, and when a table's dead bytes
 * pass its live bytes every live shard is. Used by the resolution state (resolve/partial.ts) and
 * the store's entity index (write-graph.ts).
 */
import { closeSync, mkdirSync, openSync, readdirSync, readSync, writeSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";

/**
 * Bump when the manifest or the shard layout changes (an older store is not read). 2: shards as
 * length-prefixed strings (`encodeFlat`), where 1 had `v8.serialize`.
 */
export const KEYED_STORE_FORMAT = 2;
/** A table whose entries pass this many times its shards' aim is cut into more shards on save. */
export const GROWTH = 4;
/** Packs past which a save folds the small ones into its new pack. */
export const MAX_PACKS = 8;

const MANIFEST = "manifest.v8";

/** Where a table's shards are: per shard its pack (0: none yet, empty), offset and length. */
interface TableLayout {
  shards: number;
  /** Entries per shard aimed at: a table grown past GROWTH times that is cut into more shards. */
  perShard: number;
  /** Entries in the table. */
  count: number;
  pack: Uint32Array;
  offset: Float64Array;
  length: Uint32Array;
}

interface Manifest {
  format: number;
  /** The caller's own small record (versions, counts, tokens). */
  head: unknown;
  tables: Record<string, TableLayout>;
  /** Pack id → size in bytes, of every pack the tables refer to. */
  packs: Record<number, number>;
  nextPack: number;
}

/** FNV-1a over the key's UTF-16 code units (the shard of a key never changes with its table's size). */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The smallest power of two ≥ `n` (at least 1). */
export function shardCountFor(entries: number, perShard: number): number {
  const want = Math.max(1, Math.ceil(entries / perShard));
  let n = 1;
  while (n < want) n *= 2;
  return n;
}

function packName(id: number): string {
  return `p${id}.pack`;
}

/**
 * The bytes of a list of strings (a shard: [key, value, key, value …]): their count, then each
 * string as a 32-bit header (its byte length × 2, plus 1 when it is UTF-16) and its bytes, Latin-1
 * when every character is ASCII, else UTF-16LE; both read back exactly. `v8.serialize` did the same
 * job but each string it wrote outlived the call: writing a whole state (1.1 GiB at 100k articles)
 * promoted most of it to the old generation, and V8 marked the whole heap every few seconds of the
 * save (measured: serializing each JSON text alone grew the heap as fast as the save; making the
 * same texts and a Buffer of them did not).
 */
function flatSize(flat: readonly string[], ascii: Uint8Array): number {
  let size = 4;
  for (let i = 0; i < flat.length; i++) {
    const s = flat[i]!;
    const a = Buffer.byteLength(s, "utf8") === s.length;
    ascii[i] = a ? 1 : 0;
    size += 4 + (a ? s.length : 2 * s.length);
  }
  return size;
}

/** Writes `flat` (sized by `flatSize`, which filled `ascii`) into `buf` at `at`; returns the end. */
function encodeFlatInto(flat: readonly string[], ascii: Uint8Array, buf: Buffer, at: number): number {
  buf.writeUInt32LE(flat.length, at);
  let p = at + 4;
  for (let i = 0; i < flat.length; i++) {
    const s = flat[i]!;
    const a = ascii[i] === 1;
    const bytes = a ? s.length : 2 * s.length;
    buf.writeUInt32LE(bytes * 2 + (a ? 0 : 1), p);
    p += 4;
    if (bytes > 0) buf.write(s, p, bytes, a ? "latin1" : "utf16le");
    p += bytes;
  }
  return p;
}

function encodeFlat(flat: readonly string[]): Buffer {
  const ascii = new Uint8Array(flat.length);
  const buf = Buffer.allocUnsafe(flatSize(flat, ascii));
  encodeFlatInto(flat, ascii, buf, 0);
  return buf;
}

function decodeFlat(bytes: Buffer): string[] {
  const n = bytes.readUInt32LE(0);
  const out: string[] = [];
  let p = 4;
  for (let i = 0; i < n; i++) {
    const header = bytes.readUInt32LE(p);
    p += 4;
    const length = Math.floor(header / 2);
    out.push(bytes.toString(header % 2 === 1 ? "utf16le" : "latin1", p, p + length));
    p += length;
  }
  return out;
}

/** A shard's bytes: the entries as one flat list [key, value, key, value …] (`encodeFlat`). */
function encodeShard(map: ReadonlyMap<string, string>): Buffer {
  const flat: string[] = [];
  for (const [k, v] of map) flat.push(k, v);
  return encodeFlat(flat);
}

function decodeShard(bytes: Buffer): Map<string, string> {
  const flat = decodeFlat(bytes);
  const map = new Map<string, string>();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i]!, flat[i + 1]!);
  return map;
}

/** A table of strings by key: a store's table (`KeyedTable`), or one held in memory (`MapTable`). */
export interface StringTable {
  readonly size: number;
  get(key: string): string | undefined;
  has(key: string): boolean;
  set(key: string, value: string): void;
  delete(key: string): void;
  /** Makes the entries of `keys` ready (a store's table reads their shards, one open per pack). */
  preload(keys: Iterable<string>): Promise<void>;
  /** Every entry (a store's table reads every shard it does not hold yet). */
  entries(): Iterable<[string, string]>;
}

/** Separates the items of a list kept as one value of a table (ids never contain it). */
export const LIST_SEP = "\u0001";

/** The list a table holds under `key` (empty when none). */
export function listOf(table: StringTable, key: string): string[] {
  const v = table.get(key);
  return v === undefined || v === "" ? [] : v.split(LIST_SEP);
}

/** Adds `item` to the list under `key` (once). */
export function addToList(table: StringTable, key: string, item: string): void {
  const was = table.get(key);
  if (was === undefined || was === "") table.set(key, item);
  else if (!was.split(LIST_SEP).includes(item)) table.set(key, `${was}${LIST_SEP}${item}`);
}

/** Takes `item` out of the list under `key`; an emptied list's key goes. */
export function dropFromList(table: StringTable, key: string, item: string): void {
  const rest = listOf(table, key).filter((x) => x !== item);
  if (rest.length > 0) table.set(key, rest.join(LIST_SEP));
  else table.delete(key);
}

/** A table held in memory (a state resolved whole, before it is written). */
export class MapTable implements StringTable {
  constructor(readonly map: Map<string, string> = new Map()) {}
  get size(): number {
    return this.map.size;
  }
  get(key: string): string | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  set(key: string, value: string): void {
    this.map.set(key, value);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  async preload(): Promise<void> {}
  entries(): Iterable<[string, string]> {
    return this.map.entries();
  }
}

/** A whole table to write from a table's entries (`perShard`: entries per shard aimed at). */
export function wholeOf(name: string, table: StringTable, perShard: number): WholeTable {
  const list = [...table.entries()];
  return {
    name,
    entries: list.length,
    perShard,
    key: (i) => list[i]![0],
    value: (i) => list[i]![1],
    unique: true,
  };
}

/** One table of a store: key → string value, its shards read when first needed. */
export class KeyedTable implements StringTable {
  private readonly shardMaps: (Map<string, string> | undefined)[];
  private readonly dirty = new Set<number>();

  constructor(
    private readonly store: KeyedStore,
    readonly name: string,
    readonly layout: TableLayout,
  ) {
    this.shardMaps = new Array(layout.shards);
  }

  get size(): number {
    return this.layout.count;
  }

  get shards(): number {
    return this.layout.shards;
  }

  private shardOf(key: string): number {
    return keyHash(key) & (this.layout.shards - 1);
  }

  /** Shard `s`, read from its pack (synchronously) when not held yet. */
  private shard(s: number): Map<string, string> {
    let map = this.shardMaps[s];
    if (!map) {
      const bytes = this.store.readShard(this.layout, s);
      map = bytes ? decodeShard(bytes) : new Map();
      this.shardMaps[s] = map;
    }
    return map;
  }

  /** Reads the shards of `keys` not held yet, at once (a later `get` of them reads nothing). */
  async preload(keys: Iterable<string>): Promise<void> {
    const want = new Set<number>();
    for (const k of keys) {
      const s = this.shardOf(k);
      if (!this.shardMaps[s]) want.add(s);
    }
    const read = await this.store.readShards(this.layout, [...want]);
    for (const [s, bytes] of read) this.shardMaps[s] ??= bytes ? decodeShard(bytes) : new Map();
  }

  get(key: string): string | undefined {
    return this.shard(this.shardOf(key)).get(key);
  }

  has(key: string): boolean {
    return this.shard(this.shardOf(key)).has(key);
  }

  set(key: string, value: string): void {
    const s = this.shardOf(key);
    const map = this.shard(s);
    if (map.get(key) === value) return;
    if (!map.has(key)) this.layout.count += 1;
    map.set(key, value);
    this.dirty.add(s);
  }

  delete(key: string): void {
    const s = this.shardOf(key);
    const map = this.shard(s);
    if (!map.delete(key)) return;
    this.layout.count -= 1;
    this.dirty.add(s);
  }

  /** Every entry (reads every shard not held yet: the whole table). */
  *entries(): Generator<[string, string]> {
    for (let s = 0; s < this.layout.shards; s++) yield* this.shard(s);
  }

  /**
   * Every entry, shard by shard, holding none of the shards it reads (a held shard is given as
   * held): one pass over a table too large to keep in memory.
   */
  *scan(): Generator<[string, string]> {
    for (let s = 0; s < this.layout.shards; s++) {
      const held = this.shardMaps[s];
      if (held) {
        yield* held;
        continue;
      }
      const bytes = this.store.readShard(this.layout, s);
      if (!bytes) continue;
      const flat = decodeFlat(bytes);
      for (let i = 0; i < flat.length; i += 2) yield [flat[i]!, flat[i + 1]!];
    }
  }

  /**
   * Cuts the table into `shards` shards (every shard is read, and every new one is written on the
   * next save): a table grown by partial saves keeps its shards small, at a cost each entry pays
   * a bounded number of times as the table doubles.
   */
  reshard(shards: number): void {
    const all = new Map(this.entries());
    const maps: (Map<string, string> | undefined)[] = Array.from({ length: shards }, () => new Map());
    for (const [k, v] of all) maps[keyHash(k) & (shards - 1)]!.set(k, v);
    this.layout.shards = shards;
    this.layout.pack = new Uint32Array(shards);
    this.layout.offset = new Float64Array(shards);
    this.layout.length = new Uint32Array(shards);
    this.shardMaps.length = 0;
    this.shardMaps.push(...maps);
    this.dirty.clear();
    for (let s = 0; s < shards; s++) if (maps[s]!.size > 0) this.dirty.add(s);
  }

  /** The changed shards' bytes, now; they count as clean from here on. */
  takeDirty(): [number, Buffer][] {
    const out: [number, Buffer][] = [];
    for (const s of [...this.dirty].sort((a, b) => a - b)) out.push([s, encodeShard(this.shard(s))]);
    this.dirty.clear();
    return out;
  }
}

/** A table to write whole: its entries given by index (a value may be made only when asked for). */
export interface WholeTable {
  name: string;
  entries: number;
  /** Entries per shard aimed at. */
  perShard: number;
  key(i: number): string;
  value(i: number): string;
  /** Every key is given once (else a later copy of a key replaces an earlier one). */
  unique?: boolean;
}

export class KeyedStore {
  /** Shards read from packs since the store was opened (a test counts them). */
  shardReads = 0;
  bytesRead = 0;
  private readonly tables = new Map<string, KeyedTable>();

  private constructor(
    readonly dir: string,
    private manifest: Manifest,
  ) {}

  /** The store in `dir`, or null when there is none (or of another format). */
  static async open(dir: string): Promise<KeyedStore | null> {
    let manifest: Manifest;
    try {
      manifest = deserialize(await readFile(path.join(dir, MANIFEST))) as Manifest;
    } catch {
      return null;
    }
    if (manifest.format !== KEYED_STORE_FORMAT) return null;
    return new KeyedStore(dir, manifest);
  }

  get head(): unknown {
    return this.manifest.head;
  }

  tableNames(): string[] {
    return Object.keys(this.manifest.tables);
  }

  /** Table `name` (an empty one of `shards` shards when the store has none of that name). */
  table(name: string, shards = 1, perShard = 512): KeyedTable {
    let t = this.tables.get(name);
    if (!t) {
      const layout = this.manifest.tables[name] ?? {
        shards,
        perShard,
        count: 0,
        pack: new Uint32Array(shards),
        offset: new Float64Array(shards),
        length: new Uint32Array(shards),
      };
      this.manifest.tables[name] = layout;
      t = new KeyedTable(this, name, layout);
      this.tables.set(name, t);
    }
    return t;
  }

  /** Shard `s`'s bytes (null: it was never written, it is empty). */
  readShard(layout: TableLayout, s: number): Buffer | null {
    const pack = layout.pack[s]!;
    if (pack === 0) return null;
    const fd = openSync(path.join(this.dir, packName(pack)), "r");
    try {
      return this.readAt(fd, layout, s, pack);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Shards `list`'s bytes (one open per pack). Read with positioned synchronous reads: a promise
   * FileHandle closed after thousands of parallel reads once never settled its close (a 100k bench
   * hung in a page removal with the close request pending and the thread pool idle), and the shards
   * are small reads from the page cache.
   */
  async readShards(layout: TableLayout, list: number[]): Promise<Map<number, Buffer | null>> {
    const out = new Map<number, Buffer | null>();
    const byPack = new Map<number, number[]>();
    for (const s of list) {
      const pack = layout.pack[s]!;
      if (pack === 0) out.set(s, null);
      else {
        const shards = byPack.get(pack);
        if (shards) shards.push(s);
        else byPack.set(pack, [s]);
      }
    }
    for (const [pack, shards] of byPack) {
      const fd = openSync(path.join(this.dir, packName(pack)), "r");
      try {
        for (const s of shards) out.set(s, this.readAt(fd, layout, s, pack));
      } finally {
        closeSync(fd);
      }
    }
    return out;
  }

  /** Shard `s` of `layout` read from the open pack `fd` (pack id `pack`). */
  private readAt(fd: number, layout: TableLayout, s: number, pack: number): Buffer {
    const length = layout.length[s]!;
    const bytes = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, bytes, got, length - got, layout.offset[s]! + got);
      if (n === 0) throw new Error(`keyed store ${this.dir}: pack ${pack} ends inside shard ${s}`);
      got += n;
    }
    this.shardReads += 1;
    this.bytesRead += length;
    return bytes;
  }

  /**
   * Saves the shards changed since the last save (their bytes are taken now, before the first
   * await: the caller may go on changing the tables) with `head` as the new head, compacting packs
   * as it goes; then deletes the packs no longer named.
   */
  async save(head: unknown): Promise<{ bytes: number; shards: number }> {
    const m = this.manifest;
    const id = m.nextPack;
    const parts: Buffer[] = [];
    let at = 0;
    /** Table name → shard → [offset, length] in the new pack. */
    const placed = new Map<string, Map<number, [number, number]>>();
    const put = (name: string, s: number, bytes: Buffer) => {
      parts.push(bytes);
      const inTable = placed.get(name) ?? new Map<number, [number, number]>();
      placed.set(name, inTable);
      inTable.set(s, [at, bytes.length]);
      at += bytes.length;
    };
    for (const [name, layout] of Object.entries(m.tables)) {
      const shards = shardCountFor(layout.count, layout.perShard);
      if (layout.count > GROWTH * layout.shards * layout.perShard) this.table(name).reshard(shards);
    }
    for (const t of this.tables.values()) for (const [s, bytes] of t.takeDirty()) put(t.name, s, bytes);
    // Compaction: the packs whose live shards move into the new pack.
    const live = new Map<number, number>();
    for (const layout of Object.values(m.tables))
      for (let s = 0; s < layout.shards; s++) {
        const p = layout.pack[s]!;
        if (p !== 0) live.set(p, (live.get(p) ?? 0) + layout.length[s]!);
      }
    const packIds = Object.keys(m.packs).map(Number);
    const liveTotal = [...live.values()].reduce((a, b) => a + b, 0);
    const sizeTotal = packIds.reduce((a, p) => a + (m.packs[p] ?? 0), 0);
    let fold = new Set<number>();
    if (sizeTotal - liveTotal > liveTotal) fold = new Set(packIds);
    else if (packIds.length >= MAX_PACKS) {
      const largest = packIds.reduce((a, b) => ((live.get(b) ?? 0) > (live.get(a) ?? 0) ? b : a));
      fold = new Set(packIds.filter((p) => p !== largest));
    }
    if (fold.size > 0)
      for (const [name, layout] of Object.entries(m.tables)) {
        const list: number[] = [];
        for (let s = 0; s < layout.shards; s++)
          if (fold.has(layout.pack[s]!) && !placed.get(name)?.has(s)) list.push(s);
        const read = await this.readShards(layout, list);
        for (const s of list) put(name, s, read.get(s)!);
      }
    await mkdir(this.dir, { recursive: true });
    if (at > 0) await writeFile(path.join(this.dir, packName(id)), parts);
    // The new manifest: the placed shards in the new pack, the rest where they were.
    const tables: Record<string, TableLayout> = {};
    for (const [name, layout] of Object.entries(m.tables)) {
      const l: TableLayout = {
        shards: layout.shards,
        perShard: layout.perShard,
        count: layout.count,
        pack: layout.pack.slice(),
        offset: layout.offset.slice(),
        length: layout.length.slice(),
      };
      for (const [s, [offset, length]] of placed.get(name) ?? []) {
        l.pack[s] = id;
        l.offset[s] = offset;
        l.length[s] = length;
      }
      tables[name] = l;
    }
    const packs: Record<number, number> = {};
    for (const l of Object.values(tables))
      for (let s = 0; s < l.shards; s++) {
        const p = l.pack[s]!;
        if (p !== 0) packs[p] = p === id ? at : (m.packs[p] ?? 0);
      }
    const next: Manifest = { format: KEYED_STORE_FORMAT, head, tables, packs, nextPack: id + 1 };
    killForTest(this.dir);
    await commit(this.dir, next);
    // The tables read from the new layout from here on (the shards they hold stay as they are),
    // before the packs it no longer names go.
    for (const [name, layout] of Object.entries(m.tables)) {
      const l = tables[name]!;
      layout.pack.set(l.pack);
      layout.offset.set(l.offset);
      layout.length.set(l.length);
    }
    this.manifest = { ...next, tables: m.tables };
    await dropUnnamed(this.dir, next);
    return { bytes: at, shards: [...placed.values()].reduce((n, x) => n + x.size, 0) };
  }

  /**
   * Writes `tables` whole as the store in `dir` (every other table and pack of it goes): the
   * shards of each table are made one at a time, so only that shard's values are held as strings
   * at once, and written to the new pack as they are encoded (a chunk of WRITE_CHUNK bytes at a
   * time), so the pack is never held whole either; every shard is encoded and written before the
   * first await (the caller may change what the tables read from once this returns a promise).
   */
  static async writeWhole(
    dir: string,
    head: unknown,
    tables: WholeTable[],
  ): Promise<{ bytes: number; shards: number }> {
    const written = KeyedStore.startWhole(dir, tables);
    for (const _ of written.steps);
    return written.commit(head);
  }

  /**
   * `writeWhole` in two parts, for a caller that writes the pack while other work waits (the
   * store's bulk load: the entity index is written while kuzu copies): the pack is written shard
   * by shard as `steps` is read (each step one shard, so the caller can yield between them), and
   * `commit` then names it in the manifest with `head` (the commit point; until then the store is
   * as it was, and a pack left by a crash is removed by the next save). The tables must not change
   * until `steps` is read to its end.
   */
  static startWhole(
    dir: string,
    tables: WholeTable[],
  ): { steps: Iterable<void>; commit(head: unknown): Promise<{ bytes: number; shards: number }> } {
    // A new pack: named past every pack in the folder (those of the manifest it replaces, and any
    // left by a crash).
    mkdirSync(dir, { recursive: true });
    const id = nextFreePack(dir);
    const pack = new PackWriter(path.join(dir, packName(id)));
    let done = false;
    function* steps(): Generator<void> {
      try {
        yield* writeTables(tables, id, pack);
      } finally {
        pack.close();
      }
      done = true;
    }
    return {
      steps: steps(),
      async commit(head: unknown) {
        if (!done) throw new Error(`keyed store ${dir}: commit before the pack was written`);
        const { layouts, at, shardsWritten } = pack.result;
        const manifest: Manifest = {
          format: KEYED_STORE_FORMAT,
          head,
          tables: layouts,
          packs: { [id]: at },
          nextPack: id + 1,
        };
        killForTest(dir);
        await commit(dir, manifest);
        await dropUnnamed(dir, manifest);
        return { bytes: at, shards: shardsWritten };
      },
    };
  }
}

/** Bytes gathered before a write of a pack being written whole. */
const WRITE_CHUNK = 8 * 2 ** 20;

/** A pack file written in order, a chunk at a time, with the layouts of the shards put in it. */
class PackWriter {
  private readonly fd: number;
  /**
   * One chunk, reused: each shard's bytes are copied in as they are put, so the shard's own buffer
   * dies young. Kept until their chunk was written, shards' buffers lived through scavenges, and the
   * native memory of a promoted buffer is given back only by a full collection: while a whole state
   * was written (30,000 articles: 365 MiB) V8 ran a full marking of the heap for "external memory
   * pressure" every second or two.
   */
  private readonly chunk = Buffer.allocUnsafeSlow(WRITE_CHUNK);
  private pending = 0;
  readonly result: { layouts: Record<string, TableLayout>; at: number; shardsWritten: number } = {
    layouts: {},
    at: 0,
    shardsWritten: 0,
  };

  constructor(file: string) {
    this.fd = openSync(file, "w");
  }

  /** Appends a shard's bytes; returns its offset in the pack. */
  put(bytes: Buffer): number {
    const offset = this.result.at;
    this.result.at += bytes.length;
    this.result.shardsWritten += 1;
    if (this.pending + bytes.length > WRITE_CHUNK) this.flush();
    if (bytes.length >= WRITE_CHUNK) this.write(bytes, bytes.length);
    else {
      bytes.copy(this.chunk, this.pending);
      this.pending += bytes.length;
    }
    return offset;
  }

  /** Appends a shard of strings (`encodeFlat`), encoded straight into the chunk; returns its offset and length. */
  putFlat(flat: readonly string[]): [number, number] {
    const ascii = new Uint8Array(flat.length);
    const size = flatSize(flat, ascii);
    if (size >= WRITE_CHUNK) {
      const bytes = Buffer.allocUnsafe(size);
      encodeFlatInto(flat, ascii, bytes, 0);
      return [this.put(bytes), size];
    }
    const offset = this.result.at;
    this.result.at += size;
    this.result.shardsWritten += 1;
    if (this.pending + size > WRITE_CHUNK) this.flush();
    this.pending = encodeFlatInto(flat, ascii, this.chunk, this.pending);
    return [offset, size];
  }

  private write(bytes: Buffer, length: number): void {
    let done = 0;
    while (done < length) done += writeSync(this.fd, bytes, done, length - done);
  }

  private flush(): void {
    if (this.pending === 0) return;
    this.write(this.chunk, this.pending);
    this.pending = 0;
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}

/** Encodes every table's shards into `pack` (pack id `id`), one shard at a time (a step each). */
function* writeTables(tables: WholeTable[], id: number, pack: PackWriter): Generator<void> {
  for (const t of tables) {
    const shards = shardCountFor(t.entries, t.perShard);
    const layout: TableLayout = {
      shards,
      perShard: t.perShard,
      count: 0,
      pack: new Uint32Array(shards),
      offset: new Float64Array(shards),
      length: new Uint32Array(shards),
    };
    // The entries ordered by shard (a counting sort), so each shard's values are made, encoded
    // and let go one shard at a time.
    const shardOf = new Uint32Array(t.entries);
    const start = new Uint32Array(shards + 1);
    for (let i = 0; i < t.entries; i++) {
      const s = keyHash(t.key(i)) & (shards - 1);
      shardOf[i] = s;
      start[s + 1]! += 1;
    }
    for (let s = 0; s < shards; s++) start[s + 1]! += start[s]!;
    const order = new Uint32Array(t.entries);
    const fill = start.slice(0, shards);
    for (let i = 0; i < t.entries; i++) order[fill[shardOf[i]!]!++] = i;
    for (let s = 0; s < shards; s++) {
      const from = start[s]!;
      const to = start[s + 1]!;
      if (from === to) continue;
      let flat: string[];
      if (t.unique) {
        // Filled by push: an array made at its length is holey, and v8.serialize writes a holey
        // array as a sparse one (each value with its index), 0.5 % more bytes to write and read.
        flat = [];
        for (let j = from; j < to; j++) {
          const i = order[j]!;
          flat.push(t.key(i), t.value(i));
        }
      } else {
        // A later copy of a key replaces an earlier one (entries are in index order here).
        const map = new Map<string, string>();
        for (let j = from; j < to; j++) map.set(t.key(order[j]!), t.value(order[j]!));
        flat = [];
        for (const [k, v] of map) flat.push(k, v);
      }
      const [offset, length] = pack.putFlat(flat);
      layout.count += flat.length / 2;
      layout.pack[s] = id;
      layout.length[s] = length;
      layout.offset[s] = offset;
      yield;
    }
    pack.result.layouts[t.name] = layout;
  }
}

/** One past the highest pack id among the files of `dir` (so a pack of a crashed run is never reused while named). */
function nextFreePack(dir: string): number {
  let max = 0;
  try {
    for (const name of readdirSync(dir)) {
      const m = /^p(\d+)\.pack$/.exec(name);
      if (m) max = Math.max(max, Number(m[1]));
    }
  } catch {
    // No folder yet.
  }
  return max + 1;
}

/**
 * `LAOMO_TEST_KILL_IN_SAVE=<folder name>` makes a save into that folder SIGKILL its process after
 * the pack is written and before the manifest is (the crash test, ../incremental-crash.test.ts).
 */
function killForTest(dir: string): void {
  if (process.env.LAOMO_TEST_KILL_IN_SAVE === path.basename(dir)) process.kill(process.pid, "SIGKILL");
}

/** Writes the manifest aside and renames it over the old one (the commit point of a save). */
async function commit(dir: string, manifest: Manifest): Promise<void> {
  const target = path.join(dir, MANIFEST);
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, serialize(manifest));
  await rename(tmp, target);
}

/** Deletes every file of `dir` but the manifest and the packs it names (left by a save or a crash). */
async function dropUnnamed(dir: string, manifest: Manifest): Promise<void> {
  const keep = new Set(Object.keys(manifest.packs).map((p) => packName(Number(p))));
  for (const name of await readdir(dir))
    if (name !== MANIFEST && !keep.has(name)) await rm(path.join(dir, name), { force: true });
}
