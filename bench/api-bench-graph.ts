/**
 * A synthetic, deterministic GraphBatch the size of a large corpus (default 100k articles,
 * ~40k persons, ~300k+ relationships) for the API latency stage: fictional names built from
 * surname × given-name characters, one short evidence sentence per fact.
 */
import { nodeId, relId } from "../model/ids.ts";
import type { Evidence, GraphBatch, GraphNode, GraphRel, HonourLevel, OrgType } from "../model/types.ts";
import { pinyinOf } from "../server/services/search-index.ts";

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单欧阳";
const GIVEN =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁峰晨阳志斌海波东林雪梅琳晶颖倩莉慧巧美婷雯欣蕾薇爽佳佩冰雁凤岚云瑶";
const CITIES = [
  "青岚",
  "澜江",
  "栖霞湾",
  "云岫",
  "北溟",
  "临川",
  "松陵",
  "白沙",
  "苍梧",
  "金堤",
  "望舒",
  "楚原",
];
const INDUSTRIES = [
  "轨道交通",
  "重工",
  "港务",
  "电力",
  "水务",
  "纺织",
  "机械",
  "建工",
  "化工",
  "航运",
  "公交",
  "医药",
];
const ORG_SUFFIX = ["集团", "有限公司", "股份有限公司", "研究院", "第一医院", "职业技术学院"];
const HONOUR_CATS = ["劳动模范", "五一劳动奖章", "技术能手", "先进工作者", "工匠", "三八红旗手"];
const THEMES = ["劳模工匠宣讲", "工匠讲堂", "劳模进校园", "职工技能大赛", "劳模故事分享会", "道德讲堂"];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ApiBenchGraphOptions {
  articles?: number;
  seed?: number;
}

/** Builds the batch; also returns sample ids and search terms for the load generator. */
export function buildApiBenchGraph(opts: ApiBenchGraphOptions = {}): {
  batch: GraphBatch;
  personIds: string[];
  searchTerms: string[];
} {
  const articles = opts.articles ?? 100_000;
  const rnd = mulberry32(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const nPersons = Math.round(articles * 0.4);
  const nOrgs = Math.max(20, Math.round(articles * 0.06));
  const nEvents = Math.max(10, Math.round(articles * 0.3));
  const nPlaces = Math.max(10, Math.round(articles * 0.03));
  const nodes: GraphNode[] = [];
  const rels: GraphRel[] = [];
  const articleIds: string[] = [];
  const ev = (articleId: string, sentence: string, span: string): Evidence => {
    const at = Math.max(0, sentence.indexOf(span));
    return { articleId, sentence, offset: 0, spanStart: at, spanEnd: at + span.length };
  };
  const prov = (a: string, e: Evidence) => ({ articleIds: [a], evidence: [e] });

  for (let i = 0; i < articles; i++) {
    const title = `${pick(CITIES)}${pick(THEMES)}第${i + 1}期`;
    const id = nodeId("Article", `bench-${i}`);
    articleIds.push(id);
    const text = `${title}\n本报讯 ${pick(CITIES)}市总工会举办${pick(THEMES)}活动，多位劳模工匠分享了奋斗故事。`;
    nodes.push({
      id,
      label: "Article",
      name: title,
      title,
      subtitle: null,
      date: `20${19 + (i % 7)}-0${1 + (i % 9)}-1${i % 10}`,
      source: "工人报",
      file: `bench/${i}.txt`,
      text,
      articleIds: [id],
      evidence: [],
    });
  }
  const art = () => pick(articleIds);

  const levels: HonourLevel[] = ["national", "provincial", "municipal", "industry"];
  const honourIds: string[] = [];
  for (const scope of ["全国", ...CITIES.map((c) => `${c}市`), ...CITIES.slice(0, 6).map((c) => `${c}省`)]) {
    for (const cat of HONOUR_CATS) {
      const name = `${scope}${cat}`;
      const id = nodeId("Honour", name);
      honourIds.push(id);
      const level = scope === "全国" ? "national" : scope.endsWith("省") ? "provincial" : pick(levels);
      const a = art();
      nodes.push({
        id,
        label: "Honour",
        name,
        scope,
        level,
        category: cat,
        ...prov(a, ev(a, `${name}称号`, name)),
      });
    }
  }

  const orgTypes: OrgType[] = ["company", "union", "school", "other"];
  const orgIds: string[] = [];
  const unionIds: string[] = [];
  for (let i = 0; i < nOrgs; i++) {
    const isUnion = i % 5 === 0;
    const name = isUnion
      ? `${pick(CITIES)}市${pick(INDUSTRIES)}工会${i}`
      : `${pick(CITIES)}${pick(INDUSTRIES)}${pick(ORG_SUFFIX)}${i}`;
    const id = nodeId("Organization", name);
    orgIds.push(id);
    if (isUnion) unionIds.push(id);
    const a = art();
    nodes.push({
      id,
      label: "Organization",
      name,
      aliases: [],
      orgType: isUnion ? "union" : pick(orgTypes),
      ...prov(a, ev(a, `${name}的职工参加了活动。`, name)),
    });
  }

  const placeIds: string[] = [];
  for (let i = 0; i < nPlaces; i++) {
    const name = `${pick(CITIES)}职工文化中心${i}号厅`;
    const id = nodeId("Place", name);
    placeIds.push(id);
    const a = art();
    nodes.push({ id, label: "Place", name, aliases: [], ...prov(a, ev(a, `活动在${name}举行。`, name)) });
  }

  const eventIds: string[] = [];
  for (let i = 0; i < nEvents; i++) {
    const theme = pick(THEMES);
    const name = `${pick(CITIES)}${theme}活动（${i}）`;
    const id = nodeId("Event", name);
    eventIds.push(id);
    const date = `20${19 + (i % 7)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const a = art();
    nodes.push({
      id,
      label: "Event",
      name,
      theme,
      date,
      campaign: null,
      ...prov(a, ev(a, `${date}，${name}举行。`, name)),
    });
    const place = pick(placeIds);
    rels.push({
      id: relId("HELD_AT", id, place),
      type: "HELD_AT",
      source: id,
      target: place,
      ...prov(a, ev(a, `${name}在此举行。`, name)),
    });
    const org1 = pick(unionIds);
    rels.push({
      id: relId("ORGANIZED_BY", id, org1, "主办"),
      type: "ORGANIZED_BY",
      source: id,
      target: org1,
      role: "主办",
      ...prov(a, ev(a, "活动由工会主办。", "主办")),
    });
    const org2 = pick(orgIds);
    if (org2 !== org1) {
      rels.push({
        id: relId("ORGANIZED_BY", id, org2, "承办"),
        type: "ORGANIZED_BY",
        source: id,
        target: org2,
        role: "承办",
        ...prov(a, ev(a, "活动由企业承办。", "承办")),
      });
    }
  }

  const personIds: string[] = [];
  const searchTerms: string[] = [];
  const surnames = [...SURNAMES.replace("欧阳", "")].concat(["欧阳"]);
  for (let i = 0; i < nPersons; i++) {
    const name = `${pick(surnames)}${pick([...GIVEN])}${rnd() < 0.7 ? pick([...GIVEN]) : ""}`;
    const employer = pick(orgIds);
    const id = nodeId("Person", `${name}|${employer}|${i}`);
    personIds.push(id);
    const { pinyin, initials } = pinyinOf(name, true);
    const a = art();
    nodes.push({
      id,
      label: "Person",
      name,
      aliases: [],
      pinyin,
      initials,
      mergeKey: `bench:${i}`,
      ...prov(a, ev(a, `劳模${name}分享了经验。`, name)),
    });
    rels.push({
      id: relId("WORKS_FOR", id, employer),
      type: "WORKS_FOR",
      source: id,
      target: employer,
      jobTitle: "技师",
      ...prov(a, ev(a, `${name}是技师。`, name)),
    });
    const honour = pick(honourIds);
    rels.push({
      id: relId("HAS_HONOUR", id, honour),
      type: "HAS_HONOUR",
      source: id,
      target: honour,
      year: 2015 + (i % 10),
      ...prov(a, ev(a, `${name}荣获称号。`, name)),
    });
    for (let k = 0; k < 2; k++) {
      const event = pick(eventIds);
      const rid = relId("SPOKE_AT", id, event);
      rels.push({
        id: rid,
        type: "SPOKE_AT",
        source: id,
        target: event,
        talkTitle: null,
        ...prov(a, ev(a, `${name}作了分享。`, name)),
      });
    }
    if (i % 400 === 0) searchTerms.push(name, pinyin, initials, name.slice(1), pinyin.slice(0, 4));
  }
  // Reporters: a small pool reporting every article.
  for (let i = 0; i < articles; i++) {
    const reporter = personIds[i % Math.min(500, personIds.length)]!;
    const a = articleIds[i]!;
    rels.push({
      id: relId("REPORTED", reporter, a, "reporter"),
      type: "REPORTED",
      source: reporter,
      target: a,
      role: "reporter",
      ...prov(a, ev(a, "记者报道。", "记者")),
    });
  }
  searchTerms.push("工会", "劳模", "青岚", "zhang", "wang", "qinglan", "工匠讲堂", "职工文化中心");
  const seen = new Set<string>();
  const unique = rels.filter((r) => !seen.has(r.id) && seen.add(r.id));
  return { batch: { nodes, rels: unique }, personIds, searchTerms };
}
