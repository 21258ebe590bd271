/**
 * Lays out a newspaper page: an optional banner line, then 1–6 articles (headline,
 * optional `——` subtitle, paragraphs, credit lines), with per-page typography choices
 * (paragraph spacing, full-width indent, half-width punctuation in some articles).
 */
import type { World } from "./build-world.ts";
import { BANNERS } from "./pools-phrases.ts";
import type { Rng } from "./prng.ts";
import type { GeneratedPage } from "./types.ts";
import { writeArticle } from "./write-article.ts";

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Half-width punctuation on a copy of the body; names and event names contain none of these marks. */
function halfWidth(s: string): string {
  return s.replace(/，/g, ",").replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":");
}

export function writePage(
  rng: Rng,
  world: World,
  pageNo: number,
  pageDate: Date,
  articles: number,
): GeneratedPage {
  const file = `${isoDay(pageDate)}-p${String(pageNo).padStart(5, "0")}.txt`;
  const paraSep = rng.chance(0.7) ? "\n\n" : "\n";
  const indent = rng.chance(0.3) ? "\u3000\u3000" : "";
  const blocks: string[] = [];
  if (rng.chance(0.4))
    blocks.push(rng.chance(0.5) ? `第${rng.int(1, 8)}版 ${rng.pick(BANNERS)}` : rng.pick(BANNERS));
  const gold: GeneratedPage["gold"] = [];
  for (let i = 0; i < articles; i++) {
    const a = writeArticle({ rng, world, pageDate, file });
    const half = rng.chance(0.15);
    const body = a.paragraphs.map((p) => indent + (half ? halfWidth(p) : p));
    const head = a.subtitle ? `${a.title}\n${a.subtitle}` : a.title;
    blocks.push([head, ...body, ...a.tail].join(paraSep));
    gold.push(a.gold);
  }
  return { file, text: `${blocks.join("\n\n\n")}\n`, gold };
}
