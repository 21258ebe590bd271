/**
 * The format-neutral report document: titled sections of tables, sentences, key facts and
 * charts, plus numbered citations (one per evidence sentence and highlighted span). Layouts build
 * it from report data; the HTML, Markdown, CSV (and so PDF) renderers only read it.
 */
import type { Evidence, HonourLevel } from "../model/types.ts";
import { evidenceKey } from "./read-values.ts";
import type { ArticleRef, CountRow, ReportKind } from "./types.ts";

export interface Column {
  key: string;
  zh: string;
  en: string;
}

export interface TableRow {
  cells: string[];
  cites: number[];
}

export type ChartSpec =
  | { kind: "bar"; zh: string; en: string; data: CountRow[] }
  | { kind: "timeline"; zh: string; en: string; data: CountRow[] };

export type Block =
  | { type: "table"; name: string; columns: Column[]; rows: TableRow[]; caption?: { zh: string; en: string } }
  | { type: "sentences"; items: { text: string; textEn?: string; cites: number[] }[] }
  | { type: "facts"; items: { zh: string; en: string; value: string; cites: number[] }[] }
  | { type: "chart"; name: string; chart: ChartSpec };

export interface Section {
  id: string;
  zh: string;
  en: string;
  blocks: Block[];
}

export interface Citation {
  n: number;
  evidence: Evidence;
  article: ArticleRef | null;
}

export interface ReportDocument {
  kind: ReportKind;
  title: string;
  titleEn: string;
  subtitle: string;
  generatedAt: string;
  sections: Section[];
  citations: Citation[];
  sources: ArticleRef[];
}

/** Numbers evidence sentences in order of first citation; the same evidence keeps its number. */
export class Citations {
  private readonly byKey = new Map<string, number>();
  private readonly list: Citation[] = [];
  constructor(private readonly articles: ArticleRef[]) {}

  cite(...lists: Evidence[][]): number[] {
    const out: number[] = [];
    for (const list of lists)
      for (const e of list) {
        const key = evidenceKey(e);
        let n = this.byKey.get(key);
        if (n === undefined) {
          n = this.list.length + 1;
          this.byKey.set(key, n);
          this.list.push({
            n,
            evidence: e,
            article: this.articles.find((a) => a.id === e.articleId) ?? null,
          });
        }
        if (!out.includes(n)) out.push(n);
      }
    return out;
  }

  all(): Citation[] {
    return this.list;
  }
}

export const LEVEL_LABEL: Record<HonourLevel, { zh: string; en: string }> = {
  national: { zh: "全国", en: "national" },
  provincial: { zh: "省级", en: "provincial" },
  municipal: { zh: "市级", en: "municipal" },
  district: { zh: "区县级", en: "district" },
  industry: { zh: "行业", en: "industry" },
  enterprise: { zh: "企业", en: "enterprise" },
};

export function levelText(level: string | null): string {
  const l = level ? LEVEL_LABEL[level as HonourLevel] : undefined;
  return l ? `${l.zh} ${l.en}` : "未定 unknown";
}

export const col = (key: string, zh: string, en: string): Column => ({ key, zh, en });

export function orNone(v: string | null | undefined): string {
  return v === null || v === undefined || v === "" ? "—" : v;
}
