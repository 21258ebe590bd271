/**
 * A small hand-made GraphBatch of fictional people, employers, events and articles for the
 * server tests (and anyone else who needs a tiny realistic graph). Every name is invented;
 * evidence offsets and spans are computed from the article texts, so they are always exact.
 */
import { nodeId, relId } from "../model/ids.ts";
import type {
  ArticleNode,
  EventNode,
  Evidence,
  GraphBatch,
  GraphRel,
  HonourNode,
  OrganizationNode,
  PersonNode,
  PlaceNode,
} from "../model/types.ts";

const A1_TITLE = "劳模工匠走进车间 讲述奋斗故事";
const A1_TEXT = [
  A1_TITLE,
  "本报讯（记者 陆远航）4月28日，青岚市劳模工匠宣讲进基层活动在青岚市工人文化宫举行。",
  "活动由青岚市总工会主办，青岚市轨道交通集团承办。",
  "全国劳动模范、青岚市轨道交通集团高级技师单晓峰以《在轨道上守护万家灯火》为题，讲述了二十年检修路。",
  "工友们都叫他“峰哥”。",
  "江澜省五一劳动奖章获得者、青岚市第二人民医院护士长曾丽娟分享了抗疫一线的故事。",
  "青岚市轨道交通集团信号工周敏参加了活动。",
].join("\n");

const A2_TITLE = "“工匠讲堂”开讲 大国工匠话传承";
const A2_TEXT = [
  A2_TITLE,
  "11月5日，澜江重工集团“工匠讲堂”在澜江重工礼堂开讲。",
  "活动由澜江重工集团主办。",
  "大国工匠、全国劳动模范、澜江重工集团首席焊工欧阳振华作了题为《一道焊缝的精度》的分享。",
  "澜江重工集团质检员周敏、青岚市技术能手周敏也到场聆听。",
].join("\n");

export const TEST_IDS = {
  a1: nodeId("Article", A1_TITLE),
  a2: nodeId("Article", A2_TITLE),
  shan: nodeId("Person", "单晓峰|青岚市轨道交通集团"),
  zeng: nodeId("Person", "曾丽娟|青岚市第二人民医院"),
  ouyang: nodeId("Person", "欧阳振华|澜江重工集团"),
  lu: nodeId("Person", "陆远航|reporter"),
  zhouRail: nodeId("Person", "周敏|青岚市轨道交通集团"),
  zhouHeavy: nodeId("Person", "周敏|澜江重工集团"),
  union: nodeId("Organization", "青岚市总工会"),
  rail: nodeId("Organization", "青岚市轨道交通集团"),
  hospital: nodeId("Organization", "青岚市第二人民医院"),
  heavy: nodeId("Organization", "澜江重工集团"),
  e1: nodeId("Event", "青岚市劳模工匠宣讲进基层活动|2024-04-28"),
  e2: nodeId("Event", "澜江重工集团工匠讲堂|2023-11-05"),
  palace: nodeId("Place", "青岚市工人文化宫"),
  hall: nodeId("Place", "澜江重工礼堂"),
  national: nodeId("Honour", "全国劳动模范"),
  provincial: nodeId("Honour", "江澜省五一劳动奖章"),
  craftsman: nodeId("Honour", "大国工匠"),
  skill: nodeId("Honour", "青岚市技术能手"),
} as const;

/** Evidence for `span` inside the line of `text` that contains it (the nth occurrence). */
function ev(articleId: string, text: string, span: string, occurrence = 0): Evidence {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(span, at + 1);
  if (at < 0) throw new Error(`test-graph: span not found: ${span}`);
  const offset = text.lastIndexOf("\n", at) + 1;
  const endNl = text.indexOf("\n", at);
  const sentence = text.slice(offset, endNl < 0 ? text.length : endNl);
  return { articleId, sentence, offset, spanStart: at - offset, spanEnd: at - offset + span.length };
}

const e1 = (span: string, n = 0) => ev(TEST_IDS.a1, A1_TEXT, span, n);
const e2 = (span: string, n = 0) => ev(TEST_IDS.a2, A2_TEXT, span, n);

function prov(...evidence: Evidence[]) {
  return { articleIds: [...new Set(evidence.map((e) => e.articleId))], evidence };
}

function person(
  id: string,
  name: string,
  pinyin: string,
  initials: string,
  evidence: Evidence[],
  aliases: string[] = [],
): PersonNode {
  return {
    id,
    label: "Person",
    name,
    aliases,
    pinyin,
    initials,
    mergeKey: `test:${name}`,
    ...prov(...evidence),
  };
}

function org(id: string, name: string, orgType: OrganizationNode["orgType"], evidence: Evidence[]) {
  return {
    id,
    label: "Organization",
    name,
    aliases: [],
    orgType,
    ...prov(...evidence),
  } satisfies OrganizationNode;
}

function honour(
  id: string,
  name: string,
  scope: string,
  level: HonourNode["level"],
  category: string,
  evidence: Evidence[],
): HonourNode {
  return { id, label: "Honour", name, scope, level, category, ...prov(...evidence) };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type RelInit = DistributiveOmit<GraphRel, "id" | "articleIds" | "evidence">;

function rel(r: RelInit, qualifier: string, evidence: Evidence[]): GraphRel {
  return { ...r, id: relId(r.type, r.source, r.target, qualifier), ...prov(...evidence) } as GraphRel;
}

/** The test graph: 6 persons (two named 周敏), 4 organisations, 2 events, 2 venues, 4 honours, 2 articles. */
export function buildTestGraph(): GraphBatch {
  const I = TEST_IDS;
  const articles: ArticleNode[] = [
    {
      id: I.a1,
      label: "Article",
      name: A1_TITLE,
      title: A1_TITLE,
      subtitle: null,
      date: "2024-04-29",
      source: "青岚工人报",
      file: "fixtures/qinglan-2024-04-29.txt",
      text: A1_TEXT,
      articleIds: [I.a1],
      evidence: [],
    },
    {
      id: I.a2,
      label: "Article",
      name: A2_TITLE,
      title: A2_TITLE,
      subtitle: null,
      date: "2023-11-06",
      source: "澜江职工报",
      file: "fixtures/lanjiang-2023-11-06.txt",
      text: A2_TEXT,
      articleIds: [I.a2],
      evidence: [],
    },
  ];
  const persons: PersonNode[] = [
    person(I.shan, "单晓峰", "shanxiaofeng", "sxf", [e1("单晓峰")], ["峰哥"]),
    person(I.zeng, "曾丽娟", "zenglijuan", "zlj", [e1("曾丽娟")]),
    person(I.ouyang, "欧阳振华", "ouyangzhenhua", "oyzh", [e2("欧阳振华")]),
    person(I.lu, "陆远航", "luyuanhang", "lyh", [e1("陆远航")]),
    person(I.zhouRail, "周敏", "zhoumin", "zm", [e1("周敏")]),
    person(I.zhouHeavy, "周敏", "zhoumin", "zm", [e2("周敏")]),
  ];
  const orgs: OrganizationNode[] = [
    org(I.union, "青岚市总工会", "union", [e1("青岚市总工会")]),
    org(I.rail, "青岚市轨道交通集团", "company", [e1("青岚市轨道交通集团")]),
    org(I.hospital, "青岚市第二人民医院", "other", [e1("青岚市第二人民医院")]),
    org(I.heavy, "澜江重工集团", "company", [e2("澜江重工集团")]),
  ];
  const events: EventNode[] = [
    {
      id: I.e1,
      label: "Event",
      name: "青岚市劳模工匠宣讲进基层活动",
      theme: "劳模工匠宣讲",
      date: "2024-04-28",
      campaign: null,
      ...prov(e1("青岚市劳模工匠宣讲进基层活动")),
    },
    {
      id: I.e2,
      label: "Event",
      name: "澜江重工集团“工匠讲堂”",
      theme: "工匠讲堂",
      date: "2023-11-05",
      campaign: null,
      ...prov(e2("“工匠讲堂”", 1)),
    },
  ];
  const places: PlaceNode[] = [
    { id: I.palace, label: "Place", name: "青岚市工人文化宫", aliases: [], ...prov(e1("青岚市工人文化宫")) },
    { id: I.hall, label: "Place", name: "澜江重工礼堂", aliases: [], ...prov(e2("澜江重工礼堂")) },
  ];
  const honours: HonourNode[] = [
    honour(I.national, "全国劳动模范", "全国", "national", "劳动模范", [e1("全国劳动模范")]),
    honour(I.provincial, "江澜省五一劳动奖章", "江澜省", "provincial", "五一劳动奖章", [
      e1("江澜省五一劳动奖章"),
    ]),
    honour(I.craftsman, "大国工匠", "全国", "national", "大国工匠", [e2("大国工匠")]),
    honour(I.skill, "青岚市技术能手", "青岚市", "municipal", "技术能手", [e2("青岚市技术能手")]),
  ];
  const rels: GraphRel[] = [
    rel({ type: "HAS_HONOUR", source: I.shan, target: I.national, year: null }, "", [e1("全国劳动模范")]),
    rel({ type: "HAS_HONOUR", source: I.zeng, target: I.provincial, year: null }, "", [
      e1("江澜省五一劳动奖章获得者"),
    ]),
    rel({ type: "HAS_HONOUR", source: I.ouyang, target: I.craftsman, year: null }, "", [e2("大国工匠")]),
    rel({ type: "HAS_HONOUR", source: I.ouyang, target: I.national, year: null }, "", [e2("全国劳动模范")]),
    rel({ type: "HAS_HONOUR", source: I.zhouHeavy, target: I.skill, year: null }, "", [
      e2("青岚市技术能手周敏"),
    ]),
    rel({ type: "WORKS_FOR", source: I.shan, target: I.rail, jobTitle: "高级技师" }, "", [
      e1("青岚市轨道交通集团高级技师单晓峰"),
    ]),
    rel({ type: "WORKS_FOR", source: I.zeng, target: I.hospital, jobTitle: "护士长" }, "", [
      e1("青岚市第二人民医院护士长曾丽娟"),
    ]),
    rel({ type: "WORKS_FOR", source: I.ouyang, target: I.heavy, jobTitle: "首席焊工" }, "", [
      e2("澜江重工集团首席焊工欧阳振华"),
    ]),
    rel({ type: "WORKS_FOR", source: I.zhouRail, target: I.rail, jobTitle: "信号工" }, "", [
      e1("青岚市轨道交通集团信号工周敏"),
    ]),
    rel({ type: "WORKS_FOR", source: I.zhouHeavy, target: I.heavy, jobTitle: "质检员" }, "", [
      e2("澜江重工集团质检员周敏"),
    ]),
    rel({ type: "SPOKE_AT", source: I.shan, target: I.e1, talkTitle: "在轨道上守护万家灯火" }, "", [
      e1("以《在轨道上守护万家灯火》为题"),
    ]),
    rel({ type: "SPOKE_AT", source: I.zeng, target: I.e1, talkTitle: null }, "", [e1("曾丽娟分享了")]),
    rel({ type: "SPOKE_AT", source: I.ouyang, target: I.e2, talkTitle: "一道焊缝的精度" }, "", [
      e2("作了题为《一道焊缝的精度》的分享"),
    ]),
    rel({ type: "ORGANIZED_BY", source: I.e1, target: I.union, role: "主办" }, "主办", [
      e1("青岚市总工会主办"),
    ]),
    rel({ type: "ORGANIZED_BY", source: I.e1, target: I.rail, role: "承办" }, "承办", [
      e1("青岚市轨道交通集团承办"),
    ]),
    rel({ type: "ORGANIZED_BY", source: I.e2, target: I.heavy, role: "主办" }, "主办", [
      e2("澜江重工集团主办"),
    ]),
    rel({ type: "HELD_AT", source: I.e1, target: I.palace }, "", [e1("在青岚市工人文化宫举行")]),
    rel({ type: "HELD_AT", source: I.e2, target: I.hall }, "", [e2("在澜江重工礼堂开讲")]),
    rel({ type: "REPORTED", source: I.lu, target: I.a1, role: "reporter" }, "reporter", [e1("记者 陆远航")]),
  ];
  return { nodes: [...articles, ...persons, ...orgs, ...events, ...places, ...honours], rels };
}
