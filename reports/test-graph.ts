/**
 * A hand-made GraphBatch of fictional people for the report tests: one honouree with two
 * honours, an employer, two events with organisers (roles), venues, a reporter credit, two
 * different people named 林秀梅, and an article title carrying "<script>" to test escaping.
 */
import { nodeId, relId } from "../model/ids.ts";
import type { ArticleNode, Evidence, GraphBatch, GraphNode, GraphRel } from "../model/types.ts";

const T1 = "云川市举办劳模宣讲报告会";
const TEXT1 = [
  T1,
  "本报讯（记者 柏文涛）4月25日，云川市“劳动筑梦”劳模宣讲报告会在云川市职工之家举行。",
  "报告会由云川市总工会主办，云川港务集团承办，云川市人社局指导。",
  "全国劳动模范、滨海省五一劳动奖章获得者、云川港务集团桥吊司机乔振宇以《毫米之间见真功》为题作报告。",
  "同事们都叫他“乔师傅”。",
  "2019年云川市劳动模范、云川第一纺织厂挡车工林秀梅讲述了三十年坚守一线的经历。",
  "云川港务集团理货员林秀梅参加了报告会。",
].join("\n");

const T2 = "<script>alert(1)</script>技能大师工作室揭牌";
const TEXT2 = [
  T2,
  "9月11日，乔振宇技能大师工作室揭牌仪式在云川港务集团三号码头举行，由云川港务集团主办。",
  "滨海省技术能手、云川港务集团电气工程师韩立新在仪式上发言。",
  "乔振宇在仪式上分享了带徒经验，他2020年获评全国劳动模范。",
].join("\n");

export const RIDS = {
  a1: nodeId("Article", `test:${T1}`),
  a2: nodeId("Article", `test:${T2}`),
  qiao: nodeId("Person", "乔振宇|云川港务集团"),
  linTextile: nodeId("Person", "林秀梅|云川第一纺织厂"),
  linPort: nodeId("Person", "林秀梅|云川港务集团"),
  han: nodeId("Person", "韩立新|云川港务集团"),
  bai: nodeId("Person", "柏文涛|reporter"),
  port: nodeId("Organization", "云川港务集团"),
  textile: nodeId("Organization", "云川第一纺织厂"),
  union: nodeId("Organization", "云川市总工会"),
  hrb: nodeId("Organization", "云川市人社局"),
  e1: nodeId("Event", "云川市“劳动筑梦”劳模宣讲报告会|2024-04-25"),
  e2: nodeId("Event", "乔振宇技能大师工作室揭牌仪式|2023-09-11"),
  home: nodeId("Place", "云川市职工之家"),
  dock: nodeId("Place", "云川港务集团三号码头"),
  national: nodeId("Honour", "全国劳动模范"),
  mayDay: nodeId("Honour", "滨海省五一劳动奖章"),
  cityModel: nodeId("Honour", "云川市劳动模范"),
  skill: nodeId("Honour", "滨海省技术能手"),
} as const;

export const TEST_SENTENCES = { qiaoHonours: TEXT1.split("\n")[3]!, hanSpoke: TEXT2.split("\n")[2]! };
export const SCRIPT_TITLE = T2;

function ev(articleId: string, text: string, span: string, occurrence = 0): Evidence {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(span, at + 1);
  if (at < 0) throw new Error(`reports test-graph: span not found: ${span}`);
  const offset = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  const sentence = text.slice(offset, end < 0 ? undefined : end);
  return { articleId, sentence, offset, spanStart: at - offset, spanEnd: at - offset + span.length };
}
const e1 = (span: string, n = 0) => ev(RIDS.a1, TEXT1, span, n);
const e2 = (span: string, n = 0) => ev(RIDS.a2, TEXT2, span, n);
const prov = (...evidence: Evidence[]) => ({
  articleIds: [...new Set(evidence.map((e) => e.articleId))],
  evidence,
});

type Init = GraphRel extends infer R
  ? R extends GraphRel
    ? Omit<R, "id" | "articleIds" | "evidence">
    : never
  : never;
function rel(r: Init, ...evidence: Evidence[]): GraphRel {
  const q = "year" in r ? String(r.year ?? "") : "";
  return { ...r, id: relId(r.type, r.source, r.target, q), ...prov(...evidence) } as GraphRel;
}

function person(
  id: string,
  name: string,
  pinyin: string,
  evidence: Evidence,
  aliases: string[] = [],
): GraphNode {
  return {
    id,
    label: "Person",
    name,
    aliases,
    pinyin,
    initials: pinyin.slice(0, 1),
    mergeKey: `test:${id}`,
    ...prov(evidence),
  };
}

export function buildReportTestGraph(): GraphBatch {
  const I = RIDS;
  const article = (id: string, title: string, text: string, date: string, source: string): ArticleNode => ({
    id,
    label: "Article",
    name: title,
    title,
    subtitle: null,
    date,
    source,
    file: `test/${id}.txt`,
    text,
    articleIds: [id],
    evidence: [],
  });
  const nodes: GraphNode[] = [
    article(I.a1, T1, TEXT1, "2024-04-26", "云川工人报"),
    article(I.a2, T2, TEXT2, "2023-09-12", "滨海职工报"),
    person(I.qiao, "乔振宇", "qiaozhenyu", e1("乔振宇"), ["乔师傅"]),
    person(I.linTextile, "林秀梅", "linxiumei", e1("林秀梅")),
    person(I.linPort, "林秀梅", "linxiumei", e1("林秀梅", 1)),
    person(I.han, "韩立新", "hanlixin", e2("韩立新")),
    person(I.bai, "柏文涛", "baiwentao", e1("柏文涛")),
    {
      id: I.port,
      label: "Organization",
      name: "云川港务集团",
      aliases: ["港务集团"],
      orgType: "company",
      ...prov(e1("云川港务集团")),
    },
    {
      id: I.textile,
      label: "Organization",
      name: "云川第一纺织厂",
      aliases: [],
      orgType: "company",
      ...prov(e1("云川第一纺织厂")),
    },
    {
      id: I.union,
      label: "Organization",
      name: "云川市总工会",
      aliases: [],
      orgType: "union",
      ...prov(e1("云川市总工会")),
    },
    {
      id: I.hrb,
      label: "Organization",
      name: "云川市人社局",
      aliases: [],
      orgType: "government",
      ...prov(e1("云川市人社局")),
    },
    {
      id: I.e1,
      label: "Event",
      name: "云川市“劳动筑梦”劳模宣讲报告会",
      theme: "劳动筑梦",
      date: "2024-04-25",
      campaign: "劳模宣讲",
      ...prov(e1("云川市“劳动筑梦”劳模宣讲报告会")),
    },
    {
      id: I.e2,
      label: "Event",
      name: "乔振宇技能大师工作室揭牌仪式",
      theme: null,
      date: "2023-09-11",
      campaign: null,
      ...prov(e2("乔振宇技能大师工作室揭牌仪式")),
    },
    { id: I.home, label: "Place", name: "云川市职工之家", aliases: [], ...prov(e1("云川市职工之家")) },
    {
      id: I.dock,
      label: "Place",
      name: "云川港务集团三号码头",
      aliases: [],
      ...prov(e2("云川港务集团三号码头")),
    },
    {
      id: I.national,
      label: "Honour",
      name: "全国劳动模范",
      scope: "全国",
      level: "national",
      category: "劳动模范",
      ...prov(e1("全国劳动模范")),
    },
    {
      id: I.mayDay,
      label: "Honour",
      name: "滨海省五一劳动奖章",
      scope: "滨海省",
      level: "provincial",
      category: "五一劳动奖章",
      ...prov(e1("滨海省五一劳动奖章")),
    },
    {
      id: I.cityModel,
      label: "Honour",
      name: "云川市劳动模范",
      scope: "云川市",
      level: "municipal",
      category: "劳动模范",
      ...prov(e1("云川市劳动模范")),
    },
    {
      id: I.skill,
      label: "Honour",
      name: "滨海省技术能手",
      scope: "滨海省",
      level: "provincial",
      category: "技术能手",
      ...prov(e2("滨海省技术能手")),
    },
  ];
  const rels: GraphRel[] = [
    rel(
      { type: "HAS_HONOUR", source: I.qiao, target: I.national, year: 2020 },
      e1("全国劳动模范"),
      e2("全国劳动模范"),
    ),
    rel({ type: "HAS_HONOUR", source: I.qiao, target: I.mayDay, year: null }, e1("滨海省五一劳动奖章")),
    rel({ type: "HAS_HONOUR", source: I.linTextile, target: I.cityModel, year: 2019 }, e1("云川市劳动模范")),
    rel({ type: "HAS_HONOUR", source: I.han, target: I.skill, year: null }, e2("滨海省技术能手")),
    rel(
      { type: "WORKS_FOR", source: I.qiao, target: I.port, jobTitle: "桥吊司机" },
      e1("云川港务集团桥吊司机"),
    ),
    rel(
      { type: "WORKS_FOR", source: I.linTextile, target: I.textile, jobTitle: "挡车工" },
      e1("云川第一纺织厂挡车工"),
    ),
    rel(
      { type: "WORKS_FOR", source: I.linPort, target: I.port, jobTitle: "理货员" },
      e1("云川港务集团理货员"),
    ),
    rel(
      { type: "WORKS_FOR", source: I.han, target: I.port, jobTitle: "电气工程师" },
      e2("云川港务集团电气工程师"),
    ),
    rel(
      { type: "SPOKE_AT", source: I.qiao, target: I.e1, talkTitle: "毫米之间见真功" },
      e1("以《毫米之间见真功》为题作报告"),
    ),
    rel(
      { type: "SPOKE_AT", source: I.linTextile, target: I.e1, talkTitle: null },
      e1("讲述了三十年坚守一线的经历"),
    ),
    rel({ type: "SPOKE_AT", source: I.qiao, target: I.e2, talkTitle: null }, e2("分享了带徒经验")),
    rel({ type: "SPOKE_AT", source: I.han, target: I.e2, talkTitle: null }, e2("在仪式上发言")),
    rel({ type: "ORGANIZED_BY", source: I.e1, target: I.union, role: "主办" }, e1("云川市总工会主办")),
    rel({ type: "ORGANIZED_BY", source: I.e1, target: I.port, role: "承办" }, e1("云川港务集团承办")),
    rel({ type: "ORGANIZED_BY", source: I.e1, target: I.hrb, role: "指导" }, e1("云川市人社局指导")),
    rel({ type: "ORGANIZED_BY", source: I.e2, target: I.port, role: "主办" }, e2("由云川港务集团主办")),
    rel({ type: "HELD_AT", source: I.e1, target: I.home }, e1("在云川市职工之家举行")),
    rel({ type: "HELD_AT", source: I.e2, target: I.dock }, e2("在云川港务集团三号码头举行")),
    rel({ type: "REPORTED", source: I.bai, target: I.a1, role: "reporter" }, e1("记者 柏文涛")),
  ];
  return { nodes, rels };
}
