/**
 * Traditional → simplified conversion (opencc-js, Taiwan/Hong Kong/standard traditional to
 * mainland simplified) that keeps the exact length, so offsets in the simplified form are
 * offsets in the original. Where a phrase conversion changes length, falls back per character.
 */
import * as OpenCC from "opencc-js/t2cn";

type Convert = (text: string) => string;

let converters: Convert[] | null = null;

function getConverters(): Convert[] {
  converters ??= (["hk", "tw", "t"] as const).map((from) => OpenCC.Converter({ from, to: "cn" }));
  return converters;
}

function convertAll(text: string): string {
  let out = text;
  for (const c of getConverters()) out = c(out);
  return out;
}

/** Converts one code point; keeps it when the result would have another length. */
function convertChar(ch: string): string {
  const out = convertAll(ch);
  return out.length === ch.length ? out : ch;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** Simplified form of `text`, with exactly the same length (UTF-16 units). */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  // Convert line by line: a changed length only costs the phrase context of that line.
  return text
    .split("\n")
    .map((line) => {
      if (!HAN.test(line)) return line;
      const whole = convertAll(line);
      if (whole.length === line.length) return whole;
      let out = "";
      for (const ch of line) out += convertChar(ch);
      return out;
    })
    .join("\n");
}
