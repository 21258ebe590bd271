/**
 * Splits an article into sentences on 。！？； and line breaks, never inside quotes,
 * brackets or book-title marks. Works on the normalised copy; returns offsets.
 */
export interface SentenceRange {
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
}

const KIND = new Map<number, number>();
for (const c of "“‘（《【〔[") KIND.set(c.charCodeAt(0), 1);
for (const c of "”’）》】〕]") KIND.set(c.charCodeAt(0), 2);
for (const c of "。！？；") KIND.set(c.charCodeAt(0), 3);
const NL = 10;
const isClose = (text: string, i: number) => KIND.get(text.charCodeAt(i)) === 2;

export function splitSentences(text: string, from = 0): SentenceRange[] {
  const out: SentenceRange[] = [];
  let depth = 0;
  let start = from;
  let paragraph = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && (text[s] === " " || text[s] === "\t" || text[s] === "\r")) s++;
    if (end > s) out.push({ start: s, end, paragraph });
  };
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NL) {
      push(i);
      start = i + 1;
      depth = 0;
      if (out.length > 0 && out.at(-1)!.paragraph === paragraph) paragraph++;
      continue;
    }
    if (code < 0x2000 && code !== 0x5b && code !== 0x5d) continue;
    const kind = KIND.get(code);
    if (kind === undefined) continue;
    if (kind === 1) depth++;
    else if (kind === 2) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      // Keep closing quotes that follow the stop with the sentence.
      let end = i + 1;
      while (end < text.length && isClose(text, end)) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}
