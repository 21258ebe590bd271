/**
 * A small hand-written GraphBatch for the store tests: fictional people (two different 周敏 at
 * different employers), honours, an event with organisers, roles and a venue, and one article
 * whose sentences are the evidence (offsets point into its text).
 */
import { nodeId, relId } from "../model/ids.ts";
import type { Evidence, GraphBatch, GraphNode, GraphRel } from "../model/types.ts";
import type { GraphScan } from "./prepare-batch.ts";

export const ARTICLE_TEXT = [
  '澄湾工人报讯 "工匠精神，代代相传"——澄湾市劳模工匠宣讲会昨日举行。',
  "本次宣讲会由澄湾市总工会主办，青禾精密机械有限公司承办，在澄湾市工人文化宫举行。",
  "全国劳动模范、青禾精密机械有限公司数控车间主任周敏作了题为《毫厘之间》的报告。",
  "另一位周敏是澄湾市第三人民医院护士长，曾获澄湾市五一劳动奖章。",
  "青禾精密机械有限公司曾获全国五一劳动奖状。\n（记者 林晓雨）",
].join("\n");

export const ARTICLE_ID = nodeId("Article", "test:澄湾工人报:宣讲会");

/** Evidence for the sentence of ARTICLE_TEXT that contains `sentencePart`, highlighting `span`. */
export function evidenceFor(sentencePart: string, span: string): Evidence {
  const lines = ARTICLE_TEXT.split("\n");
  let offset = 0;
  for (const line of lines) {
    if (line.includes(sentencePart)) {
      const spanStart = line.indexOf(span);
      return { articleId: ARTICLE_ID, sentence: line, offset, spanStart, spanEnd: spanStart + span.length };
    }
    offset += line.length + 1;
  }
  throw new Error(`no sentence contains ${sentencePart}`);
}

export const IDS = {
  zhouA: nodeId("Person", "周敏|青禾精密机械有限公司"),
  zhouB: nodeId("Person", "周敏|澄湾市第三人民医院"),
  lin: nodeId("Person", "林晓雨|澄湾工人报"),
  modelWorker: nodeId("Honour", "全国劳动模范"),
  medal: nodeId("Honour", "澄湾市五一劳动奖章"),
  award: nodeId("Honour", "全国五一劳动奖状"),
  qinghe: nodeId("Organization", "青禾精密机械有限公司"),
  hospital: nodeId("Organization", "澄湾市第三人民医院"),
  union: nodeId("Organization", "澄湾市总工会"),
  event: nodeId("Event", "澄湾市劳模工匠宣讲会|2024-04-26"),
  venue: nodeId("Place", "澄湾市工人文化宫"),
  article: ARTICLE_ID,
};

const prov = (e: Evidence) => ({ articleIds: [ARTICLE_ID], evidence: [e] });

export function buildTestGraph(): GraphBatch {
  const evTalk = evidenceFor("毫厘之间", "周敏");
  const evB = evidenceFor("另一位周敏", "周敏");
  const evOrg = evidenceFor("本次宣讲会", "澄湾市总工会");
  const evAward = evidenceFor("全国五一劳动奖状", "全国五一劳动奖状");
  const evTitle = evidenceFor("工匠精神", "宣讲会");
  const evCredit = evidenceFor("记者", "林晓雨");
  const nodes: GraphNode[] = [
    {
      label: "Person",
      id: IDS.zhouA,
      name: "周敏",
      aliases: ["周 敏"],
      pinyin: "zhoumin",
      initials: "zm",
      mergeKey: "name+employer:青禾精密机械有限公司",
      ...prov(evTalk),
    },
    {
      label: "Person",
      id: IDS.zhouB,
      name: "周敏",
      aliases: [],
      pinyin: "zhoumin",
      initials: "zm",
      mergeKey: "name+employer:澄湾市第三人民医院",
      ...prov(evB),
    },
    {
      label: "Person",
      id: IDS.lin,
      name: "林晓雨",
      aliases: [],
      pinyin: "linxiaoyu",
      initials: "lxy",
      mergeKey: "credit:澄湾工人报",
      ...prov(evCredit),
    },
    {
      label: "Honour",
      id: IDS.modelWorker,
      name: "全国劳动模范",
      scope: "全国",
      level: "national",
      category: "劳动模范",
      ...prov(evTalk),
    },
    {
      label: "Honour",
      id: IDS.medal,
      name: "澄湾市五一劳动奖章",
      scope: "澄湾市",
      level: "municipal",
      category: "五一劳动奖章",
      ...prov(evB),
    },
    {
      label: "Honour",
      id: IDS.award,
      name: "全国五一劳动奖状",
      scope: "全国",
      level: null,
      category: "五一劳动奖状",
      ...prov(evAward),
    },
    {
      label: "Organization",
      id: IDS.qinghe,
      name: "青禾精密机械有限公司",
      aliases: ["青禾精机", 'Qinghe "Precision", Ltd.'],
      orgType: "company",
      ...prov(evOrg),
    },
    {
      label: "Organization",
      id: IDS.hospital,
      name: "澄湾市第三人民医院",
      aliases: [],
      orgType: "other",
      ...prov(evB),
    },
    {
      label: "Organization",
      id: IDS.union,
      name: "澄湾市总工会",
      aliases: [],
      orgType: "union",
      ...prov(evOrg),
    },
    {
      label: "Event",
      id: IDS.event,
      name: "澄湾市劳模工匠宣讲会",
      theme: '"工匠精神，代代相传"',
      date: "2024-04-26",
      campaign: null,
      ...prov(evTitle),
    },
    { label: "Place", id: IDS.venue, name: "澄湾市工人文化宫", aliases: [], ...prov(evOrg) },
    {
      label: "Article",
      id: IDS.article,
      name: '"工匠精神，代代相传", 宣讲会举行',
      title: '"工匠精神，代代相传", 宣讲会举行',
      subtitle: null,
      date: "2024-04-27",
      source: "澄湾工人报",
      file: "samples/test/澄湾,宣讲会.txt",
      text: ARTICLE_TEXT,
      articleIds: [ARTICLE_ID],
      evidence: [],
    },
  ];
  const rels: GraphRel[] = [
    {
      type: "HAS_HONOUR",
      id: relId("HAS_HONOUR", IDS.zhouA, IDS.modelWorker),
      source: IDS.zhouA,
      target: IDS.modelWorker,
      year: 2020,
      ...prov(evTalk),
    },
    {
      type: "HAS_HONOUR",
      id: relId("HAS_HONOUR", IDS.zhouB, IDS.medal),
      source: IDS.zhouB,
      target: IDS.medal,
      year: null,
      ...prov(evB),
    },
    {
      type: "HAS_HONOUR",
      id: relId("HAS_HONOUR", IDS.qinghe, IDS.award),
      source: IDS.qinghe,
      target: IDS.award,
      year: null,
      ...prov(evAward),
    },
    {
      type: "WORKS_FOR",
      id: relId("WORKS_FOR", IDS.zhouA, IDS.qinghe),
      source: IDS.zhouA,
      target: IDS.qinghe,
      jobTitle: "数控车间主任",
      ...prov(evTalk),
    },
    {
      type: "WORKS_FOR",
      id: relId("WORKS_FOR", IDS.zhouB, IDS.hospital),
      source: IDS.zhouB,
      target: IDS.hospital,
      jobTitle: "护士长",
      ...prov(evB),
    },
    {
      type: "SPOKE_AT",
      id: relId("SPOKE_AT", IDS.zhouA, IDS.event),
      source: IDS.zhouA,
      target: IDS.event,
      talkTitle: "《毫厘之间》",
      ...prov(evTalk),
    },
    {
      type: "ORGANIZED_BY",
      id: relId("ORGANIZED_BY", IDS.event, IDS.union, "主办"),
      source: IDS.event,
      target: IDS.union,
      role: "主办",
      ...prov(evOrg),
    },
    {
      type: "ORGANIZED_BY",
      id: relId("ORGANIZED_BY", IDS.event, IDS.qinghe, "承办"),
      source: IDS.event,
      target: IDS.qinghe,
      role: "承办",
      ...prov(evOrg),
    },
    {
      type: "HELD_AT",
      id: relId("HELD_AT", IDS.event, IDS.venue),
      source: IDS.event,
      target: IDS.venue,
      ...prov(evOrg),
    },
    {
      type: "REPORTED",
      id: relId("REPORTED", IDS.lin, IDS.article),
      source: IDS.lin,
      target: IDS.article,
      role: "reporter",
      ...prov(evCredit),
    },
  ];
  return { nodes, rels };
}

/** A batch read one entity at a time, each a fresh copy (as the resolution state's texts are). */
export function scanOf(batch: GraphBatch): GraphScan {
  return {
    nodeCount: batch.nodes.length,
    relCount: batch.rels.length,
    *nodes() {
      for (const n of batch.nodes) yield structuredClone(n);
    },
    *rels() {
      for (const r of batch.rels) yield structuredClone(r);
    },
  };
}
