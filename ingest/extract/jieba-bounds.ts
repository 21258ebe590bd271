/**
 * The one jieba segmenter of the process (built once, HMM on, with the honour, job-title and
 * unit lexicons added as user words).
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { HONOUR_HEAD_LIST } from "../lexicon/honours.ts";
import { EVENT_HEADS, JOB_TITLES } from "../lexicon/units.ts";
import type { Bounds } from "./find-name.ts";

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

/**
 * jieba word boundaries of `s` around a name candidate at `p`: the words of [p-2, p+6) inside the
 * clause [from, to), cut on first use (most candidates are settled without them).
 */
export function windowBounds(s: string, p: number, from: number, to: number): Bounds {
  let marks: Set<number> | null = null;
  return {
    has(at: number): boolean {
      if (!marks) {
        marks = new Set<number>();
        let pos = Math.max(from, p - 2);
        for (const w of jieba().cut(s.slice(pos, Math.min(to, p + 6)), true)) {
          marks.add(pos);
          pos += w.length;
        }
        marks.add(pos);
      }
      return marks.has(at);
    },
  };
}
