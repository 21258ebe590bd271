/**
 * Share of characters that fall inside multi-character dictionary words (jieba), on the
 * simplified form of a text. Coherent Chinese scores high; a wrong decoding (random Han
 * characters) scores near zero, which tells GB18030 from Big5 even for a few characters.
 */
import { getJieba } from "./get-jieba.ts";
import { toSimplified } from "./to-simplified.ts";

/** Share (0..1) of Han characters of `text` that belong to dictionary words of 2+ characters. */
export function wordShare(text: string): number {
  const jieba = getJieba();
  const sample = toSimplified(text.slice(0, 4000));
  let han = 0;
  let inWords = 0;
  for (const token of jieba.cut(sample, false)) {
    const n = (token.match(/\p{Script=Han}/gu) ?? []).length;
    han += n;
    if (n >= 2) inWords += n;
  }
  return han === 0 ? 0 : inWords / han;
}
