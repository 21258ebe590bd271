/**
 * Layouts of the organisation and honour reports: people grouped by honour level (organisation)
 * or by scope and year (honour), and the organisation's events, each row citing its evidence.
 */

import type { Evidence } from "../model/types.ts";
import {
  Citations,
  col,
  LEVEL_LABEL,
  levelText,
  orNone,
  type ReportDocument,
  type Section,
} from "./document.ts";
import {
  employersText,
  eventEvidence,
  honoursTable,
  honoursText,
  organisersText,
} from "./layout-entities.ts";
import type { HonourReport, OrgReport } from "./types.ts";

const ORG_TYPE: Record<string, string> = {
  union: "工会 union",
  company: "企业 company",
  government: "政府机关 government",
  school: "学校 school",
  collective: "集体 collective",
  other: "其他 other",
};

export function layoutOrg(d: OrgReport): ReportDocument {
  const c = new Citations(d.sources);
  const eventRow = (e: OrgReport["organised"][number]["event"], extra: string, evidence: Evidence[]) => ({
    cells: [orNone(e.date), e.name, e.venues.map((v) => v.name).join("、") || "—", extra],
    cites: c.cite(evidence, ...eventEvidence(e)),
  });
  const eventCols = (last: [string, string, string]) => [
    col("date", "日期", "Date"),
    col("event", "活动", "Event"),
    col("venue", "地点", "Venue"),
    col(...last),
  ];
  const sections: Section[] = [
    {
      id: "summary",
      zh: "单位概况",
      en: "Organisation summary",
      blocks: [
        {
          type: "facts",
          items: [
            { zh: "名称", en: "Name", value: d.org.name, cites: c.cite(d.org.evidence.slice(0, 1)) },
            { zh: "别称", en: "Aliases", value: d.org.aliases.join("、") || "—", cites: [] },
            {
              zh: "类型",
              en: "Type",
              value: d.org.orgType ? (ORG_TYPE[d.org.orgType] ?? d.org.orgType) : "—",
              cites: [],
            },
            {
              zh: "集体荣誉",
              en: "Collective honours",
              value: honoursText(d.honours),
              cites: c.cite(...d.honours.map((h) => h.evidence)),
            },
          ],
        },
      ],
    },
    {
      id: "employees",
      zh: "获得荣誉的职工",
      en: "Honoured employees by honour level",
      blocks: d.employeesByLevel.map((g) => ({
        type: "table" as const,
        name: `employees-${g.level ?? "none"}`,
        caption: g.level
          ? { zh: `${LEVEL_LABEL[g.level].zh}荣誉`, en: `${LEVEL_LABEL[g.level].en} honours` }
          : { zh: "未记录荣誉", en: "no honour recorded" },
        columns: [
          col("name", "姓名", "Name"),
          col("jobTitle", "职务", "Job title"),
          col("honours", "荣誉", "Honours"),
        ],
        rows: g.employees.map((e) => ({
          cells: [e.name, orNone(e.jobTitle), honoursText(e.honours)],
          cites: c.cite(e.evidence, ...e.honours.map((h) => h.evidence)),
        })),
      })),
    },
    {
      id: "organised",
      zh: "组织的活动",
      en: "Events organised",
      blocks: [
        {
          type: "table",
          name: "organised",
          columns: eventCols(["role", "角色", "Role"]),
          rows: d.organised.map((o) => eventRow(o.event, o.role ?? "未注明", o.evidence)),
        },
      ],
    },
  ];
  if (d.hosted.length > 0)
    sections.push({
      id: "hosted",
      zh: "在本单位场地举办的活动",
      en: "Events hosted at its venues",
      blocks: [
        {
          type: "table",
          name: "hosted",
          columns: eventCols(["organisers", "主办/承办", "Organisers (role)"]),
          rows: d.hosted.map((h) => eventRow(h.event, organisersText(h.event), h.venue.evidence)),
        },
      ],
    });
  if (d.spokeAt.length > 0)
    sections.push({
      id: "spoke",
      zh: "集体发言",
      en: "Events where it spoke as a collective",
      blocks: [
        {
          type: "table",
          name: "spoke",
          columns: eventCols(["talkTitle", "发言题目", "Talk title"]),
          rows: d.spokeAt.map((s) => eventRow(s.event, s.talkTitle ? `《${s.talkTitle}》` : "—", s.evidence)),
        },
      ],
    });
  if (d.honours.length > 0)
    sections.splice(1, 0, {
      id: "honours",
      zh: "集体荣誉",
      en: "Collective honours",
      blocks: [honoursTable(c, d.honours)],
    });
  return {
    kind: "org",
    title: `单位报告：${d.org.name}`,
    titleEn: `Organisation report: ${d.org.name}`,
    subtitle: d.org.orgType ? (ORG_TYPE[d.org.orgType] ?? "") : "",
    generatedAt: d.generatedAt,
    sections,
    citations: c.all(),
    sources: d.sources,
  };
}

export function layoutHonour(d: HonourReport): ReportDocument {
  const c = new Citations(d.sources);
  const sections: Section[] = [
    {
      id: "honours",
      zh: "荣誉",
      en: "Honours covered",
      blocks: [
        {
          type: "table",
          name: "honours",
          columns: [
            col("honour", "荣誉", "Honour"),
            col("scope", "授予范围", "Scope"),
            col("level", "级别", "Level"),
            col("category", "类别", "Category"),
          ],
          rows: d.honours.map((h) => ({
            cells: [h.name, orNone(h.scope), levelText(h.level), orNone(h.category)],
            cites: [],
          })),
        },
      ],
    },
    {
      id: "holders",
      zh: "获得者",
      en: "Holders by scope and year",
      blocks: d.groups.map((g) => ({
        type: "table" as const,
        name: `holders-${g.scope || "none"}-${g.year ?? "unknown"}`,
        caption: {
          zh: `${g.scope || "未注明范围"} · ${g.year ? `${g.year}年` : "年份不详"}`,
          en: `${g.scope || "no scope"} · ${g.year ?? "year unknown"}`,
        },
        columns: [
          col("name", "姓名", "Name"),
          col("honour", "荣誉", "Honour"),
          col("employer", "单位与职务", "Employer, job title"),
        ],
        rows: g.holders.map((h) => ({
          cells: [h.name, h.honourName, employersText(h.employers)],
          cites: c.cite(h.evidence, ...h.employers.map((e) => e.evidence)),
        })),
      })),
    },
  ];
  const holders = d.groups.reduce((s, g) => s + g.holders.length, 0);
  return {
    kind: "honour",
    title: `荣誉报告：${d.query}`,
    titleEn: `Honour report: ${d.query}`,
    subtitle: `${d.honours.length} 项荣誉 honours · ${holders} 人次 holders`,
    generatedAt: d.generatedAt,
    sections,
    citations: c.all(),
    sources: d.sources,
  };
}
