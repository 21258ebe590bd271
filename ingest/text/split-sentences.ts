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

/** The last character before `i` that is no space (-1 when none on the line). */
function lastMarkBefore(text: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && (text[k] === " " || text[k] === "\t" || text[k] === "\r")) k--;
  return k >= 0 ? text[k]! : "";
}

/** The next line after the break at `i` that holds more than spaces: [start, end), or null. */
function nextLine(text: string, i: number): [number, number] | null {
  let a = i + 1;
  while (a < text.length) {
    let b = text.indexOf("\n", a);
    if (b < 0) b = text.length;
    if (text.slice(a, b).trim()) return [a, b];
    a = b + 1;
  }
  return null;
}

/**
 * A line break inside a list is layout, not a sentence end: after an enumeration comma
 * ("…公司A、⏎…公司B、⏎…"), and after a colon when the next line goes on with such a list
 * ("…获得者分别为：⏎…公司A、⏎…").
 */
function continuesOverBreak(text: string, i: number): boolean {
  const mark = lastMarkBefore(text, i);
  if (mark === "、") return nextLine(text, i) !== null;
  if (mark !== "：" && mark !== ":") return false;
  const next = nextLine(text, i);
  return next !== null && lastMarkBefore(text, next[1]) === "、";
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
      if (continuesOverBreak(text, i)) continue;
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
