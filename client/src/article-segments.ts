/**
 * Cuts an article's text at every fact span's ends (pure): each piece lists the facts whose
 * span covers it, so overlapping highlights stay exact and the pieces join back to the text.
 */

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the spans that cover the piece, shortest span first (the one a click acts on). */
  ids: string[];
}

export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.id.localeCompare(b.id))
      .map((s) => s.id);
    out.push({ start, end, text: text.slice(start, end), ids: [...new Set(ids)] });
  }
  return out;
}

/**
 * Where a DOM selection lies in a container whose text is the article's text: the number of
 * characters before each end (so the offsets are the article's own).
 */
export function selectionOffsets(container: Node, range: Range): { start: number; end: number } | null {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const doc = container.ownerDocument;
  if (!doc) return null;
  const before = doc.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/** The selection trimmed of surrounding white space (a span names words, not blanks). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}
