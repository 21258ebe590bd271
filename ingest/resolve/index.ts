/**
 * Resolution: turns per-article extractions into one canonical graph. Organisation
 * abbreviations are expanded within each article, a company's full and short names are one
 * node (org-names.ts: named by its fullest spelling, the others kept as aliases), entities get
 * deterministic ids from canonical keys, same-name people are split or merged (see
 * cluster-persons.ts) and every node and relationship keeps the evidence sentences it came from.
 */
import { nodeId } from "../../model/ids.ts";
import type { Evidence, GraphBatch, GraphNode, NodeLabel, OrgType } from "../../model/types.ts";
import type { ArticleExtraction, ArticleSource, Span } from "../types.ts";
import { clusterPersons, type PersonCluster, type PersonMentionRef } from "./cluster-persons.ts";
import { eventIdentities, eventMentionsOf, identityKeys, mentionKeys } from "./event-identity.ts";
import { expandAbbreviations } from "./expand-abbreviations.ts";
import { GraphBuilder, type NodeFinish } from "./graph-builder.ts";
import { nameKey, splitAlternatives } from "./normalise.ts";
import { abbreviates, betterName, orgKey, preferType } from "./org-names.ts";
import { pinyinKeys } from "./pinyin.ts";

export interface MergeDecision {
  personId: string;
  name: string;
  mergeKey: string;
  articleIds: string[];
  reasons: string[];
}

export interface Resolution {
  batch: GraphBatch;
  mergeLog: MergeDecision[];
}

/**
 * Which decisions a resolution of part of the journal can trust: the person name keys and event
 * mention keys (event-identity.ts `mentionKeys`) whose every mention it was given. Absent: all of
 * them (a full resolution).
 */
export interface CompleteKeys {
  persons: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/** A resolution with what each article contributed to each entity (ingest/resolve/partial.ts). */
export interface DetailedResolution extends Resolution {
  /** Entity id → article id → that article's contributions, as text (only with `complete`). */
  contributions: Map<string, Map<string, string>>;
  /** Entity id → keys (`p:` person name, `e:` event mention key) of untrusted decisions it rests on. */
  doubts: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The person name keys and event mention keys (event-identity.ts `mentionKeys`) of an article:
 * what partial resolution indexes.
 */
export function resolutionKeys(a: ArticleExtraction): { persons: string[]; events: string[] } {
  const expand = expandAbbreviations(orgNamesOf(a), a.text);
  const mentions = eventMentionsOf([a], (_, o) => orgKey(expand.get(o) ?? o));
  return {
    persons: [...new Set(a.persons.map((p) => nameKey(p.name)))],
    events: [...new Set(mentions.flatMap(mentionKeys))],
  };
}

function ev(articleId: string, span: Span): Evidence {
  return {
    articleId,
    sentence: span.sentence,
    offset: span.offset,
    spanStart: span.spanStart,
    spanEnd: span.spanEnd,
  };
}

/** The sources of an extraction (those the journal recorded, else its own file and date). */
function sourcesOf(x: ArticleExtraction): ArticleSource[] {
  return x.sources ?? [{ file: x.file, date: x.date }];
}

/** True when extraction `a` should stand for its article rather than `b`: dated first, earliest. */
function preferred(a: ArticleExtraction, b: ArticleExtraction): boolean {
  if (a.date !== b.date) {
    if (a.date === null || b.date === null) return a.date !== null;
    return a.date < b.date;
  }
  return a.file < b.file;
}

/**
 * One extraction per article id: the same article read from several files (one content under
 * several names, or one article printed on two pages) counts once. The earliest dated reading
 * stands for it, and it keeps every source with the date each gave, so no date is lost.
 */
function uniqueArticles(extractions: ArticleExtraction[]): ArticleExtraction[] {
  const byId = new Map<string, { best: ArticleExtraction; sources: Map<string, ArticleSource> }>();
  for (const x of extractions) {
    const seen = byId.get(x.id);
    const entry = seen ?? { best: x, sources: new Map<string, ArticleSource>() };
    if (seen && preferred(x, seen.best)) entry.best = x;
    for (const s of sourcesOf(x)) {
      const prev = entry.sources.get(s.file);
      if (!prev || (prev.date === null && s.date !== null)) entry.sources.set(s.file, s);
    }
    byId.set(x.id, entry);
  }
  return [...byId.values()]
    .map(({ best, sources }) => {
      const all = [...sources.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      const file = all.find((s) => s.date === best.date)?.file ?? best.file;
      return { ...best, file, sources: all };
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.index - b.index);
}

/** Every organisation name an article states (employers, organisers, collectives). */
function orgNamesOf(a: ArticleExtraction): string[] {
  return [
    ...a.persons.flatMap((p) => p.employers.map((e) => e.org)),
    ...a.events.flatMap((e) => e.organizers.map((o) => o.org)),
  ];
}

/** Organisation nodes are named by their best spelling among every mention's (see betterName). */
const nameOrganization: NodeFinish = {
  step: (best, init) =>
    init.label === "Organization" ? betterName(best ?? init.name, init.name) : undefined,
  end: (n, best) => {
    if (n.label !== "Organization" || best === undefined) return;
    n.name = best;
    n.aliases = n.aliases.filter((a) => a !== best);
  },
};

/**
 * The graph of `extractions`. With `consume` they are handed over: the list is emptied, and each
 * article is let go once its contributions are folded (a whole resolution of the journal never
 * holds every extraction and the whole graph at its end).
 */
export function resolveGraph(extractions: ArticleExtraction[], opts: { consume?: boolean } = {}): Resolution {
  const { batch, mergeLog } = resolveDetailed(extractions, undefined, opts);
  return { batch, mergeLog };
}

/**
 * `resolveGraph` with each entity's contributions by article; with `complete`, contributions
 * that rest on a person cluster or event identity of a key not in it are marked as doubtful.
 */
export function resolveDetailed(
  extractions: ArticleExtraction[],
  complete?: CompleteKeys,
  opts: { consume?: boolean } = {},
): DetailedResolution {
  const articles = uniqueArticles(extractions);
  // Handed over (a whole resolution only): the caller's list no longer holds them.
  const consume = opts.consume === true && !complete;
  if (consume) extractions.length = 0;
  // A whole resolution folds each contribution as it is made (articles emitted by id, the fold's
  // order); a partial one keeps them, to compare them by article.
  const g = new GraphBuilder({ online: !complete, finish: nameOrganization });
  // Names, their pinyin and node ids recur across articles (a reporter on every article of theirs,
  // an honour on every holder's): each is computed once per resolution (pinyin, name keys and
  // ids were 2.0 s of a whole resolution's 9.4 s at 30,000 articles). Let go before the build.
  const memo = new ResolutionMemo();
  const nameKey = (s: string) => memo.nameKey(s);
  const pinyinKeys = (s: string) => memo.pinyin(s);
  const nodeId = (label: NodeLabel, key: string) => memo.nodeId(label, key);
  const personDoubt = (name: string): string[] =>
    complete && !complete.persons.has(nameKey(name)) ? [`p:${nameKey(name)}`] : [];

  // Organisation names of each article, abbreviations expanded to the article's full forms.
  const expansions = new Map<string, Map<string, string>>();
  for (const a of articles) expansions.set(a.id, expandAbbreviations(orgNamesOf(a), a.text));

  // Event identity: an undated mention of a dated event is that event (event-identity.ts).
  const eventMentions = eventMentionsOf(articles, (articleId, o) =>
    orgKey(expansions.get(articleId)?.get(o) ?? o),
  );
  const eventKeys = eventIdentities(eventMentions, new Map(articles.map((a) => [a.id, a.date])));
  // The mention keys each event identity rests on (only a partial resolution asks).
  const restsOn = complete ? identityKeys(eventMentions) : new Map<string, string[]>();
  const eventDoubt = (articleId: string, key: string): string[] =>
    (restsOn.get(`${articleId}\u0001${key}`) ?? [])
      .filter((k) => !complete!.events.has(k))
      .map((k) => `e:${k}`);

  // Person mentions are clustered across articles (cluster-persons.ts) before any is emitted.
  const mentions: PersonMentionRef[] = [];
  const spelledName: string[] = []; // by mention ref: the name as the article prints it
  const firstRef = new Map<string, number>(); // article id → the ref of its first person mention
  for (const a of articles) {
    const expand = expansions.get(a.id);
    const full = (n: string) => expand?.get(n) ?? n;
    firstRef.set(a.id, mentions.length);
    for (const p of a.persons) {
      spelledName.push(p.name);
      mentions.push({
        ref: mentions.length,
        articleId: a.id,
        name: nameKey(p.name),
        employers: p.employers.map((e) => orgKey(splitAlternatives(full(e.org))[0] ?? e.org)),
        honours: p.honours.map((h) => nameKey(h.name)),
      });
    }
  }
  const clusters = clusterPersons(mentions);
  const clusterOf: PersonCluster[] = [];
  for (const c of clusters) for (const r of c.refs) clusterOf[r] = c;
  /** The name a person node shows: as its first mention (by article id) prints it. */
  const firstName = (c: PersonCluster) => spelledName[c.refs[0]!]!;

  /** An organisation node; `key` forces the node (a short name one of a person's employers spells out). */
  const org = (
    articleId: string,
    name: string,
    printed: string,
    orgType: OrgType,
    span: Span | null,
    key?: string,
    depends?: readonly string[],
  ): string => {
    const [spelled = name, ...alternatives] = splitAlternatives(name);
    const id = nodeId("Organization", key ?? orgKey(spelled));
    const allAliases = [...new Set([spelled, ...alternatives, printed])];
    g.node(
      { id, label: "Organization", name: spelled, aliases: allAliases, orgType },
      articleId,
      span ? ev(articleId, span) : null,
      (n) => {
        if (n.label !== "Organization") return;
        n.orgType = preferType(n.orgType, orgType);
        n.aliases.push(...allAliases);
      },
      depends,
    );
    return id;
  };

  const honour = (articleId: string, h: ArticleExtraction["persons"][number]["honours"][number]) => {
    const id = nodeId("Honour", nameKey(h.name));
    g.node(
      { id, label: "Honour", name: h.name, scope: h.scope, level: h.level, category: h.category },
      articleId,
      ev(articleId, h.evidence),
    );
    return id;
  };

  const emitted: (ArticleExtraction | undefined)[] = complete
    ? articles
    : [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  if (consume) articles.length = 0;
  for (let i = 0; i < emitted.length; i++) {
    const a = emitted[i]!;
    // Handed over, an article is let go once emitted (the graph keeps only the strings it shares).
    if (consume) emitted[i] = undefined;
    let ref = firstRef.get(a.id)!;
    const eventIds = new Map<string, string>(); // article-local event key → event id
    const eventDoubts = new Map<string, string[]>(); // article-local event key → doubtful keys
    g.node(
      {
        id: a.id,
        label: "Article",
        name: a.title,
        title: a.title,
        subtitle: a.subtitles.length ? a.subtitles.join(" ") : null,
        date: a.date,
        source: a.source,
        file: a.file,
        sourceFiles: sourcesOf(a).map((x) => x.file),
        sourceDates: sourcesOf(a).map((x) => x.date ?? ""),
        text: a.text,
        untitled: a.untitled === true,
      },
      a.id,
      null,
    );

    // Journalists: one node per name and role family (reporters of one paper are one person).
    for (const c of a.credits) {
      const family =
        c.role === "photographer" || c.role === "reporter" || c.role === "correspondent" ? "press" : c.role;
      const key = `${nameKey(c.name)}|${family}|${a.source ?? ""}`;
      const id = nodeId("Person", key);
      const py = pinyinKeys(c.name);
      const sentence = a.text.slice(c.start, c.end);
      const evidence: Evidence = {
        articleId: a.id,
        sentence,
        offset: c.start,
        spanStart: 0,
        spanEnd: sentence.length,
      };
      g.node(
        {
          id,
          label: "Person",
          name: c.name,
          aliases: [],
          pinyin: py.pinyin,
          initials: py.initials,
          mergeKey: `journalist:${key}`,
        },
        a.id,
        evidence,
      );
      g.rel({ type: "REPORTED", source: id, target: a.id, role: c.role }, c.role, a.id, evidence);
    }

    const expand = expansions.get(a.id);
    const full = (n: string) => expand?.get(n) ?? n;

    for (const e of a.events) {
      const id = nodeId(
        "Event",
        eventKeys.get(`${a.id}\u0001${e.key}`) ?? `${nameKey(e.name)}|article:${a.id}`,
      );
      eventIds.set(e.key, id);
      const eDoubt = eventDoubt(a.id, e.key);
      eventDoubts.set(e.key, eDoubt);
      g.node(
        { id, label: "Event", name: e.name, theme: e.theme, date: e.date, campaign: e.campaign },
        a.id,
        ev(a.id, e.evidence),
        (n) => {
          if (n.label !== "Event") return;
          n.theme ??= e.theme;
          n.date ??= e.date;
          n.campaign ??= e.campaign;
        },
        eDoubt,
      );
      for (const o of e.organizers) {
        const target = org(a.id, full(o.org), o.org, o.orgType, o.evidence);
        g.rel(
          { type: "ORGANIZED_BY", source: id, target, role: o.role },
          o.role ?? "",
          a.id,
          ev(a.id, o.evidence),
          undefined,
          eDoubt,
        );
      }
      for (const v of e.venues) {
        const [main = v.name, ...aliases] = splitAlternatives(v.name);
        const placeId = nodeId("Place", nameKey(main));
        g.node({ id: placeId, label: "Place", name: main, aliases }, a.id, ev(a.id, v.evidence), (n) => {
          if (n.label === "Place") n.aliases.push(...aliases);
        });
        g.rel(
          { type: "HELD_AT", source: id, target: placeId },
          "",
          a.id,
          ev(a.id, v.evidence),
          undefined,
          eDoubt,
        );
      }
    }

    for (const c of a.collectives) {
      const source = org(a.id, c.name, c.name, "collective", c.evidence);
      for (const h of c.honours) {
        const hid = honour(a.id, h);
        g.rel({ type: "HAS_HONOUR", source, target: hid, year: h.year }, "", a.id, ev(a.id, h.evidence));
      }
      for (const s of c.spokeAt) {
        const eid = eventIds.get(s.eventKey);
        if (!eid) continue;
        g.rel(
          { type: "SPOKE_AT", source, target: eid, talkTitle: s.talkTitle },
          "",
          a.id,
          ev(a.id, s.evidence),
          undefined,
          eventDoubts.get(s.eventKey),
        );
      }
    }

    for (const p of a.persons) {
      const cluster = clusterOf[ref++]!;
      const id = personId(cluster);
      const py = pinyinKeys(firstName(cluster));
      const aliases = p.aliases.map((x) => x.alias);
      const pDoubt = personDoubt(p.name);
      g.node(
        {
          id,
          label: "Person",
          name: p.name,
          aliases,
          pinyin: py.pinyin,
          initials: py.initials,
          mergeKey: cluster.mergeKey,
        },
        a.id,
        ev(a.id, p.evidence),
        (n) => {
          if (n.label === "Person") n.aliases.push(...aliases);
        },
        pDoubt,
      );
      for (const h of p.honours) {
        const hid = honour(a.id, h);
        g.rel(
          { type: "HAS_HONOUR", source: id, target: hid, year: h.year },
          "",
          a.id,
          ev(a.id, h.evidence),
          undefined,
          pDoubt,
        );
      }
      for (const e of p.employers) {
        // A short name of one of this person's employers in another article (弘毅航机 there,
        // 弘毅航空机械有限公司 here) is that employer.
        const [spelled = e.org] = splitAlternatives(full(e.org));
        const fulls = cluster.employers.filter((k) => abbreviates(spelled, k));
        const target =
          fulls.length === 1
            ? org(a.id, e.org, e.org, e.orgType, e.evidence, fulls[0], pDoubt)
            : org(a.id, full(e.org), e.org, e.orgType, e.evidence, undefined, pDoubt);
        g.rel(
          { type: "WORKS_FOR", source: id, target, jobTitle: e.jobTitle },
          "",
          a.id,
          ev(a.id, e.evidence),
          (r) => {
            if (r.type === "WORKS_FOR") r.jobTitle ??= e.jobTitle;
          },
          pDoubt,
        );
      }
      for (const s of p.spokeAt) {
        const eid = eventIds.get(s.eventKey);
        if (!eid) continue;
        g.rel(
          { type: "SPOKE_AT", source: id, target: eid, talkTitle: s.talkTitle },
          "",
          a.id,
          ev(a.id, s.evidence),
          (r) => {
            if (r.type === "SPOKE_AT") r.talkTitle ??= s.talkTitle;
          },
          [...pDoubt, ...(eventDoubts.get(s.eventKey) ?? [])],
        );
      }
    }
  }

  const mergeLog: MergeDecision[] = clusters.map((c) => ({
    personId: personId(c),
    name: firstName(c),
    mergeKey: c.mergeKey,
    articleIds: [...new Set(c.refs.map((r) => mentions[r]!.articleId))],
    reasons: c.reasons,
  }));
  // Only a partial resolution compares contributions (it passes `complete`).
  const contributions = complete ? g.contributionsByArticle() : new Map<string, Map<string, string>>();
  memo.clear();
  return {
    batch: g.build(),
    mergeLog: mergeLog.sort((x, y) => x.personId.localeCompare(y.personId)),
    contributions,
    doubts: g.doubts(),
  };
}

function personId(c: PersonCluster): string {
  return nodeId("Person", `${c.name}|${c.mergeKey}`);
}

/** What one resolution remembers of its pure functions of a name (see `resolveDetailed`). */
class ResolutionMemo {
  private keys = new Map<string, string>();
  private readings = new Map<string, { pinyin: string; initials: string }>();
  private ids = new Map<NodeLabel, Map<string, string>>();

  nameKey(s: string): string {
    let k = this.keys.get(s);
    if (k === undefined) {
      k = nameKey(s);
      this.keys.set(s, k);
    }
    return k;
  }

  pinyin(s: string): { pinyin: string; initials: string } {
    let p = this.readings.get(s);
    if (p === undefined) {
      p = pinyinKeys(s);
      this.readings.set(s, p);
    }
    return p;
  }

  nodeId(label: NodeLabel, key: string): string {
    let byKey = this.ids.get(label);
    if (!byKey) {
      byKey = new Map();
      this.ids.set(label, byKey);
    }
    let id = byKey.get(key);
    if (id === undefined) {
      id = nodeId(label, key);
      byKey.set(key, id);
    }
    return id;
  }

  clear(): void {
    this.keys = new Map();
    this.readings = new Map();
    this.ids = new Map();
  }
}

export type { GraphNode };
