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

/** Per UTF-16 code: 1 opening bracket or quote, 2 closing one, 3 sentence stop, 4 line break. */
const KIND = new Uint8Array(65536);
for (const c of "“‘（《【〔[") KIND[c.charCodeAt(0)] = 1;
for (const c of "”’）》】〕]") KIND[c.charCodeAt(0)] = 2;
for (const c of "。！？；") KIND[c.charCodeAt(0)] = 3;
KIND[10] = 4;
const isClose = (text: string, i: number) => KIND[text.charCodeAt(i)] === 2;

/** Adds the sentence [start, end) to `out`, leading spaces and tabs dropped, unless it is empty. */
function pushSentence(
  out: SentenceRange[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
): void {
  let s = start;
  while (s < end && (text[s] === " " || text[s] === "\t" || text[s] === "\r")) s++;
  if (end > s) out.push({ start: s, end, paragraph });
}

export function splitSentences(text: string, from = 0): SentenceRange[] {
  const out: SentenceRange[] = [];
  let depth = 0;
  let start = from;
  let paragraph = 0;
  for (let i = from; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === 4) {
      pushSentence(out, text, start, i, paragraph);
      start = i + 1;
      depth = 0;
      if (out.length > 0 && out.at(-1)!.paragraph === paragraph) paragraph++;
      continue;
    }
    if (kind === 1) depth++;
    else if (kind === 2) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      // Keep closing quotes that follow the stop with the sentence.
      let end = i + 1;
      while (end < text.length && isClose(text, end)) end++;
      pushSentence(out, text, start, end, paragraph);
      start = end;
      i = end - 1;
    }
  }
  pushSentence(out, text, start, text.length, paragraph);
  return out;
}
