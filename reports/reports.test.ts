/**
 * Reports against the embedded store loaded with the fictional test graph: every kind's data,
 * and the person/event reports in every text format (JSON shape, Markdown tables, CSV that parses
 * back, HTML that escapes data), plus name resolution (ids, aliases, ambiguity, not found).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../cypher/store.ts";
import { NotFoundError } from "../model/errors.ts";
import { AmbiguousNameError, buildReport, renderReport } from "./index.ts";
import { openTestStore, parseCsv } from "./open-test-store.ts";
import { RIDS, SCRIPT_TITLE, TEST_SENTENCES } from "./test-graph.ts";
import type {
  EventReport,
  HonourReport,
  OrgReport,
  OverviewReport,
  PathReport,
  PersonReport,
} from "./types.ts";

let store: GraphStore;
let cleanup: () => Promise<void>;
const now = () => new Date("2025-05-01T08:00:00Z");

beforeAll(async () => {
  ({ store, cleanup } = await openTestStore());
});
afterAll(async () => {
  await cleanup?.();
});

const text = async (data: Parameters<typeof renderReport>[0], format: "html" | "md" | "csv" | "json") => {
  const out = await renderReport(data, format);
  expect(typeof out.body).toBe("string");
  return { ...out, body: out.body as string };
};

describe("person report", () => {
  it("builds honours, employer, events with organisers and sources", async () => {
    const d = (await buildReport(store, "person", "乔振宇", { now })) as PersonReport;
    expect(d.kind).toBe("person");
    expect(d.generatedAt).toBe("2025-05-01T08:00:00.000Z");
    expect(d.person.id).toBe(RIDS.qiao);
    expect(d.person.aliases).toEqual(["乔师傅"]);
    expect(d.honours.map((h) => [h.name, h.scope, h.level, h.year])).toEqual([
      ["全国劳动模范", "全国", "national", 2020],
      ["滨海省五一劳动奖章", "滨海省", "provincial", null],
    ]);
    expect(d.honours[0]!.evidence.map((e) => e.articleId).sort()).toEqual([RIDS.a1, RIDS.a2].sort());
    expect(d.employers).toMatchObject([{ name: "云川港务集团", jobTitle: "桥吊司机" }]);
    expect(d.events.map((e) => e.event.name)).toEqual([
      "乔振宇技能大师工作室揭牌仪式",
      "云川市“劳动筑梦”劳模宣讲报告会",
    ]);
    const e1 = d.events[1]!;
    expect(e1.talkTitle).toBe("毫米之间见真功");
    expect(e1.event.venues.map((v) => v.name)).toEqual(["云川市职工之家"]);
    expect(e1.event.organisers.map((o) => [o.name, o.role])).toEqual([
      ["云川市总工会", "主办"],
      ["云川港务集团", "承办"],
      ["云川市人社局", "指导"],
    ]);
    expect(d.coSpeakers.map((c) => c.name).sort()).toEqual(["林秀梅", "韩立新"].sort());
    expect(d.sources.map((s) => s.id).sort()).toEqual([RIDS.a1, RIDS.a2].sort());
  });

  it("renders JSON as the data object", async () => {
    const d = await buildReport(store, "person", RIDS.qiao, { now });
    const out = await text(d, "json");
    expect(out.contentType).toMatch(/^application\/json/);
    expect(out.filename).toBe("person-乔振宇.json");
    expect(JSON.parse(out.body)).toEqual(JSON.parse(JSON.stringify(d)));
  });

  it("renders Markdown with tables, cited sentences and highlighted facts", async () => {
    const out = await text(await buildReport(store, "person", "乔振宇", { now }), "md");
    expect(out.contentType).toMatch(/^text\/markdown/);
    expect(out.body).toContain(
      "| 荣誉 Honour | 授予范围 Scope | 级别 Level | 类别 Category | 年份 Year | 来源 Sources |",
    );
    expect(out.body).toMatch(/\| 全国劳动模范 \| 全国 \| 全国 national \| 劳动模范 \| 2020 \| \[\d+\]/);
    expect(out.body).toContain("| 云川港务集团 | 桥吊司机 |");
    expect(out.body).toContain("云川市总工会（主办）、云川港务集团（承办）、云川市人社局（指导）");
    expect(out.body).toContain("**全国劳动模范**、滨海省五一劳动奖章获得者");
    expect(out.body).toContain("\\<script\\>");
    expect(out.body).not.toContain("<script>");
  });

  it("renders CSV that parses back into rectangular rows with sources", async () => {
    const out = await text(await buildReport(store, "person", "乔振宇", { now }), "csv");
    expect(out.contentType).toMatch(/^text\/csv/);
    const rows = parseCsv(out.body);
    const [header, ...body] = rows;
    expect(header![0]).toBe("section");
    expect(header!.at(-1)).toBe("sources");
    for (const r of body) expect(r.length).toBe(header!.length);
    const get = (r: string[], k: string) => r[header!.indexOf(k)] ?? "";
    const honour = body.find((r) => get(r, "section") === "honours" && get(r, "honour") === "全国劳动模范");
    expect(honour && get(honour, "year")).toBe("2020");
    expect(honour && get(honour, "sources")).toContain(TEST_SENTENCES.qiaoHonours);
    const event = body.find(
      (r) => get(r, "section") === "events" && get(r, "talkTitle") === "《毫米之间见真功》",
    );
    expect(event && get(event, "organisers")).toContain("云川港务集团（承办）");
    const cites = body.filter((r) => get(r, "section") === "citation");
    expect(cites.some((r) => get(r, "article") === SCRIPT_TITLE)).toBe(true);
    expect(cites.some((r) => get(r, "highlight") === "云川港务集团桥吊司机")).toBe(true);
  });

  it("renders printable HTML that escapes data and cites every row", async () => {
    const out = await text(await buildReport(store, "person", "乔振宇", { now }), "html");
    expect(out.contentType).toMatch(/^text\/html/);
    const html = out.body;
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toContain('"Noto Sans CJK SC"');
    expect(html).toContain("@page { size: A4");
    expect(html).toContain("break-before: page");
    expect(html).toContain(`class="main" id="employers"`);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('荣誉<span class="en">Honours</span>');
    expect(html).toContain("<mark>全国劳动模范</mark>");
    expect(html).toContain("2025-05-01 08:00:00 UTC");
    expect(html).toContain("每一条陈述都注明出处");
    const citeLinks = [...html.matchAll(/href="#cite-(\d+)"/g)].map((m) => m[1]);
    const anchors = new Set([...html.matchAll(/id="cite-(\d+)"/g)].map((m) => m[1]));
    expect(citeLinks.length).toBeGreaterThan(5);
    for (const n of citeLinks) expect(anchors.has(n)).toBe(true);
  });
});

describe("name resolution", () => {
  it("reports an ambiguous name with candidates and their employers", async () => {
    const err = await buildReport(store, "person", "林秀梅").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AmbiguousNameError);
    const candidates = (err as AmbiguousNameError).candidates;
    expect(candidates.map((c) => [c.id, c.hints]).sort()).toEqual(
      [
        [RIDS.linTextile, ["云川第一纺织厂"]],
        [RIDS.linPort, ["云川港务集团"]],
      ].sort(),
    );
  });

  it("accepts ids, aliases and unique partial names; rejects unknown names", async () => {
    expect(((await buildReport(store, "person", RIDS.linPort)) as PersonReport).employers[0]?.name).toBe(
      "云川港务集团",
    );
    expect(((await buildReport(store, "person", "乔师傅")) as PersonReport).person.id).toBe(RIDS.qiao);
    expect(((await buildReport(store, "org", "港务集团")) as OrgReport).org.id).toBe(RIDS.port);
    await expect(buildReport(store, "person", "不存在的人")).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildReport(store, "person", "p_0000000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("event, org, honour, path and overview reports", () => {
  it("event: organisers with roles, speakers with honours and employers", async () => {
    const d = (await buildReport(store, "event", "劳动筑梦", { now })) as EventReport;
    expect(d.event).toMatchObject({
      name: "云川市“劳动筑梦”劳模宣讲报告会",
      date: "2024-04-25",
      theme: "劳动筑梦",
      campaign: "劳模宣讲",
    });
    expect(d.event.organisers.map((o) => o.role)).toEqual(["主办", "承办", "指导"]);
    expect(
      d.speakers.map((s) => [s.name, s.honours.map((h) => h.name), s.employers.map((e) => e.name)]),
    ).toEqual([
      ["乔振宇", ["全国劳动模范", "滨海省五一劳动奖章"], ["云川港务集团"]],
      ["林秀梅", ["云川市劳动模范"], ["云川第一纺织厂"]],
    ]);
    const md = (await text(d, "md")).body;
    expect(md).toContain("| 云川市人社局 | 指导 |");
    expect(md).toContain(
      "| 乔振宇 | 全国劳动模范（2020）、滨海省五一劳动奖章 | 云川港务集团 桥吊司机 | 《毫米之间见真功》 |",
    );
  });

  it("org: employees grouped by honour level and events organised with role", async () => {
    const d = (await buildReport(store, "org", "云川港务集团", { now })) as OrgReport;
    expect(d.employeesByLevel.map((g) => [g.level, g.employees.map((e) => e.name)])).toEqual([
      ["national", ["乔振宇"]],
      ["provincial", ["韩立新"]],
      [null, ["林秀梅"]],
    ]);
    expect(d.organised.map((o) => [o.event.name, o.role])).toEqual([
      ["乔振宇技能大师工作室揭牌仪式", "主办"],
      ["云川市“劳动筑梦”劳模宣讲报告会", "承办"],
    ]);
    const csv = parseCsv((await text(d, "csv")).body);
    expect(csv.some((r) => r[0] === "employees-national" && r.includes("乔振宇"))).toBe(true);
  });

  it("honour: a category groups holders by scope and year", async () => {
    const d = (await buildReport(store, "honour", "劳动模范", { now })) as HonourReport;
    expect(d.groups.map((g) => [g.scope, g.year, g.holders.map((h) => h.name)])).toEqual([
      ["全国", 2020, ["乔振宇"]],
      ["云川市", 2019, ["林秀梅"]],
    ]);
    expect(d.groups[1]!.holders[0]!.employers.map((e) => e.name)).toEqual(["云川第一纺织厂"]);
    const single = (await buildReport(store, "honour", "滨海省技术能手")) as HonourReport;
    expect(single.groups).toMatchObject([{ scope: "滨海省", year: null, holders: [{ name: "韩立新" }] }]);
  });

  it("path: two speakers of one event, in a sentence with its organisers and sources", async () => {
    const d = (await buildReport(store, "path", RIDS.linTextile, { to: "乔振宇", now })) as PathReport;
    expect(d.found).toBe(true);
    expect(d.nodes.map((n) => n.id)).toEqual([RIDS.linTextile, RIDS.e1, RIDS.qiao]);
    expect(d.narrative[0]!.text).toBe(
      "林秀梅和乔振宇都在「云川市“劳动筑梦”劳模宣讲报告会」上发言，该活动由云川市总工会主办、云川港务集团承办、云川市人社局指导。",
    );
    expect(d.steps.every((s) => s.evidence.length > 0)).toBe(true);
    const md = (await text(d, "md")).body;
    expect(md).toContain("讲述了三十年坚守一线的经历");
  });

  it("overview: counts by level, category, region, organisers, time and speakers", async () => {
    const d = (await buildReport(store, "overview", "", { now })) as OverviewReport;
    expect(d.totals.nodes.Person).toBe(5);
    expect(d.byLevel).toEqual([
      { key: "provincial", count: 2 },
      { key: "municipal", count: 1 },
      { key: "national", count: 1 },
    ]);
    expect(d.byCategory[0]).toEqual({ key: "劳动模范", count: 2 });
    expect(d.byRegion).toEqual([
      { key: "滨海", count: 2 },
      { key: "云川市", count: 1 },
    ]);
    expect(d.topOrganisers[0]).toMatchObject({ name: "云川港务集团", events: 2 });
    expect(d.topEmployers[0]).toMatchObject({ name: "云川港务集团", employees: 3, honoured: 2 });
    expect(d.eventsByMonth).toEqual([
      { key: "2023-09", count: 1 },
      { key: "2024-04", count: 1 },
    ]);
    expect(d.topSpeakers[0]).toMatchObject({ name: "乔振宇", events: 2, coSpeakers: 2 });
    const html = (await text(d, "html")).body;
    expect((html.match(/<svg /g) ?? []).length).toBe(6);
    expect(html).toContain("2024-04");
  });
});
