/**
 * One shared jieba segmenter with the default dictionary, loaded on first use (~150 ms).
 * The readers use it to compare candidate decodings and to spot words cut by line breaks.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let jieba: Jieba | null = null;

export function getJieba(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}
