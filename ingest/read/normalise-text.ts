/**
 * Final text clean-up shared by every reader: line endings, BOM and zero-width characters,
 * NFC, trailing spaces, and runs of blank lines (at most two blank lines in a row).
 * Full-width and half-width punctuation are kept as they are.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Normalise line breaks and invisible characters; keeps the text otherwise unchanged. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\u0085]/g, "\n")
    .replace(ZERO_WIDTH, "")
    .normalize("NFC")
    .replace(/[ \t\u00A0]+$/gm, "");
}

/** Collapse runs of three or more blank lines into two, and trim leading/trailing blank lines. */
export function collapseBlankLines(text: string): string {
  return text
    .replace(/\n{4,}/g, "\n\n\n")
    .replace(/^\n+/, "")
    .replace(/\n+$/, "");
}
