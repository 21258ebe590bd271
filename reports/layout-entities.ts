/**
 * Layouts of the person and event reports: report data → sections of facts and tables, every
 * row citing the evidence sentences it rests on.
 */

import type { Evidence } from "../model/types.ts";
import { Citations, col, levelText, orNone, type ReportDocument, type Section } from "./document.ts";
import type { EmployerFact, EventReport, EventSummary, HonourFact, PersonReport } from "./types.ts";

export function organisersText(e: EventSummary): string {
  return e.organisers.map((o) => `${o.name}（${o.role ?? "未注明"}）`).join("、") || "—";
}

export function honoursText(list: HonourFact[]): string {
  return list.map((h) => `${h.name}${h.year ? `（${h.year}）` : ""}`).join("、") || "—";
}

export function employersText(list: EmployerFact[]): string {
  return list.map((e) => `${e.name}${e.jobTitle ? ` ${e.jobTitle}` : ""}`).join("、") || "—";
}

/** The evidence lists behind an event summary (the event, its venues and organisers). */
export function eventEvidence(e: EventSummary): Evidence[][] {
  return [e.evidence, ...e.venues.map((v) => v.evidence), ...e.organisers.map((o) => o.evidence)];
}

export function honoursTable(c: Citations, honours: HonourFact[]): Section["blocks"][number] {
  return {
    type: "table",
    name: "honours",
    columns: [
      col("honour", "荣誉", "Honour"),
      col("scope", "授予范围", "Scope"),
      col("level", "级别", "Level"),
      col("category", "类别", "Category"),
      col("year", "年份", "Year"),
    ],
    rows: honours.map((h) => ({
      cells: [h.name, orNone(h.scope), levelText(h.level), orNone(h.category), h.year ? String(h.year) : "—"],
      cites: c.cite(h.evidence),
    })),
  };
}

export function layoutPerson(d: PersonReport): ReportDocument {
  const c = new Citations(d.sources);
  const sections: Section[] = [
    {
      id: "summary",
      zh: "概况",
      en: "Summary",
      blocks: [
        {
          type: "facts",
          items: [
            { zh: "姓名", en: "Name", value: d.person.name, cites: c.cite(d.person.evidence.slice(0, 1)) },
            { zh: "别名/昵称", en: "Aliases", value: d.person.aliases.join("、") || "—", cites: [] },
            { zh: "荣誉", en: "Honours", value: honoursText(d.honours), cites: [] },
            { zh: "工作单位", en: "Employers", value: employersText(d.employers), cites: [] },
            { zh: "编号", en: "Id", value: d.person.id, cites: [] },
          ],
        },
      ],
    },
    { id: "honours", zh: "荣誉", en: "Honours", blocks: [honoursTable(c, d.honours)] },
    {
      id: "employers",
      zh: "工作单位与职务",
      en: "Employers and job titles",
      blocks: [
        {
          type: "table",
          name: "employers",
          columns: [col("employer", "单位", "Employer"), col("jobTitle", "职务", "Job title")],
          rows: d.employers.map((e) => ({ cells: [e.name, orNone(e.jobTitle)], cites: c.cite(e.evidence) })),
        },
      ],
    },
    {
      id: "events",
      zh: "宣讲与活动",
      en: "Events spoken at",
      blocks: [
        {
          type: "table",
          name: "events",
          columns: [
            col("date", "日期", "Date"),
            col("event", "活动", "Event"),
            col("venue", "地点", "Venue"),
            col("organisers", "主办/承办", "Organisers (role)"),
            col("talkTitle", "发言题目", "Talk title"),
          ],
          rows: d.events.map((x) => ({
            cells: [
              orNone(x.event.date),
              x.event.name,
              x.event.venues.map((v) => v.name).join("、") || "—",
              organisersText(x.event),
              x.talkTitle ? `《${x.talkTitle}》` : "—",
            ],
            cites: c.cite(x.evidence, ...eventEvidence(x.event)),
          })),
        },
      ],
    },
    {
      id: "co-speakers",
      zh: "同台发言者",
      en: "Co-speakers",
      blocks: [
        {
          type: "table",
          name: "co-speakers",
          columns: [col("name", "姓名", "Name"), col("events", "共同活动", "Shared events")],
          rows: d.coSpeakers.map((s) => ({
            cells: [s.name, s.events.map((e) => e.name).join("、")],
            cites: [],
          })),
        },
      ],
    },
  ];
  if (d.credits.length > 0)
    sections.push({
      id: "credits",
      zh: "署名报道",
      en: "Bylines and credits",
      blocks: [
        {
          type: "table",
          name: "credits",
          columns: [
            col("article", "文章", "Article"),
            col("date", "日期", "Date"),
            col("role", "角色", "Role"),
          ],
          rows: d.credits.map((x) => ({
            cells: [x.article.title, orNone(x.article.date), orNone(x.role)],
            cites: c.cite(x.evidence),
          })),
        },
      ],
    });
  return {
    kind: "person",
    title: `人物报告：${d.person.name}`,
    titleEn: `Person report: ${d.person.name}`,
    subtitle: [employersText(d.employers), honoursText(d.honours)].filter((s) => s !== "—").join(" · "),
    generatedAt: d.generatedAt,
    sections,
    citations: c.all(),
    sources: d.sources,
  };
}

export function layoutEvent(d: EventReport): ReportDocument {
  const c = new Citations(d.sources);
  const e = d.event;
  const sections: Section[] = [
    {
      id: "summary",
      zh: "活动概况",
      en: "Event summary",
      blocks: [
        {
          type: "facts",
          items: [
            { zh: "名称", en: "Name", value: e.name, cites: c.cite(e.evidence) },
            { zh: "主题", en: "Theme", value: orNone(e.theme), cites: [] },
            { zh: "日期", en: "Date", value: orNone(e.date), cites: [] },
            {
              zh: "地点",
              en: "Venues",
              value: e.venues.map((v) => v.name).join("、") || "—",
              cites: c.cite(...e.venues.map((v) => v.evidence)),
            },
            { zh: "活动品牌/系列", en: "Campaign", value: orNone(e.campaign), cites: [] },
          ],
        },
      ],
    },
    {
      id: "organisers",
      zh: "主办与承办单位",
      en: "Organisers",
      blocks: [
        {
          type: "table",
          name: "organisers",
          columns: [col("organisation", "单位", "Organisation"), col("role", "角色", "Role")],
          rows: e.organisers.map((o) => ({
            cells: [o.name, o.role ?? "未注明 unspecified"],
            cites: c.cite(o.evidence),
          })),
        },
      ],
    },
    {
      id: "speakers",
      zh: "发言人",
      en: "Speakers",
      blocks: [
        {
          type: "table",
          name: "speakers",
          columns: [
            col("name", "姓名", "Name"),
            col("honours", "荣誉", "Honours"),
            col("employer", "单位与职务", "Employer, job title"),
            col("talkTitle", "发言题目", "Talk title"),
          ],
          rows: d.speakers.map((s) => ({
            cells: [
              s.name,
              honoursText(s.honours),
              employersText(s.employers),
              s.talkTitle ? `《${s.talkTitle}》` : "—",
            ],
            cites: c.cite(
              s.evidence,
              ...s.honours.map((h) => h.evidence),
              ...s.employers.map((x) => x.evidence),
            ),
          })),
        },
      ],
    },
  ];
  return {
    kind: "event",
    title: `活动报告：${e.name}`,
    titleEn: `Event report: ${e.name}`,
    subtitle: [e.date, e.venues.map((v) => v.name).join("、")].filter(Boolean).join(" · "),
    generatedAt: d.generatedAt,
    sections,
    citations: c.all(),
    sources: d.sources,
  };
}
