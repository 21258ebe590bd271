/**
 * A set of literal words tested like the regex alternation of them (`/A|B|C/.test(t)`) but by a
 * table of first characters: a text position whose character starts no word costs one array
 * read, where the regex tries every alternative (the honour heads are 140 of them).
 */
export class LiteralSet {
  private readonly first = new Uint8Array(65536);
  private readonly byFirst = new Map<number, readonly string[]>();

  constructor(words: Iterable<string>) {
    const lists = new Map<number, string[]>();
    for (const w of words) {
      if (w.length === 0) throw new RangeError("LiteralSet: an empty word matches everywhere");
      const c = w.charCodeAt(0);
      this.first[c] = 1;
      const list = lists.get(c) ?? [];
      list.push(w);
      lists.set(c, list);
    }
    // Longest first, so `find` gives the longest word at a position.
    for (const [c, list] of lists)
      this.byFirst.set(
        c,
        list.sort((a, b) => b.length - a.length),
      );
  }

  /** True when some word occurs inside s[from, to) (the whole string by default). */
  test(s: string, from = 0, to = s.length): boolean {
    return this.find(s, from, to) !== null;
  }

  /** The first position in s[from, to) where a word starts, with the longest word there; or null. */
  find(s: string, from = 0, to = s.length): { at: number; word: string } | null {
    const first = this.first;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (first[c] === 0) continue;
      for (const w of this.byFirst.get(c)!)
        if (w.length <= to - i && s.startsWith(w, i)) return { at: i, word: w };
    }
    return null;
  }
}
