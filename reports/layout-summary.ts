/**
 * Layouts of the path report (connection sentences and steps) and the overview report (counts,
 * charts and top lists).
 */
import { Citations, col, levelText, orNone, type ReportDocument, type Section } from "./document.ts";
import type { OverviewReport, PathReport } from "./types.ts";

const LABEL_ZH: Record<string, string> = {
  Person: "人物",
  Honour: "荣誉",
  Organization: "单位",
  Event: "活动",
  Place: "地点",
  Article: "文章",
};

export function layoutPath(d: PathReport): ReportDocument {
  const c = new Citations(d.sources);
  const sections: Section[] = [
    {
      id: "connection",
      zh: "关联",
      en: "How they are connected",
      blocks: [
        d.found
          ? {
              type: "sentences",
              items: d.narrative.map((n) => ({ text: n.text, textEn: n.textEn, cites: c.cite(n.evidence) })),
            }
          : {
              type: "sentences",
              items: [
                {
                  text: `在六步之内未找到${d.from.name}与${d.to.name}之间的关联。`,
                  textEn: `No connection within 6 steps.`,
                  cites: [],
                },
              ],
            },
      ],
    },
  ];
  if (d.found)
    sections.push({
      id: "steps",
      zh: "路径步骤",
      en: "Path steps",
      blocks: [
        {
          type: "table",
          name: "steps",
          columns: [
            col("step", "步", "Step"),
            col("from", "起点", "From"),
            col("relation", "关系", "Relation"),
            col("to", "终点", "To"),
          ],
          rows: d.steps.map((s, i) => ({
            cells: [
              String(i + 1),
              `${s.from.name}（${LABEL_ZH[s.from.label] ?? s.from.label}）`,
              s.text,
              `${s.to.name}（${LABEL_ZH[s.to.label] ?? s.to.label}）`,
            ],
            cites: c.cite(s.evidence),
          })),
        },
      ],
    });
  return {
    kind: "path",
    title: `关系路径：${d.from.name} — ${d.to.name}`,
    titleEn: `Connection: ${d.from.name} — ${d.to.name}`,
    subtitle: d.found ? `${d.steps.length} 步 steps` : "未找到 not found",
    generatedAt: d.generatedAt,
    sections,
    citations: c.all(),
    sources: d.sources,
  };
}

export function layoutOverview(d: OverviewReport): ReportDocument {
  const c = new Citations(d.sources);
  const t = d.totals;
  const count = (name: string, key: [string, string, string], rows: { key: string; count: number }[]) => ({
    type: "table" as const,
    name,
    columns: [col(...key), col("count", "数量", "Count")],
    rows: rows.map((r) => ({ cells: [r.key, String(r.count)], cites: [] })),
  });
  const levelRows = d.byLevel.map((r) => ({
    key: levelText(r.key === "未知" ? null : r.key),
    count: r.count,
  }));
  const sections: Section[] = [
    {
      id: "totals",
      zh: "总体规模",
      en: "Totals",
      blocks: [
        {
          type: "facts",
          items: [
            { zh: "人物", en: "Persons", value: String(t.nodes.Person), cites: [] },
            { zh: "荣誉", en: "Honours", value: String(t.nodes.Honour), cites: [] },
            { zh: "单位", en: "Organisations", value: String(t.nodes.Organization), cites: [] },
            { zh: "活动", en: "Events", value: String(t.nodes.Event), cites: [] },
            { zh: "地点", en: "Places", value: String(t.nodes.Place), cites: [] },
            { zh: "文章", en: "Articles", value: String(t.nodes.Article), cites: [] },
            { zh: "荣誉授予", en: "Honour awards (HAS_HONOUR)", value: String(t.rels.HAS_HONOUR), cites: [] },
            { zh: "发言", en: "Talks (SPOKE_AT)", value: String(t.rels.SPOKE_AT), cites: [] },
          ],
        },
      ],
    },
    {
      id: "honours",
      zh: "荣誉分布",
      en: "Honour holders by level and category",
      blocks: [
        {
          type: "chart",
          name: "by-level",
          chart: { kind: "bar", zh: "按级别", en: "By level", data: levelRows },
        },
        count("by-level", ["level", "级别", "Level"], levelRows),
        {
          type: "chart",
          name: "by-category",
          chart: { kind: "bar", zh: "按类别", en: "By category", data: d.byCategory },
        },
        count("by-category", ["category", "类别", "Category"], d.byCategory),
      ],
    },
    {
      id: "regions",
      zh: "地区分布",
      en: "Honoured people by region",
      blocks: [
        {
          type: "chart",
          name: "by-region",
          chart: { kind: "bar", zh: "按地区", en: "By region", data: d.byRegion },
        },
        count("by-region", ["region", "地区", "Region"], d.byRegion),
      ],
    },
    {
      id: "organisations",
      zh: "主要组织与用人单位",
      en: "Top organisers and employers",
      blocks: [
        {
          type: "chart",
          name: "top-organisers",
          chart: {
            kind: "bar",
            zh: "组织活动最多的单位",
            en: "Top organisers (events)",
            data: d.topOrganisers.map((o) => ({ key: o.name, count: o.events })),
          },
        },
        {
          type: "table",
          name: "top-organisers",
          columns: [col("organisation", "单位", "Organisation"), col("events", "活动数", "Events")],
          rows: d.topOrganisers.map((o) => ({ cells: [o.name, String(o.events)], cites: [] })),
        },
        {
          type: "table",
          name: "top-employers",
          caption: { zh: "获得荣誉职工最多的单位", en: "Employers with the most honoured employees" },
          columns: [
            col("employer", "单位", "Employer"),
            col("honoured", "获荣誉职工", "Honoured"),
            col("employees", "职工", "Employees"),
          ],
          rows: d.topEmployers.map((o) => ({
            cells: [o.name, String(o.honoured), String(o.employees)],
            cites: [],
          })),
        },
      ],
    },
    {
      id: "timeline",
      zh: "活动时间分布",
      en: "Events over time",
      blocks: [
        {
          type: "chart",
          name: "events-by-month",
          chart: { kind: "timeline", zh: "按月", en: "By month", data: d.eventsByMonth },
        },
        count(
          "events-by-year",
          ["year", "年份", "Year"],
          [
            ...d.eventsByYear,
            ...(d.undatedEvents ? [{ key: "日期不详 undated", count: d.undatedEvents }] : []),
          ],
        ),
      ],
    },
    {
      id: "speakers",
      zh: "联系最广的发言人",
      en: "Most connected speakers",
      blocks: [
        {
          type: "chart",
          name: "top-speakers",
          chart: {
            kind: "bar",
            zh: "同台发言者数量",
            en: "Distinct co-speakers",
            data: d.topSpeakers.map((s) => ({ key: s.name, count: s.coSpeakers })),
          },
        },
        {
          type: "table",
          name: "top-speakers",
          columns: [
            col("name", "姓名", "Name"),
            col("coSpeakers", "同台发言者", "Co-speakers"),
            col("events", "活动数", "Events"),
          ],
          rows: d.topSpeakers.map((s) => ({
            cells: [s.name, String(s.coSpeakers), String(s.events)],
            cites: [],
          })),
        },
      ],
    },
    {
      id: "corpus",
      zh: "资料来源",
      en: "Corpus",
      blocks: [
        {
          type: "table",
          name: "corpus",
          caption: {
            zh: "本概览的每个数字都来自以下报纸文章中引用的句子；单项报告列出具体句子。",
            en: "Every figure counts facts cited from these articles; single reports list the sentences.",
          },
          columns: [
            col("source", "报纸", "Newspaper"),
            col("articles", "文章数", "Articles"),
            col("first", "最早", "First"),
            col("last", "最晚", "Last"),
          ],
          rows: d.corpus.map((r) => ({
            cells: [r.source, String(r.articles), orNone(r.firstDate), orNone(r.lastDate)],
            cites: [],
          })),
        },
      ],
    },
  ];
  return {
    kind: "overview",
    title: "劳模工匠图谱概览",
    titleEn: "Overview of the honouree graph",
    subtitle: `${t.nodes.Person} 人 persons · ${t.nodes.Event} 场活动 events · ${t.nodes.Article} 篇文章 articles`,
    generatedAt: d.generatedAt,
    sections,
    citations: c.all(),
    sources: d.sources,
  };
}
