/**
 * Deterministic generator of fictional union-newspaper pages with gold extractions.
 * `generateCorpus` streams pages one by one (the world of people and organisations is
 * built once; articles are never all held in memory). Same seed ⇒ byte-identical output.
 */
import { buildWorld } from "./build-world.ts";
import { Rng } from "./prng.ts";
import type { GeneratedPage, GenerateOptions } from "./types.ts";
import { writePage } from "./write-page.ts";

export type { GeneratedPage, GenerateOptions, GoldArticle } from "./types.ts";

const START = Date.UTC(2019, 0, 8);
const END = Date.UTC(2025, 11, 28);
const DAY = 86_400_000;

/** People in the world: enough for recurring speakers, growing with the corpus. */
export function worldSize(articles: number): number {
  return Math.min(40_000, Math.max(360, Math.round(articles * 1.2)));
}

export function* generateCorpus(options: GenerateOptions): Generator<GeneratedPage> {
  const total = Math.max(0, Math.floor(options.articles));
  const seed = options.seed ?? 1;
  const root = new Rng(seed);
  const world = buildWorld(root.fork(1), worldSize(total));
  const rng = root.fork(2);
  const perPage = options.articlesPerPage;
  const spanDays = Math.floor((END - START) / DAY);
  let done = 0;
  let page = 1;
  while (done < total) {
    const n = Math.min(total - done, perPage && perPage > 0 ? Math.floor(perPage) : rng.int(1, 6));
    const day = Math.floor((done / Math.max(1, total)) * spanDays);
    const date = new Date(START + day * DAY);
    yield writePage(rng, world, page, date, n);
    done += n;
    page++;
  }
}
