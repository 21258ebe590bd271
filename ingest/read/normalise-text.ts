/**
 * Final text clean-up shared by every reader: line endings, BOM and zero-width characters,
 * NFC, trailing spaces, pinyin glosses that some sites print after a character ("活動(dòng)",
 * "中国(guo)"),
 * and runs of blank lines (at most two blank lines in a row). Full-width and half-width
 * punctuation are kept as they are.
 */

import { createRequire } from "node:module";

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * A pinyin gloss right after a Han character: one syllable with a tone mark in brackets
 * ("勞動(dòng)模範", "報（bào）"). Web copies of some sites print one after each character they
 * converted; it is no part of the words (names, honours, units would be cut by it). A bracket
 * without a tone mark ("(a)", "(ABC)", "（左一）") is left alone.
 */
const PINYIN_GLOSS = /(?<=\p{Script=Han})[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/gu;
/**
 * A comma printed before another mark ("技师祁文涛,,全国劳模", "模范,、远江", "召开,。"): the same
 * web copies put a stray comma before many marks of the text; a comma never stands there, so it goes
 * (a doubled mark cuts a list of names and units where none ends).
 */
const STRAY_COMMA = /(?<=\p{Script=Han}|[”）)])[,，](?=[,，、。；：！？])/gu;

/**
 * A gloss without tone marks ("中国(guo)", "高(gao)凤(feng)林"): a bracketed lower-case syllable
 * right after a Han character. Dropped only where it is a reading of that character (pinyin-pro),
 * so "图(a)" or "表(ab)" stay as printed.
 */
const TONELESS_GLOSS = /(?<=\p{Script=Han})[(（]([a-zü]{1,6})[)）]/gu;

/** pinyin-pro's reader, loaded on the first toneless gloss (most texts have none: no start-up cost). */
let readingsOf: ((han: string) => string[]) | null = null;

function readings(han: string): string[] {
  if (!readingsOf) {
    const { pinyin } = createRequire(import.meta.url)("pinyin-pro") as typeof import("pinyin-pro");
    readingsOf = (c) => pinyin(c, { toneType: "none", multiple: true, type: "array" });
  }
  return readingsOf(han);
}

function dropToneless(text: string): string {
  return text.replace(TONELESS_GLOSS, (gloss: string, syllable: string, at: number) => {
    // The character before the gloss (a supplementary-plane one takes two code units).
    const low = text.charCodeAt(at - 1);
    const han = low >= 0xdc00 && low <= 0xdfff ? text.slice(at - 2, at) : text[at - 1]!;
    return readings(han).some((r) => r.replace(/v/g, "ü") === syllable) ? "" : gloss;
  });
}

/** Normalise line breaks and invisible characters; keeps the text otherwise unchanged. */
export function normaliseText(text: string): string {
  return dropToneless(
    text
      .replace(/\r\n?/g, "\n")
      .replace(/[\u2028\u2029\u0085]/g, "\n")
      .replace(ZERO_WIDTH, "")
      .normalize("NFC")
      .replace(PINYIN_GLOSS, "")
      .replace(STRAY_COMMA, ""),
  )
    .split("\n")
    .map(trimLineEnd)
    .join("\n");
}

/** Drops trailing spaces, tabs and no-break spaces (a loop: `/[ \t]+$/gm` is quadratic on long runs). */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}

/** Collapse runs of three or more blank lines into two, and trim leading/trailing blank lines. */
export function collapseBlankLines(text: string): string {
  return text
    .replace(/\n{4,}/g, "\n\n\n")
    .replace(/^\n+/, "")
    .replace(/\n+$/, "");
}
