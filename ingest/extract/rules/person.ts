/** Rule table: how a person's name is read. See ./types.ts for the contract and rules.test.ts for how examples run. */
import type { RuleTable } from "./types.ts";

/**
 * Names are read by ../find-name.ts (Han names: a surname and one or two characters) and
 * ../../lexicon/minority-names.ts (Tibetan and Mongolian names); a rule here names a shape
 * that plain reading misses. The id is carried by the person's evidence span (not by a fact):
 * the facts of the person keep the ids of the honour and employer rules that attached them.
 */
export const PERSON_RULES: RuleTable<string> = {
  kind: "person",
  about:
    "Name shapes in appositive position: rare given characters, a preposition after a two-character name, a title after the name, transliterated names",
  rules: [
    {
      id: "person.rare-given",
      yields: "PERSON",
      note: "HONOUR/JOB + surname + two characters one of which is a function word that still occurs in given names (其, 已, 多, 会, 着, 余, 时, 里, 可, 之; 和 only in the middle): read as a name only right after an honour or a job title",
      match: [
        "测试标题\n全国劳模、远江床单厂的退休工人祁和群曾于1956年出席全国先进生产者代表大会。",
        "测试标题\n北京市劳动模范祁其涛、远江市五一劳动奖章获得者柏雪松等二十余名劳模参加了活动。",
        "测试标题\n全国劳动模范、远江县青松乡党委书记柏多田给年轻人分享了经验。",
      ],
      noMatch: [
        "测试标题\n全国劳动模范祁文涛分享了经验，其余代表也作了发言。",
        "测试标题\n远江机械厂为其提供了帮助，全国劳动模范祁文涛出席。",
      ],
    },
    {
      id: "person.story-name",
      yields: "PERSON",
      note: "NAME that opens a clause before 说/是/表示/介绍/告诉/坦言/回忆/感慨, printed twice or more and never with an official's post (县长X, X书记): the person a story follows; a later 他/她 clause (even after another clause: 第二次是2011年，他荣获…) with an award verb is theirs",
      match: [
        "测试标题\n祁文涛是远江煤矿采煤二区的一名采煤工。祁文涛说，这是他第三次进京。第二次是2011年，他荣获全国五一劳动奖章。",
      ],
      noMatch: [
        "测试标题\n县长祁文涛到场致辞。祁文涛说，劳工辛苦了。第二次是2011年，他荣获全国五一劳动奖章。",
        "测试标题\n祁文涛说，这是他第三次进京。第二次是2011年，他荣获全国五一劳动奖章。",
      ],
    },
    {
      id: "person.glued-preposition",
      yields: "PERSON",
      note: "HONOUR/JOB + two-character name + 向/给/把/被/对/从/将/跟/在 + object: the preposition opens the predicate, it is no third character of the name",
      match: ["测试标题\n远江省五一劳动奖章获得者、远江技师学院教师柏雁向在场学生分享了成长经历。"],
      noMatch: ["测试标题\n全国劳动模范柏雁在会上分享了成长经历。"],
    },
    {
      id: "person.title-after",
      yields: "PERSON",
      note: "NAME + 先生/女士/医生/劳模/机长/老师/师傅/教授: a form of address or title printed after the name ends it",
      match: ["测试标题\n全国劳动模范、远江市工会前副会长祁文涛医生荣获表彰。"],
      noMatch: ["测试标题\n全国劳动模范、远江市工会前副会长祁文涛荣获表彰。"],
    },
    {
      id: "person.model-after-name",
      yields: "HAS_HONOUR",
      note: "UNIT JOB NAME劳模 + verb or punctuation: 劳模 printed after the name is the person's plain title (劳动模范); not before 工作室, 精神, 事迹 … (a studio or a spirit named after the person)",
      match: ["测试标题\n仪式上，远江铝业制造中心压延班组班长祁希家劳模向全体劳模工匠发出倡议。"],
      noMatch: [
        "测试标题\n活动在远江机械厂祁希家劳模工作室举行，全国劳动模范柏青山讲述了故事。",
        "测试标题\n代表团先后参观了远江软件股份有限公司、祁希家劳模和工匠人才创新工作室。",
      ],
    },
    {
      id: "person.profile-opening",
      yields: "PERSON",
      note: "NAME是UNIT[的一名]JOB opening a sentence (a profile of the honouree): the name before 是 even where jieba glues 是 to it; the unit after 是 is the employer, an honour verb in the next clause the honour",
      match: ["测试标题\n祁俊是远江建设科技有限公司工程部经理，获评2022年青川省五一劳动奖章。"],
      noMatch: ["测试标题\n于是远江建设科技有限公司工程部经理祁俊获评2022年青川省五一劳动奖章。"],
    },
    {
      id: "person.story-of",
      yields: "PERSON",
      note: "[TELLER]讲述了/宣讲了/介绍了/报告了 HONOUR NAME 的故事/事迹/经历 (or 以HONOUR NAME为代表的…): the honouree of the story is read after the verb (after the teller's name, or in an item that names nobody before it)",
      match: ["测试标题\n活动当日，远江时尚中心的祁浩云向大家讲述了全国劳模柏宝妹“光荣与传承”的故事。"],
      noMatch: ["测试标题\n全国劳模祁文涛向大家讲述了自己成为全国劳模的经历。"],
    },
    {
      id: "person.post-chain",
      yields: "HAS_HONOUR",
      note: "HONOURS，UNIT POST，UNIT POST NAME: a clause of honours, then a clause of unit and post without a name, then the clause that introduces the name: the honours pass over the post clause, whose unit is a second employer",
      match: [
        "测试标题\n全国先进工作者，远江市税务局机关党委专职副书记，远江县青松镇朱集村党总支第一书记、驻村工作队队长祁双燕讲述了故事。",
      ],
      noMatch: ["测试标题\n全国劳动模范，多年来扎根一线，远江机械厂技师祁文涛讲述了故事。"],
    },
    {
      id: "person.joined-pair",
      yields: "HAS_HONOUR",
      note: "HONOUR、UNIT POST A和UNIT POST B: a parallel pair joined by 和/与/及, each introduced by unit and post, shares the honours printed before the first",
      match: [
        "测试标题\n以及“最美远江人”、远江机务段机车组副司机长祁杰和远江南站客运车间客运值班员柏文文，分享了故事。",
      ],
      noMatch: ["测试标题\n全国劳动模范祁文涛和远江机械厂技师柏青山讲述了故事。"],
    },
    {
      id: "person.name-line",
      yields: "HAS_HONOUR",
      note: "A line that is only a name (maybe padded: 柏  立; after a bullet or a number; 【NAME】, NAME（…） or NAME and two spaces with the card's start on the same line), then within three lines a card of posts and honours (UNIT JOB，H1、H2、a post that is no honour。): the card's scoped honours and its first unit with a post are the person's",
      match: [
        "测试标题\n三位劳模的故事。\n祁文涛\n车间里的“精度守门人”\n远江机械厂钳工首席技师，远江省劳动模范、技能带头人。\n进厂三十年，他完成了多项革新。",
        "测试标题\n宣讲团成员。\n柏  明\n青川电力公司检修班班长，全国五一劳动奖章获得者。",
        "远江劳模风采\n◆祁文涛\n远江机械厂钳工首席技师，远江省劳动模范。",
        "远江劳模风采\n【祁文涛】远江机械厂钳工首席技师，远江省劳动模范。",
        "远江劳模风采\n祁文涛（远江机械厂钳工首席技师）\n远江省劳动模范，全国五一劳动奖章获得者。",
      ],
      noMatch: [
        "测试标题\n三位劳模的故事。\n祁文涛\n远江机械厂钳工首席技师，进厂三十年。\n他完成了多项革新。",
        "测试标题\n祁文涛\n他向远江省劳动模范学习，扎根车间三十年。",
        "测试标题\n祁文涛：让更多人认识远江省劳动模范\n晚宴上，祁文涛表示欢迎代表团。",
      ],
    },
    {
      id: "person.this-honour",
      yields: "HAS_HONOUR",
      note: "NAME获得/荣获这一荣誉称号/该称号/此殊荣: the honour taken up again is the one named in quotes (or as a counted group's title) earlier in the sentence, else in a sentence before",
      match: [
        "测试标题\n6月26日，首届“远江工匠”命名仪式在青川举行，远江光缆股份有限公司高级工程师柏立群获得这一荣誉称号。",
        "测试标题\n首届“青川工匠”名单日前公布。远江水务公司检修班班长祁立群荣获此殊荣。",
      ],
      noMatch: ["测试标题\n命名仪式在青川举行，远江光缆股份有限公司高级工程师柏立群获得这一荣誉称号。"],
    },
    {
      id: "person.translit",
      yields: "PERSON",
      note: "JOB/HONOUR + four or five characters of Tibetan or Mongolian transliteration (措, 扎, 嘎, 珠 … among them) closing the item: a name without a Han surname that the syllable lists miss",
      match: [
        "测试标题\n自治区劳动模范、远江牧业有限公司董事长索日旺堆，讲述了扎根草原的故事。",
        "测试标题\n同时，远江工务段线路车间维修二工区工长嘎日措达作为“最美铁路人”代表分享了故事。",
      ],
      noMatch: ["测试标题\n自治区劳动模范、远江牧业有限公司董事长祁文涛，讲述了扎根草原的故事。"],
    },
    {
      id: "person.parallel-list",
      yields: "PERSON",
      note: "PLACE ROLE A、PLACE ROLE B和PLACE ROLE C获评H/分享…: in a list whose clause goes on to an award or a talk, an item that ends with an unknown occupation word (…士, …哥, …员) and a name is that name, as its parallel items are",
      match: [
        "测试标题\n远江快递三位“社区侠”——青川蓝骑士祁文涛、远江蓝骑士柏雪松和东山蓝骑士车晓燕获评全国劳模。",
      ],
      noMatch: ["测试标题\n青川蓝骑士祁文涛、远江蓝骑士柏雪松在路边休息。"],
    },
  ],
};
