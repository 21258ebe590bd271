/**
 * Stable keys from what a client names by id: a relationship becomes a fact key (its type, the
 * article and absolute span of its first evidence, its endpoints' labels and names), a node an
 * entity key (label, name, and the first article and mention span that name it).
 */
import type { Evidence, NodeLabel, RelType } from "../../model/types.ts";
import type { EntityKey, FactKey } from "./types.ts";
import { evidenceEnd, evidenceStart } from "./working-graph.ts";

export interface RelView {
  type: RelType;
  articleIds: string[];
  evidence: Evidence[];
}

export interface NodeView {
  label: NodeLabel;
  name: string;
  articleIds: string[];
  evidence: Evidence[];
}

export function factKeyOf(
  rel: RelView,
  source: { label: NodeLabel; name: string },
  target: { label: NodeLabel; name: string },
): FactKey | null {
  const ev = rel.evidence[0];
  const articleId = ev?.articleId ?? rel.articleIds[0];
  if (!articleId) return null;
  return {
    kind: rel.type,
    articleId,
    start: ev ? evidenceStart(ev) : 0,
    end: ev ? evidenceEnd(ev) : 0,
    source: { label: source.label, name: source.name },
    target: { label: target.label, name: target.name },
  };
}

export function entityKeyOf(node: NodeView): EntityKey {
  const ev = node.evidence[0];
  if (ev)
    return {
      label: node.label,
      name: node.name,
      articleId: ev.articleId,
      start: evidenceStart(ev),
      end: evidenceEnd(ev),
    };
  return { label: node.label, name: node.name, articleId: node.articleIds[0] ?? null };
}
