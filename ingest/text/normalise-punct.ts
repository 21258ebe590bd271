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

function fixQuotesAndStops(text: string): string {
  let out = "";
  let openQuote = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      out += openQuote ? "“" : "”";
      openQuote = !openQuote;
    } else if (c === "“") {
      out += c;
      openQuote = false;
    } else if (c === "”") {
      out += c;
      openQuote = true;
    } else if (c === "." && /\p{Script=Han}/u.test(text[i - 1] ?? "") && !/\d/.test(text[i + 1] ?? "")) {
      out += "。";
    } else if (c === "\n") {
      out += c;
      openQuote = true;
    } else {
      out += MAP[c] ?? c;
    }
  }
  return out;
}
