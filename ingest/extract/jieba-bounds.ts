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
 * Word starts of each cut window, as a bit mask of offsets in the window (bit i: a word starts or
 * the window ends i characters in), keyed by the window's text: the same few characters around a
 * name candidate recur across sentences and articles, and jieba is deterministic. Cleared when full.
 */
const CUTS = new Map<string, number>();

function cutMask(window: string): number {
  const hit = CUTS.get(window);
  if (hit !== undefined) return hit;
  if (CUTS.size >= 100_000) CUTS.clear();
  let mask = 0;
  let pos = 0;
  // A window is at most 8 characters, so every offset fits the mask.
  for (const w of jieba().cut(window, true)) {
    mask |= 1 << pos;
    pos += w.length;
  }
  mask |= 1 << pos;
  CUTS.set(window, mask);
  return mask;
}

/**
 * jieba word boundaries of `s` around a name candidate at `p`: the words of [p-2, p+6) inside the
 * clause [from, to), cut on first use (most candidates are settled without them).
 */
class WindowBounds implements Bounds {
  private mask = -1;
  private readonly start: number;
  private readonly end: number;

  constructor(
    private readonly s: string,
    p: number,
    from: number,
    to: number,
  ) {
    this.start = Math.max(from, p - 2);
    this.end = Math.min(to, p + 6);
  }

  has(at: number): boolean {
    if (this.mask < 0) this.mask = this.end > this.start ? cutMask(this.s.slice(this.start, this.end)) : 1;
    const rel = at - this.start;
    return rel >= 0 && rel <= 30 && ((this.mask >>> rel) & 1) === 1;
  }
}

export function windowBounds(s: string, p: number, from: number, to: number): Bounds {
  return new WindowBounds(s, p, from, to);
}
