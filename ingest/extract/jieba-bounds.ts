/**
 * The one jieba segmenter of the process (built once, HMM on, with the honour, job-title and
 * unit lexicons added as user words) and a helper that returns the word boundaries of a text.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { HONOUR_HEAD_LIST } from "../lexicon/honours.ts";
import { EVENT_HEADS, JOB_TITLES } from "../lexicon/units.ts";

let instance: Jieba | null = null;

function userDict(): Uint8Array {
  const words = new Set([...HONOUR_HEAD_LIST, ...JOB_TITLES, ...EVENT_HEADS, "获得者", "称号", "劳模工匠"]);
  const lines = [...words].filter((w) => w.length >= 2).map((w) => `${w} 200000 n`);
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

export function jieba(): Jieba {
  if (!instance) {
    instance = Jieba.withDict(dict);
    instance.loadDict(userDict());
  }
  return instance;
}

// Build the dictionary when the extractor is loaded, not inside the first article that needs it.
jieba();

/** Word boundaries of one article, as a bitmap over its offsets. */
export class WordBounds {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = new Uint8Array(length + 1);
  }
  has(at: number): boolean {
    return this.bits[at] === 1;
  }
  add(at: number): void {
    this.bits[at] = 1;
  }
}

/**
 * Adds to `bounds` the offsets where jieba puts a word boundary in text[from, to)
 * (including `from` and `to`). Sentences are cut on demand, only where names are sought.
 */
export function addWordBounds(bounds: WordBounds, text: string, from: number, to: number): void {
  let at = from;
  bounds.add(at);
  const words = jieba().cut(text.slice(from, to), true);
  for (let i = 0; i < words.length; i++) {
    at += words[i]!.length;
    bounds.add(at);
  }
}
