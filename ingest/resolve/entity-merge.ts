/**
 * Updates one stored entity in place of folding all its contributions again, for an entity that
 * articles outside a partial resolution contribute to (a hub such as 全国劳动模范). With the
 * canonical fold (graph-builder.ts), articles that contribute for the first time can be merged
 * into the stored value exactly: article ids and evidence by article id (evidence capped for
 * nodes), the first contribution's properties when one of them comes first, sorted aliases, an
 * organisation's best name and type. Articles that stop contributing are taken out when nothing
 * order-dependent is lost (not the first article, no capped evidence to refill, no aliases).
 * Properties kept from the first non-empty value (an event's theme, a job title) cannot be
 * updated in place: such an entity is resolved whole (the caller falls back).
 */
import type { GraphNode, GraphRel } from "../../model/types.ts";
import { NODE_EVIDENCE_CAP } from "./graph-builder.ts";
import { betterName, preferType } from "./org-names.ts";

type Entity = GraphNode | GraphRel;

/** Labels and types whose fold has no first-non-empty property. */
const MERGEABLE = new Set(["Honour", "Person", "Place", "Organization", "Article"]);
const MERGEABLE_RELS = new Set(["HAS_HONOUR", "ORGANIZED_BY", "HELD_AT", "REPORTED"]);
/** Properties folded over every contribution (not taken from the first). */
const FOLDED = new Set(["articleIds", "evidence", "aliases"]);
const FOLDED_ORG = new Set([...FOLDED, "name", "orgType"]);

function isRel(e: Entity): e is GraphRel {
  return "type" in e && "source" in e;
}

function mergeable(e: Entity): boolean {
  return isRel(e) ? MERGEABLE_RELS.has(e.type) : MERGEABLE.has(e.label);
}

function sortedUnion(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}

/**
 * The entity after the articles `removed` stopped contributing to it and `added` started (or
 * changed what they contribute: both). `stored` is its value over every article; `fresh` its
 * value over the partial resolution's articles (holding every contribution of `added`). Returns
 * null when no article contributes any more, or a reason when it cannot be done in place.
 */
export function mergeEntity(
  stored: Entity,
  fresh: Entity | undefined,
  removed: ReadonlySet<string>,
  added: ReadonlySet<string>,
): Entity | null | string {
  const what = `${isRel(stored) ? stored.type : stored.label} ${stored.id}`;
  if (!mergeable(stored)) return `${what} keeps a first non-empty value`;
  const cap = isRel(stored) ? Number.POSITIVE_INFINITY : NODE_EVIDENCE_CAP;
  const out = structuredClone(stored) as Entity;
  if (removed.size > 0) {
    if (removed.has(stored.articleIds[0]!)) return `${what} loses its first article`;
    if (stored.evidence.length >= cap && stored.evidence.some((e) => removed.has(e.articleId)))
      return `${what} loses evidence kept under the cap`;
    if ("aliases" in stored && stored.aliases.length > 0) return `${what} may lose an alias`;
    if (!isRel(stored) && stored.label === "Organization") return `${what} may lose a name`;
    out.articleIds = out.articleIds.filter((a) => !removed.has(a));
    out.evidence = out.evidence.filter((e) => !removed.has(e.articleId));
  }
  if (added.size > 0) {
    if (!fresh) return `${what}: no contribution of the added articles`;
    const ids = sortedUnion(out.articleIds, [...added]);
    const before = out.articleIds[0];
    out.articleIds = ids;
    const evidence = [...out.evidence, ...fresh.evidence.filter((e) => added.has(e.articleId))];
    // Stable: one article's evidence keeps its order.
    evidence.sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0));
    out.evidence = evidence.slice(0, cap);
    const record = out as unknown as Record<string, unknown>;
    if (before === undefined || (ids[0] !== before && added.has(ids[0]!))) {
      // An added article comes first: it gives the properties the entity is created with.
      const folded = !isRel(out) && out.label === "Organization" ? FOLDED_ORG : FOLDED;
      for (const [k, v] of Object.entries(fresh)) if (!folded.has(k)) record[k] = structuredClone(v);
    }
    if (!isRel(out) && !isRel(fresh)) {
      if (out.label === "Organization" && fresh.label === "Organization") {
        const name = betterName(out.name, fresh.name);
        out.aliases = sortedUnion(out.aliases, [out.name], fresh.aliases, [fresh.name]).filter(
          (a) => a !== name,
        );
        out.name = name;
        out.orgType = preferType(out.orgType, fresh.orgType);
      } else if ("aliases" in out && "aliases" in fresh) {
        out.aliases = sortedUnion(out.aliases, fresh.aliases);
      }
    }
  }
  if (out.articleIds.length === 0) return null;
  return out;
}
