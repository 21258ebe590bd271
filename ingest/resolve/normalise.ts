/**
 * Normalisation of names into canonical keys for resolution: width, spaces, quotes and
 * bracket styles folded so that 「北京市 总工会」 and 北京市总工会 get the same key.
 */

const FULLWIDTH_OFFSET = 0xfee0;

/** Fold full-width ASCII to half-width, drop white space and zero-width characters. */
export function foldWidth(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - FULLWIDTH_OFFSET);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out.replace(/[\s\u200b-\u200d\ufeff]+/g, "");
}

/** Canonical key of an entity name: folded width, no spaces, unified quotes and brackets. */
export function nameKey(s: string): string {
  return foldWidth(s)
    .replace(/[“”„‟"＂「」『』]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[（(]/g, "(")
    .replace(/[）)]/g, ")");
}

/**
 * Split a name with an alternative form: `A（B）` → [A, B]; `A——B` → [B, A] (the proper name after
 * the dash is the main name, the descriptive form is kept as an alias). Returns [main, ...aliases].
 */
export function splitAlternatives(name: string): string[] {
  const paren = /^(.+?)[（(]([^（）()]+)[）)]$/.exec(name);
  if (paren?.[1] && paren[2]) return [paren[1], paren[2], name];
  const dash = /^(.+?)(?:——|—|--)(.+)$/.exec(name);
  if (dash?.[1] && dash[2]) return [dash[2], name];
  return [name];
}
