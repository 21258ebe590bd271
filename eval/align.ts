/**
 * A real text's gold has one article, titled by hand (a text without a headline by its first
 * clause). Its predicted counterpart is the predicted article with the same normalised title,
 * else the one whose facts — then whose text — best overlap the gold; that article takes the
 * gold title so the scorer pairs them. Other predicted articles of the text stay as they are
 * (what they state is spurious).
 */
import { toSimplified } from "../ingest/read/to-simplified.ts";
import type { ArticleExtraction } from "../ingest/types.ts";
import { type GoldArticleIn, spellingsOf } from "./gold-types.ts";
import { norm } from "./scorer.ts";

/** Every value the gold states, normalised, tagged by kind (`p:` person, `h:` honour …). */
function goldValues(g: GoldArticleIn): Set<string> {
  const out = new Set<string>();
  const add = (kind: string, v: string | string[]) => {
    for (const s of spellingsOf(v)) if (norm(s)) out.add(`${kind}:${norm(s)}`);
  };
  for (const p of g.persons ?? []) {
    add("p", p.name);
    for (const h of p.honours ?? []) add("h", h);
    for (const e of p.employers ?? []) add("w", e);
  }
  for (const c of g.collectives ?? []) {
    add("p", c.name);
    for (const h of c.honours ?? []) add("h", h);
  }
  for (const e of g.events ?? []) {
    for (const v of e.venue ?? []) add("v", v);
    for (const o of e.organizers ?? []) add("o", o.org);
  }
  for (const r of [...(g.reporters ?? []), ...(g.photographers ?? [])]) add("r", r);
  return out;
}

function predValues(x: ArticleExtraction): Set<string> {
  const out = new Set<string>();
  const add = (kind: string, v: string) => {
    if (norm(v)) out.add(`${kind}:${norm(v)}`);
  };
  for (const p of x.persons) {
    add("p", p.name);
    for (const h of p.honours) add("h", h.name);
    for (const e of p.employers) add("w", e.org);
  }
  for (const c of x.collectives) {
    add("p", c.name);
    for (const h of c.honours) add("h", h.name);
  }
  for (const e of x.events) {
    for (const v of e.venues) add("v", v.name);
    for (const o of e.organizers) add("o", o.org);
  }
  for (const c of x.credits) add("r", c.name);
  return out;
}

/** Gold person names, first spellings and the title found in the article's text. */
function textOverlap(g: GoldArticleIn, x: ArticleExtraction): number {
  const text = norm(toSimplified(x.text));
  const raw = norm(x.text);
  const strings = [
    g.title,
    ...(g.persons ?? []).map((p) => p.name),
    ...[...goldValues(g)].map((v) => v.slice(2)),
  ];
  let n = 0;
  for (const s of new Set(strings.map(norm)))
    if (s && (text.includes(norm(toSimplified(s))) || raw.includes(s))) n++;
  return n;
}

/** Index of the predicted article that stands for `gold`, or -1 when there is none. */
export function alignedIndex(gold: GoldArticleIn, preds: readonly ArticleExtraction[]): number {
  if (preds.length === 0) return -1;
  const title = norm(gold.title);
  const same = preds.findIndex((p) => norm(p.title) === title);
  if (same >= 0) return same;
  const want = goldValues(gold);
  let best = 0;
  let bestKey: [number, number, number] = [-1, -1, -1];
  preds.forEach((p, i) => {
    let facts = 0;
    for (const v of predValues(p)) if (want.has(v)) facts++;
    const key: [number, number, number] = [facts, textOverlap(gold, p), p.text.length];
    if (
      key[0] > bestKey[0] ||
      (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))
    ) {
      best = i;
      bestKey = key;
    }
  });
  return best;
}

/**
 * The predictions of one real text with the article aligned to each gold article retitled to
 * the gold title. Same-title pairs first, then the rest by overlap; each predicted article is
 * used once.
 */
export function alignToGold(
  golds: readonly GoldArticleIn[],
  preds: readonly ArticleExtraction[],
): ArticleExtraction[] {
  const out = preds.map((p) => ({ ...p }));
  const used = new Set<number>();
  const pending: GoldArticleIn[] = [];
  for (const g of golds) {
    const i = out.findIndex((p, j) => !used.has(j) && norm(p.title) === norm(g.title));
    if (i >= 0) used.add(i);
    else pending.push(g);
  }
  for (const g of pending) {
    const free = out.map((p, i) => ({ p, i })).filter(({ i }) => !used.has(i));
    const k = alignedIndex(
      g,
      free.map(({ p }) => p),
    );
    if (k < 0) continue;
    const i = free[k]!.i;
    used.add(i);
    out[i] = { ...out[i]!, title: g.title };
  }
  return out;
}
