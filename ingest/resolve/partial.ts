/**
 * Partial resolution: a change of the journal (new, changed or removed files) is resolved against
 * the last resolution instead of resolving the whole journal again, with the same result.
 *
 * The resolution state (`<dataDir>/resolution/state.v8`) holds the last resolved graph (before
 * corrections), its merge log, and an inverted index from resolution keys — person names and event
 * names, the keys person clustering and event identity decide on — to the articles that mention
 * them, plus the journal entries of every article; it records the journal revision it was made
 * from and is used only while the journal is at that revision.
 *
 * For a change: the articles of the changed journal entries are read as they were and as they are;
 * their person and event names are the affected keys, and every article that mentions one is read
 * too, so those keys' decisions are made on all their mentions. The set is resolved twice (as it
 * was and as it is, graph-builder.ts folds contributions in a canonical order); an entity whose
 * contributions differ between the two is touched. A touched entity whose every article was
 * resolved takes its new value; one that other articles also contribute to (a hub) is updated in
 * place (entity-merge.ts). A contribution that rests on a decision whose key was not read whole
 * (an article's other people and events) is doubtful: when a touched entity has one, its key is
 * added and the set read again, until no touched entity rests on a doubtful decision. Past
 * MAX_PARTIAL_SHARE of the journal, or when an entity cannot be updated in place, the whole
 * journal is resolved, and the caller is told why.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { GraphNode, GraphRel } from "../../model/types.ts";
import { articlesOf, type Journal, type JournalChange } from "../journal.ts";
import type { ArticleExtraction } from "../types.ts";
import { mergeEntity } from "./entity-merge.ts";
import { type MergeDecision, resolutionKeys, resolveDetailed, resolveGraph } from "./index.ts";
import { nameKey } from "./normalise.ts";
import { type SavedChunk, StoredGraph } from "./stored-graph.ts";

/** Bump when the state's layout or what the resolver makes changes (an older state is ignored). */
export const RESOLUTION_STATE_VERSION = 3;
/** A change whose articles to read are more than this share of the journal is resolved whole. */
export const MAX_PARTIAL_SHARE = 0.2;
/** … unless they are fewer than this. */
export const MIN_PARTIAL_CAP = 500;
/** Rounds of adding doubtful keys before giving up. */
const MAX_ROUNDS = 8;

export interface ResolutionState {
  version: number;
  /** The journal revision it was resolved from. */
  revision: string;
  /**
   * Names the resolved graph: a new one for every resolution that changes it (a store write
   * records the token of the graph it holds, ingest/write-graph.ts).
   */
  token: string;
  /** The resolved graph, before corrections (each entity parsed when asked for: stored-graph.ts). */
  graph: StoredGraph;
  mergeLog: MergeDecision[];
  /** Person name key → ids of the articles that mention it. */
  personKeys: Map<string, string[]>;
  /** Event name key → ids of the articles that mention it. */
  eventKeys: Map<string, string[]>;
  /** Article id → content hashes of the journal entries that hold it. */
  articleEntries: Map<string, string[]>;
}

/** How a resolution was made: partially (against the state), or whole and why. */
export interface ResolutionMode {
  mode: "partial" | "full";
  reason: string;
  /** Articles read and resolved by a partial resolution. */
  articlesResolved?: number;
  /** Entities (nodes and relationships) it replaced, added or removed. */
  entitiesTouched?: number;
}

/** The entities a partial resolution may have changed since the state it started from. */
export interface TouchedIds {
  /** The token of the state it started from. */
  from: string;
  nodes: string[];
  rels: string[];
}

function stateFile(dataDir: string): string {
  return path.join(dataDir, "resolution", "state.v8");
}

/**
 * The state file is a sequence of frames, each a 4-byte length and a `v8.serialize`d value: first
 * the state without its graph (with the graph's article count), then the graph's nodes and
 * relationships as lists of [id, JSON] in chunks of STATE_CHUNK. A chunk's texts are made and
 * serialised one chunk at a time, so a graph built whole (a full resolution) is never held as
 * objects and as texts at once.
 */
const STATE_CHUNK = 4096;

type StateHead = Omit<ResolutionState, "graph"> & { articles: number };
type StateFrame = { nodes: [string, string][] } | { rels: [string, string][] };

function frame(value: unknown): Buffer {
  const body = serialize(value);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(body.length);
  return Buffer.concat([head, body]);
}

export async function loadState(dataDir: string): Promise<ResolutionState | null> {
  try {
    const bytes = await readFile(stateFile(dataDir));
    let at = 0;
    const next = (): unknown => {
      const length = bytes.readUInt32LE(at);
      const value = deserialize(bytes.subarray(at + 4, at + 4 + length));
      at += 4 + length;
      return value;
    };
    const head = next() as StateHead;
    if (head.version !== RESOLUTION_STATE_VERSION) return null;
    const nodes = new Map<string, string>();
    const rels = new Map<string, string>();
    const saved: SavedChunk[] = [];
    while (at < bytes.length) {
      const start = at;
      const f = next() as StateFrame;
      // The frame's bytes are kept: a chunk no entity of which changes is written again as it is.
      const frame = bytes.subarray(start, at);
      if ("nodes" in f) {
        for (const [id, text] of f.nodes) nodes.set(id, text);
        saved.push({ kind: "nodes", ids: f.nodes.map(([id]) => id), frame });
      } else {
        for (const [id, text] of f.rels) rels.set(id, text);
        saved.push({ kind: "rels", ids: f.rels.map(([id]) => id), frame });
      }
    }
    const { articles, ...rest } = head;
    return { ...rest, graph: StoredGraph.fromData({ nodes, rels, articles }, saved) };
  } catch {
    return null;
  }
}

/**
 * Saves the state. It is serialised before the first await, so a caller may go on and change the
 * graph in place (corrections do) while the file is written.
 */
export async function saveState(dataDir: string, state: ResolutionState, chunk = STATE_CHUNK): Promise<void> {
  const t0 = performance.now();
  const { graph, ...rest } = state;
  const frames: Buffer[] = [frame({ ...rest, articles: graph.articleCount } satisfies StateHead)];
  for (const kind of ["nodes", "rels"] as const)
    frames.push(
      ...graph.stateFrames(kind, chunk, (chunk) =>
        frame(kind === "nodes" ? { nodes: chunk } : { rels: chunk }),
      ),
    );
  const size = frames.reduce((n, f) => n + f.length, 0);
  const target = stateFile(dataDir);
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, frames);
  await rename(tmp, target);
  if (process.env.LAOMO_DEBUG_COPY)
    console.error(
      `[resolve] state saved: ${Math.round(performance.now() - t0)} ms, ${(size / 2 ** 20).toFixed(1)} MiB`,
    );
}

function addKey(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function dropKey(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) return;
  const rest = list.filter((x) => x !== id);
  if (rest.length > 0) map.set(key, rest);
  else map.delete(key);
}

/** Resolve the whole journal and index it. */
export async function resolveWhole(journal: Journal, revision: string): Promise<ResolutionState> {
  const byEntry = await journal.articlesByEntry();
  const all: ArticleExtraction[] = [];
  const personKeys = new Map<string, string[]>();
  const eventKeys = new Map<string, string[]>();
  const articleEntries = new Map<string, string[]>();
  for (const [hash, articles] of byEntry) {
    for (const a of articles) {
      all.push(a);
      addKey(articleEntries, a.id, hash);
      const keys = resolutionKeys(a);
      for (const k of keys.persons) addKey(personKeys, k, a.id);
      for (const k of keys.events) addKey(eventKeys, k, a.id);
    }
  }
  const { batch, mergeLog } = resolveGraph(all);
  return {
    version: RESOLUTION_STATE_VERSION,
    revision,
    token: randomUUID(),
    graph: StoredGraph.of(batch),
    mergeLog,
    personKeys,
    eventKeys,
    articleEntries,
  };
}

type Entity = GraphNode | GraphRel;

function isRelId(id: string): boolean {
  return id.startsWith("r_");
}

/**
 * The state after `change` (planned on the journal the state was made from), or why the whole
 * journal must be resolved. `journal` may or may not have applied the change yet: changed entries
 * are taken from the change, the others read from disk (they are the same before and after).
 */
export async function resolvePartially(
  journal: Journal,
  state: ResolutionState,
  change: JournalChange,
  revision: string,
): Promise<{ state: ResolutionState; mode: ResolutionMode; touched: TouchedIds } | { reason: string }> {
  // The articles of the changed entries, as they were and as they are.
  const oldChanged: ArticleExtraction[] = [];
  const newChanged: ArticleExtraction[] = [];
  const newHashesOf = new Map<string, Set<string>>(); // changed entries holding an article now
  for (const [hash, { was, now }] of change.entries) {
    if (was) oldChanged.push(...articlesOf(was, change.before));
    for (const a of articlesOf(now, change.after)) {
      newChanged.push(a);
      const set = newHashesOf.get(a.id) ?? new Set<string>();
      set.add(hash);
      newHashesOf.set(a.id, set);
    }
  }
  const changedIds = new Set([...oldChanged, ...newChanged].map((a) => a.id));
  // Unchanged entries are read once, under the new index (they read the same under the old).
  const entryCache = new Map<string, ArticleExtraction[]>();
  const readEntries = async (hashes: Iterable<string>) => {
    const missing = [...new Set(hashes)].filter((h) => !entryCache.has(h) && !change.entries.has(h));
    for (const h of missing) entryCache.set(h, await journal.articlesOfEntries([h], change.after));
  };
  const unchangedArticles = async (ids: Iterable<string>): Promise<ArticleExtraction[]> => {
    const want = new Set(ids);
    const hashes = new Set<string>();
    for (const id of want) for (const h of state.articleEntries.get(id) ?? []) hashes.add(h);
    await readEntries(hashes);
    const out: ArticleExtraction[] = [];
    for (const h of [...hashes].sort()) {
      if (change.entries.has(h)) continue;
      for (const a of entryCache.get(h) ?? []) if (want.has(a.id)) out.push(a);
    }
    return out;
  };
  // The changed articles' readings in unchanged entries (one article printed in two files).
  const alsoElsewhere = await unchangedArticles(changedIds);
  const before = [...oldChanged, ...alsoElsewhere];
  const after = [...newChanged, ...alsoElsewhere];

  const persons = new Set<string>();
  const events = new Set<string>();
  for (const a of [...before, ...after]) {
    const keys = resolutionKeys(a);
    for (const k of keys.persons) persons.add(k);
    for (const k of keys.events) events.add(k);
  }
  const total = state.articleEntries.size;
  const cap = Math.max(MIN_PARTIAL_CAP, Math.floor(total * MAX_PARTIAL_SHARE));

  // Articles read whole besides those of the keys: every contributor of a hub that cannot be
  // updated in place (it is then folded again from all of them).
  const extra = new Set<string>();
  let round = 0;
  for (;;) {
    round += 1;
    const others = new Set<string>(extra);
    for (const k of persons) for (const id of state.personKeys.get(k) ?? []) others.add(id);
    for (const k of events) for (const id of state.eventKeys.get(k) ?? []) others.add(id);
    for (const id of changedIds) others.delete(id);
    if (others.size + changedIds.size > cap)
      return {
        reason: `${others.size + changedIds.size} articles share a person or event name with the change (more than ${cap})`,
      };
    const rest = await unchangedArticles(others);
    const complete = { persons, events };
    const was = resolveDetailed([...before, ...rest], complete);
    const now = resolveDetailed([...after, ...rest], complete);

    // Touched entities: some article's contribution differs.
    const touched: string[] = [];
    for (const id of new Set([...was.contributions.keys(), ...now.contributions.keys()])) {
      const a = was.contributions.get(id);
      const b = now.contributions.get(id);
      if (a && b && a.size === b.size && [...a].every(([art, text]) => b.get(art) === text)) continue;
      touched.push(id);
    }
    // A touched entity must not rest on a decision made on part of its key's mentions.
    const doubtful = new Set<string>();
    for (const id of touched)
      for (const d of [was.doubts.get(id), now.doubts.get(id)])
        for (const k of d ?? [])
          if (!(k.startsWith("p:") ? persons : events).has(k.slice(2))) doubtful.add(k);
    if (doubtful.size > 0) {
      if (round >= MAX_ROUNDS) return { reason: `decisions still doubtful after ${round} rounds` };
      for (const k of doubtful) (k.startsWith("p:") ? persons : events).add(k.slice(2));
      continue;
    }

    const resolvedIds = new Set([...changedIds, ...others]);
    const patched = patchGraph(state.graph, touched, was, now, resolvedIds);
    if (typeof patched === "string") return { reason: patched };
    if ("refold" in patched) {
      if (round >= MAX_ROUNDS) return { reason: `${patched.why} after ${round} rounds` };
      for (const id of patched.refold) extra.add(id);
      continue;
    }

    const mergeLog = [
      ...state.mergeLog.filter((m) => !persons.has(nameKey(m.name))),
      ...now.mergeLog.filter((m) => persons.has(nameKey(m.name))),
    ].sort((x, y) => x.personId.localeCompare(y.personId));

    // The inverted index and the article → entries map, for the journal as it is now.
    const personKeys = new Map(state.personKeys);
    const eventKeys = new Map(state.eventKeys);
    const articleEntries = new Map(state.articleEntries);
    for (const a of before) {
      const keys = resolutionKeys(a);
      for (const k of keys.persons) dropKey(personKeys, k, a.id);
      for (const k of keys.events) dropKey(eventKeys, k, a.id);
    }
    for (const a of after) {
      const keys = resolutionKeys(a);
      for (const k of keys.persons) addKey(personKeys, k, a.id);
      for (const k of keys.events) addKey(eventKeys, k, a.id);
    }
    for (const id of changedIds) {
      const hashes = new Set(
        (state.articleEntries.get(id) ?? []).filter(
          (h) => !change.entries.has(h) || newHashesOf.get(id)?.has(h),
        ),
      );
      for (const h of newHashesOf.get(id) ?? []) hashes.add(h);
      if (hashes.size > 0) articleEntries.set(id, [...hashes].sort());
      else articleEntries.delete(id);
    }
    // The stored graph is changed in place (the state it belonged to is not used again).
    state.graph.patch(patched.nodes, patched.rels);
    return {
      state: {
        version: RESOLUTION_STATE_VERSION,
        revision,
        // The graph keeps its name while nothing in it changes.
        token: touched.length > 0 ? randomUUID() : state.token,
        graph: state.graph,
        mergeLog,
        personKeys,
        eventKeys,
        articleEntries,
      },
      mode: {
        mode: "partial",
        reason: "",
        articlesResolved: resolvedIds.size,
        entitiesTouched: touched.length,
      },
      touched: {
        from: state.token,
        nodes: touched.filter((id) => !isRelId(id)),
        rels: touched.filter(isRelId),
      },
    };
  }
}

/**
 * The replacements of every touched entity (null: it goes): its value in `now` when every article
 * that contributes to it was resolved, else merged into the stored value (entity-merge.ts). Only
 * the touched entities of the stored graph are read.
 */
function patchGraph(
  graph: StoredGraph,
  touched: string[],
  was: ReturnType<typeof resolveDetailed>,
  now: ReturnType<typeof resolveDetailed>,
  resolvedIds: ReadonlySet<string>,
):
  | { nodes: Map<string, GraphNode | null>; rels: Map<string, GraphRel | null> }
  | { refold: string[]; why: string }
  | string {
  const freshNodes = new Map(now.batch.nodes.map((n) => [n.id, n]));
  const freshRels = new Map(now.batch.rels.map((r) => [r.id, r]));
  const result = new Map<string, Entity | null>();
  const refold = new Set<string>();
  let why = "";
  for (const id of touched) {
    const rel = isRelId(id);
    const stored: Entity | undefined = rel ? graph.rel(id) : graph.node(id);
    const fresh: Entity | undefined = rel ? freshRels.get(id) : freshNodes.get(id);
    if (!stored || stored.articleIds.every((a) => resolvedIds.has(a))) {
      result.set(id, fresh ?? null);
      continue;
    }
    const a = was.contributions.get(id) ?? new Map<string, string>();
    const b = now.contributions.get(id) ?? new Map<string, string>();
    const removed = new Set([...a.keys()].filter((art) => b.get(art) !== a.get(art)));
    const added = new Set([...b.keys()].filter((art) => a.get(art) !== b.get(art)));
    const merged = mergeEntity(stored, fresh, removed, added);
    if (typeof merged === "string") {
      // Read every article of the entity, and fold it again from all of them.
      why ||= `${merged}, and other articles contribute to it`;
      for (const a of stored.articleIds) if (!resolvedIds.has(a)) refold.add(a);
      continue;
    }
    result.set(id, merged);
  }
  if (refold.size > 0) return { refold: [...refold], why };
  const nodes = new Map<string, GraphNode | null>();
  const rels = new Map<string, GraphRel | null>();
  for (const [id, e] of result)
    if (isRelId(id)) rels.set(id, e as GraphRel | null);
    else nodes.set(id, e as GraphNode | null);
  // Every relationship keeps both its nodes (a node whose articles all went takes its
  // relationships with it: they are touched too).
  const exists = (id: string) => {
    const r = nodes.get(id);
    return r === undefined ? graph.hasNode(id) : r !== null;
  };
  for (const [id, r] of rels)
    if (r && (!exists(r.source) || !exists(r.target)))
      return `relationship ${id} would point at a missing node after the partial update`;
  const gone = new Set([...nodes].filter(([, n]) => n === null).map(([id]) => id));
  if (gone.size > 0)
    for (const id of graph.relsAt(gone))
      if (rels.get(id) === undefined)
        return `relationship ${id} would point at a missing node after the partial update`;
  return { nodes, rels };
}
