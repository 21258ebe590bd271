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
import { rm } from "node:fs/promises";
import path from "node:path";
import type { GraphNode, GraphRel } from "../../model/types.ts";
import { articlesOf, type Journal, type JournalChange, type StoredEntry } from "../journal.ts";
import {
  addToList,
  dropFromList,
  KeyedStore,
  LIST_SEP,
  listOf,
  MapTable,
  type StringTable,
  wholeOf,
} from "../keyed-store.ts";
import type { ArticleExtraction } from "../types.ts";
import { mergeEntity } from "./entity-merge.ts";
import { type MergeDecision, resolutionKeys, resolveDetailed, resolveGraph } from "./index.ts";
import { nameKey } from "./normalise.ts";
import { StoredGraph } from "./stored-graph.ts";

/** Bump when the state's layout or what the resolver makes changes (an older state is ignored). */
export const RESOLUTION_STATE_VERSION = 5;
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
  /** Person name key → JSON of the merge decisions of the persons of that name (`mergeLogOf`: all). */
  mergeLog: StringTable;
  /** Person name key → ids of the articles that mention it (joined by U+0001, as every list here). */
  personKeys: StringTable;
  /** Event name key → ids of the articles that mention it. */
  eventKeys: StringTable;
  /** Article id → content hashes of the journal entries that hold it. */
  articleEntries: StringTable;
  /** The store the state was read from (a save writes only the shards that changed since). */
  store?: KeyedStore;
}

/** The whole merge log, by person id (reads every shard of the table). */
export function mergeLogOf(table: StringTable): MergeDecision[] {
  const out: MergeDecision[] = [];
  for (const [, text] of table.entries()) out.push(...(JSON.parse(text) as MergeDecision[]));
  return out.sort((x, y) => (x.personId < y.personId ? -1 : x.personId > y.personId ? 1 : 0));
}

/** The merge log as a table by person name key. */
export function mergeLogTable(log: readonly MergeDecision[]): MapTable {
  const byKey = new Map<string, MergeDecision[]>();
  for (const m of log) {
    const k = nameKey(m.name);
    byKey.set(k, [...(byKey.get(k) ?? []), m]);
  }
  return new MapTable(new Map([...byKey].map(([k, list]) => [k, JSON.stringify(list)])));
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

function stateDir(dataDir: string): string {
  return path.join(dataDir, "resolution", "state");
}

/** The state's own record in the store's manifest (its tables hold the rest). */
interface StateHead {
  version: number;
  revision: string;
  token: string;
  articles: number;
}

/** Entries per shard aimed at for the key tables (an entry is tens of bytes). */
const KEYS_PER_SHARD = 512;
/** The state's tables besides the graph's. */
const KEY_TABLES = ["mergeLog", "personKeys", "eventKeys", "articleEntries"] as const;

/**
 * The state in `<dataDir>/resolution/state/` (a keyed store, ../keyed-store.ts): the manifest only;
 * each table's shards are read when a key of theirs is first asked for.
 */
export async function loadState(dataDir: string): Promise<ResolutionState | null> {
  const store = await KeyedStore.open(stateDir(dataDir));
  const head = store?.head as StateHead | undefined;
  if (!store || head?.version !== RESOLUTION_STATE_VERSION) return null;
  const graph = StoredGraph.fromTables(
    {
      nodes: store.table("nodes"),
      rels: store.table("rels"),
      adj: store.table("adj"),
      texts: store.table("texts"),
    },
    head.articles,
  );
  return {
    version: head.version,
    revision: head.revision,
    token: head.token,
    graph,
    mergeLog: store.table("mergeLog"),
    personKeys: store.table("personKeys"),
    eventKeys: store.table("eventKeys"),
    articleEntries: store.table("articleEntries"),
    store,
  };
}

/**
 * Saves the state: only the shards changed since it was read when it was read from the store,
 * else every table whole. The bytes are made before the first await, so a caller may go on and
 * change the graph in place (corrections do) while they are written.
 */
export async function saveState(
  dataDir: string,
  state: ResolutionState,
  opts: { consume?: boolean } = {},
): Promise<void> {
  const t0 = performance.now();
  const head: StateHead = {
    version: RESOLUTION_STATE_VERSION,
    revision: state.revision,
    token: state.token,
    articles: state.graph.articleCount,
  };
  let written: { bytes: number; shards: number };
  let how: string;
  if (state.store) {
    written = await state.store.save(head);
    how = "changed shards";
  } else {
    const tables = [
      ...state.graph.wholeTables(opts),
      ...KEY_TABLES.map((name) => wholeOf(name, state[name], KEYS_PER_SHARD)),
    ];
    written = await KeyedStore.writeWhole(stateDir(dataDir), head, tables);
    how = "whole";
    // The single-file state of layout 3 and before, if any, is not read again.
    await rm(path.join(dataDir, "resolution", "state.v8"), { force: true });
  }
  if (process.env.LAOMO_DEBUG_COPY)
    console.error(
      `[resolve] state saved (${how}): ${Math.round(performance.now() - t0)} ms, ${written.shards} shards, ${(written.bytes / 2 ** 20).toFixed(1)} MiB`,
    );
}

function addKey(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

const joined = (map: Map<string, string[]>) =>
  new MapTable(new Map([...map].map(([k, v]) => [k, v.join(LIST_SEP)])));

/**
 * Resolve the whole journal and index it; `written` are entries just written to the journal, taken
 * as given instead of read from disk (one copy of their extractions in memory, not two), and
 * handed over: the map is emptied, and each article is let go once resolved (`resolveGraph`'s
 * `consume`).
 */
export async function resolveWhole(
  journal: Journal,
  revision: string,
  written?: Map<string, StoredEntry>,
): Promise<ResolutionState> {
  const byEntry = await journal.articlesByEntry(undefined, written);
  written?.clear();
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
  byEntry.length = 0;
  const { batch, mergeLog } = resolveGraph(all, { consume: true });
  return {
    version: RESOLUTION_STATE_VERSION,
    revision,
    token: randomUUID(),
    graph: StoredGraph.of(batch, { unique: true }),
    mergeLog: mergeLogTable(mergeLog),
    personKeys: joined(personKeys),
    eventKeys: joined(eventKeys),
    articleEntries: joined(articleEntries),
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
    await state.articleEntries.preload(want);
    for (const id of want) for (const h of listOf(state.articleEntries, id)) hashes.add(h);
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
    await Promise.all([state.personKeys.preload(persons), state.eventKeys.preload(events)]);
    for (const k of persons) for (const id of listOf(state.personKeys, k)) others.add(id);
    for (const k of events) for (const id of listOf(state.eventKeys, k)) others.add(id);
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
    // The touched entities' shards, and the relationships of nodes that may go, read at once.
    const touchedNodes = touched.filter((id) => !isRelId(id));
    await state.graph.preload({ nodes: touchedNodes, rels: touched.filter(isRelId), adj: touchedNodes });
    const patched = patchGraph(state.graph, touched, was, now, resolvedIds);
    if (typeof patched === "string") return { reason: patched };
    if ("refold" in patched) {
      if (round >= MAX_ROUNDS) return { reason: `${patched.why} after ${round} rounds` };
      for (const id of patched.refold) extra.add(id);
      continue;
    }

    // The merge log, the inverted index and the article → entries map, for the journal as it is
    // now: changed in place, key by key (the state they belonged to is not used again).
    const { mergeLog, personKeys, eventKeys, articleEntries } = state;
    const nowLog = new Map<string, MergeDecision[]>();
    for (const m of now.mergeLog) {
      const k = nameKey(m.name);
      if (persons.has(k)) nowLog.set(k, [...(nowLog.get(k) ?? []), m]);
    }
    await mergeLog.preload(persons);
    for (const k of persons) {
      const list = nowLog.get(k);
      if (list) mergeLog.set(k, JSON.stringify(list));
      else mergeLog.delete(k);
    }
    for (const a of before) {
      const keys = resolutionKeys(a);
      for (const k of keys.persons) dropFromList(personKeys, k, a.id);
      for (const k of keys.events) dropFromList(eventKeys, k, a.id);
    }
    for (const a of after) {
      const keys = resolutionKeys(a);
      for (const k of keys.persons) addToList(personKeys, k, a.id);
      for (const k of keys.events) addToList(eventKeys, k, a.id);
    }
    for (const id of changedIds) {
      const hashes = new Set(
        listOf(articleEntries, id).filter((h) => !change.entries.has(h) || newHashesOf.get(id)?.has(h)),
      );
      for (const h of newHashesOf.get(id) ?? []) hashes.add(h);
      if (hashes.size > 0) articleEntries.set(id, [...hashes].sort().join(LIST_SEP));
      else articleEntries.delete(id);
    }
    // The stored graph is changed in place too.
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
        ...(state.store ? { store: state.store } : {}),
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
