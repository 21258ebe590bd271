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

const OPEN = new Set([..."“‘（《【〔["]);
const CLOSE = new Set([..."”’）》】〕]"]);
const ENDS = new Set([..."。！？；"]);

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
    const c = text[i]!;
    if (c === "\n") {
      push(i);
      start = i + 1;
      depth = 0;
      if (out.length > 0 && out.at(-1)!.paragraph === paragraph) paragraph++;
      continue;
    }
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ENDS.has(c)) {
      // Keep closing quotes that follow the stop with the sentence.
      let end = i + 1;
      while (end < text.length && CLOSE.has(text[end]!)) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}
