/**
 * A same-length copy of a text for matching: half-width punctuation becomes full-width
 * (`,` → `，`, `(` → `（` …), ASCII double quotes become “ ” alternately and ideographic
 * spaces become plain spaces. Offsets in the copy are offsets in the original.
 */
const MAP: Record<string, string> = {
  ",": "，",
  "(": "（",
  ")": "）",
  ":": "：",
  ";": "；",
  "!": "！",
  "?": "？",
  "\u3000": " ",
  "「": "“",
  "」": "”",
  "『": "‘",
  "』": "’",
  "〈": "《",
  "〉": "》",
  "\t": " ",
  // Small form variants (U+FE50…) that some CMS and PDF exports print.
  "﹐": "，",
  "﹑": "、",
  "﹒": "。",
  "﹔": "；",
  "﹕": "：",
  "﹖": "？",
  "﹗": "！",
  "﹙": "（",
  "﹚": "）",
};

const SIMPLE = /[,():;!?\u3000「」『』〈〉\t﹐﹑﹒﹔﹕﹖﹗﹙﹚]/g;
const HAS_SIMPLE = new RegExp(SIMPLE.source);

export function normalisePunct(text: string): string {
  // Most texts need no change: test once instead of rebuilding the string.
  const mapped = HAS_SIMPLE.test(text) ? text.replace(SIMPLE, (c) => MAP[c] ?? c) : text;
  return mapped.includes('"') || mapped.includes(".") ? fixQuotesAndStops(mapped) : mapped;
}

/** MAP by character code (a lookup without building one-character strings). */
const MAP_BY_CODE = new Map<number, string>(Object.entries(MAP).map(([k, v]) => [k.charCodeAt(0), v]));
const QUOTE = 0x22;
const OPEN = 0x201c;
const CLOSE = 0x201d;
const STOP = 0x2e;
const NEWLINE = 0x0a;

/** Copies the unchanged runs whole; only the changed characters are built one by one. */
function fixQuotesAndStops(text: string): string {
  let out = "";
  let copied = 0;
  let openQuote = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let to: string | undefined;
    if (c === QUOTE) {
      to = openQuote ? "“" : "”";
      openQuote = !openQuote;
    } else if (c === OPEN) openQuote = false;
    else if (c === CLOSE || c === NEWLINE) openQuote = true;
    else if (c === STOP) {
      if (/\p{Script=Han}/u.test(text[i - 1] ?? "") && !/\d/.test(text[i + 1] ?? "")) to = "。";
    } else to = MAP_BY_CODE.get(c);
    if (to === undefined) continue;
    out += text.slice(copied, i) + to;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
