/**
 * Builders of hand-made ArticleExtraction records for resolution tests (fictional people).
 * Spans point at the real position of the named text in the article so evidence is checkable.
 */
import type { ArticleExtraction, HonourMention, PersonMention, Span } from "../types.ts";

export function spanOf(text: string, needle: string): Span {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`spanOf: "${needle}" not in text`);
  const start = Math.max(0, text.lastIndexOf("。", at) + 1);
  const endDot = text.indexOf("。", at);
  const end = endDot < 0 ? text.length : endDot + 1;
  return {
    offset: start,
    sentence: text.slice(start, end),
    spanStart: at - start,
    spanEnd: at - start + needle.length,
  };
}

export function honourIn(
  text: string,
  raw: string,
  name: string,
  scope: string,
  level: HonourMention["level"],
  category: string,
): HonourMention {
  return { name, raw, scope, level, category, year: null, evidence: spanOf(text, raw) };
}

export function personIn(
  text: string,
  name: string,
  opts: { honours?: HonourMention[]; employer?: string; spokeAt?: string[]; alias?: string } = {},
): PersonMention {
  return {
    name,
    honours: opts.honours ?? [],
    employers: opts.employer
      ? [{ org: opts.employer, orgType: "company", jobTitle: null, evidence: spanOf(text, opts.employer) }]
      : [],
    spokeAt: (opts.spokeAt ?? []).map((k) => ({
      eventKey: k,
      talkTitle: null,
      evidence: spanOf(text, name),
    })),
    aliases: opts.alias ? [{ alias: opts.alias, evidence: spanOf(text, opts.alias) }] : [],
    evidence: spanOf(text, name),
  };
}

export function article(id: string, text: string, parts: Partial<ArticleExtraction> = {}): ArticleExtraction {
  return {
    id,
    file: `${id}.txt`,
    index: 0,
    title: text.split("\n")[0] ?? id,
    subtitles: [],
    text,
    date: null,
    source: null,
    credits: [],
    events: [],
    persons: [],
    collectives: [],
    warnings: [],
    ...parts,
  };
}
