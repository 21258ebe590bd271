/**
 * Repairs what tesseract's chi_sim model does to Chinese text: spaces between CJK glyphs go,
 * half-width or angle brackets next to Chinese text become full-width （）, and half-width
 * , : ; ? ! after a Chinese character become full-width. Latin text and 《》 are left alone
 * (but 《 before 记者/通讯员 opens a byline).
 */
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’";
const SPACES = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, "gu");
const OPEN = /[(〈<]\s*(?=\p{Script=Han})|《\s*(?=记者|通讯员)/gu;
const CLOSE = /(?<=[\p{Script=Han}\d])\s*[)〉>]/gu;
const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };
const HALF = /(?<=\p{Script=Han})\s*([,:;?!])\s*/gu;

/** One OCR run with CJK spacing and punctuation restored. */
export function fixOcrText(text: string): string {
  return text
    .replace(SPACES, "")
    .replace(OPEN, "（")
    .replace(CLOSE, "）")
    .replace(HALF, (_, p: string) => FULL[p] ?? p);
}
