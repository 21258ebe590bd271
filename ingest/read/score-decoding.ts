/**
 * Scores a candidate decoding of a byte sample: how much of it looks like real Chinese
 * (or plain ASCII) text. Common characters are the GB2312 level-1 and Big5 level-1 sets,
 * built at first use by decoding their byte ranges with iconv-lite (no tables shipped).
 */
import iconv from "iconv-lite";

let common: Set<number> | null = null;

function commonHanzi(): Set<number> {
  if (common) return common;
  const set = new Set<number>();
  const gb: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let t = 0xa1; t <= 0xfe; t++) gb.push(lead, t);
  const big5: number[] = [];
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (let t = 0x40; t <= 0x7e; t++) big5.push(lead, t);
    for (let t = 0xa1; t <= 0xfe; t++) big5.push(lead, t);
  }
  for (const [bytes, enc] of [
    [gb, "gb18030"],
    [big5, "big5"],
  ] as const) {
    for (const ch of iconv.decode(Buffer.from(bytes), enc)) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x3400 && cp !== 0xfffd) set.add(cp);
    }
  }
  common = set;
  return set;
}

/** Per-character weight: +1 for likely characters, small for rare Han, negative for junk. */
function weight(cp: number, set: Set<number>): number {
  if (cp === 0xfffd) return -2;
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return 1;
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0)) return -2;
  if (cp < 0x7f) return 1;
  if (set.has(cp)) return 1;
  if (cp >= 0xff61 && cp <= 0xffdc) return -0.5; // half-width kana and hangul
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) return 1;
  if (cp >= 0x2010 && cp <= 0x2027) return 1;
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return 0.1;
  if ((cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xd800 && cp <= 0xdfff)) return -2;
  return -0.5;
}

/** Average weight over the characters of `text`, from -2 (junk) to 1 (clean text). */
export function scoreDecoding(text: string): number {
  const set = commonHanzi();
  let sum = 0;
  let n = 0;
  for (const ch of text) {
    sum += weight(ch.codePointAt(0)!, set);
    n++;
  }
  return n === 0 ? 0 : sum / n;
}

/** Share of U+FFFD replacement characters in the text. */
export function replacementShare(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (const ch of text) if (ch === "\uFFFD") n++;
  return n / text.length;
}
