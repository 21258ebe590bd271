/**
 * "Your paper as an eval set": the reviewed articles (any fact confirmed, corrected, added or
 * rejected) of the corrected graph, written in the gold format of ../shared/eval/FORMAT.md, so
 * `score.mjs` (or `npm run eval -- --gold FILE`) measures the extractor against the reviewers.
 * Each value is a list of accepted spellings: the node's name and its aliases.
 */
import type { ArticleNode, GraphBatch, GraphNode, GraphRel } from "../../model/types.ts";
import type { RejectedFact } from "./apply-corrections.ts";

export interface GoldExportArticle {
  title: string;
  reporters: string[];
  photographers: string[];
  events: {
    key: string;
    name: string;
    venue: string[][];
    date: string | null;
    organizers: { org: string[]; role: string | null }[];
  }[];
  persons: {
    name: string;
    honours: string[][];
    employers: string[][];
    spokeAt: string[];
    talkTitle: string | null;
    aliases: string[];
  }[];
  collectives: { name: string[]; honours: string[][]; spokeAt: string[] }[];
}

const spellings = (n: GraphNode | undefined): string[] =>
  n ? [...new Set([n.name, ...("aliases" in n ? n.aliases : [])])] : [];

/** Ids of the articles a reviewer touched: a fact in them is not `extracted`, or was rejected. */
export function reviewedArticleIds(batch: GraphBatch, rejected: readonly RejectedFact[]): string[] {
  const ids = new Set<string>();
  for (const r of batch.rels)
    if (r.review && r.review !== "extracted") for (const e of r.evidence) ids.add(e.articleId);
  for (const r of rejected) for (const e of r.rel.evidence) ids.add(e.articleId);
  return [...ids].sort();
}

function goldArticle(
  article: ArticleNode,
  rels: GraphRel[],
  nodes: Map<string, GraphNode>,
): GoldExportArticle {
  const own = rels.filter((r) => r.evidence.some((e) => e.articleId === article.id));
  const by = (t: GraphRel["type"]) => own.filter((r) => r.type === t);
  const reported = by("REPORTED");
  const nameOf = (id: string) => nodes.get(id)?.name ?? "";

  const eventIds = [
    ...new Set(own.flatMap((r) => [r.source, r.target]).filter((id) => nodes.get(id)?.label === "Event")),
  ].sort();
  const keyOf = new Map(eventIds.map((id, i) => [id, `e${i + 1}`]));
  const events = eventIds.map((id) => {
    const ev = nodes.get(id);
    return {
      key: keyOf.get(id) ?? "",
      name: ev?.name ?? "",
      venue: by("HELD_AT")
        .filter((r) => r.source === id)
        .map((r) => spellings(nodes.get(r.target))),
      date: ev?.label === "Event" ? ev.date : null,
      organizers: by("ORGANIZED_BY")
        .filter((r) => r.source === id)
        .map((r) => ({
          org: spellings(nodes.get(r.target)),
          role: r.type === "ORGANIZED_BY" ? r.role : null,
        })),
    };
  });

  const holders = [
    ...new Set(
      own
        .filter((r) => r.type === "HAS_HONOUR" || r.type === "WORKS_FOR" || r.type === "SPOKE_AT")
        .map((r) => r.source),
    ),
  ].sort();
  const honoursOf = (id: string) =>
    by("HAS_HONOUR")
      .filter((r) => r.source === id)
      .map((r) => spellings(nodes.get(r.target)));
  const spokeOf = (id: string) => by("SPOKE_AT").filter((r) => r.source === id);
  const persons = holders
    .filter((id) => nodes.get(id)?.label === "Person")
    .map((id) => {
      const talk = spokeOf(id).find((r) => r.type === "SPOKE_AT" && r.talkTitle);
      return {
        name: nameOf(id),
        honours: honoursOf(id),
        employers: by("WORKS_FOR")
          .filter((r) => r.source === id)
          .map((r) => spellings(nodes.get(r.target))),
        spokeAt: spokeOf(id).map((r) => keyOf.get(r.target) ?? ""),
        talkTitle: talk?.type === "SPOKE_AT" ? talk.talkTitle : null,
        aliases: [],
      };
    });
  const collectives = holders
    .filter((id) => nodes.get(id)?.label === "Organization")
    .map((id) => ({
      name: spellings(nodes.get(id)),
      honours: honoursOf(id),
      spokeAt: spokeOf(id).map((r) => keyOf.get(r.target) ?? ""),
    }));
  const role = (r: GraphRel) => (r.type === "REPORTED" ? r.role : null);
  return {
    title: article.title,
    reporters: [
      ...new Set(
        reported
          .filter((r) => role(r) === "reporter" || role(r) === "correspondent")
          .map((r) => nameOf(r.source)),
      ),
    ],
    photographers: [
      ...new Set(reported.filter((r) => role(r) === "photographer").map((r) => nameOf(r.source))),
    ],
    events,
    persons,
    collectives,
  };
}

/** The gold file of the given articles (default: every reviewed one), in article order. */
export function exportGold(
  batch: GraphBatch,
  rejected: readonly RejectedFact[],
  articleIds: readonly string[] = reviewedArticleIds(batch, rejected),
): { articles: GoldExportArticle[] } {
  const nodes = new Map(batch.nodes.map((n) => [n.id, n]));
  const wanted = new Set(articleIds);
  const articles = batch.nodes
    .filter((n): n is ArticleNode => n.label === "Article" && wanted.has(n.id))
    .sort((a, b) => a.file.localeCompare(b.file) || a.id.localeCompare(b.id));
  return { articles: articles.map((a) => goldArticle(a, batch.rels, nodes)) };
}
