/** The value of one Chinese numeral (两 is 2; -1 when none). */
function digit(c: string | undefined): number {
  return c === "两" ? 2 : "零一二三四五六七八九".indexOf(c ?? "零");
}

/** The value of a count written in digits or Chinese numerals up to 99 ("5", "两", "十二", "二十三"). */
export function countOf(t: string): number {
  if (/^\d+$/.test(t)) return Number(t);
  const ten = t.indexOf("十");
  if (ten < 0) return digit(t[0]);
  return (ten === 0 ? 1 : digit(t[0])) * 10 + (t[ten + 1] === undefined ? 0 : digit(t[ten + 1]));
}
