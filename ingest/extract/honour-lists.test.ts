/**
 * Award-list and profile patterns of real articles, on hand-written sentences with fictional
 * people: lists after "分别是", "等人荣获", "…入选" after the honour was named, occupations
 * outside the lexicon, officials introduced by unit and job, and what is no name.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const gold = (body: string, title = "测试标题") =>
  toGoldArticle(extractArticle(testArticle(`${title}\n${body}`)));
const facts = (body: string, title?: string) =>
  Object.fromEntries(gold(body, title).persons.map((p) => [p.name, { h: p.honours, e: p.employers }]));

describe("lists of honourees", () => {
  it("10位“TITLE”分别是：UNIT JOB NAME，… gives every listed name the title and unit", () => {
    expect(
      facts(
        "10位“大国工匠年度人物”分别是：远江飞机工业集团有限责任公司数控铣工祁文涛，青松汽车集团有限公司钳工柏雪松，白杨港集团第一港埠有限公司门机司机贺云舟。",
      ),
    ).toEqual({
      祁文涛: { h: ["大国工匠年度人物"], e: ["远江飞机工业集团有限责任公司"] },
      柏雪松: { h: ["大国工匠年度人物"], e: ["青松汽车集团有限公司"] },
      贺云舟: { h: ["大国工匠年度人物"], e: ["白杨港集团第一港埠有限公司"] },
    });
  });

  it("他们分别是ORG的NAME takes the title named in the sentence before", () => {
    expect(
      facts(
        "省政府日前公布名单，150名高技能人才被授予“齐鲁首席技师”称号。此次，远江市共有3人获此殊荣，他们分别是远江建设集团有限公司的祁文涛、青松工程机械有限公司的柏雪松、白杨医院的贺云舟。",
      ),
    ).toEqual({
      祁文涛: { h: ["齐鲁首席技师"], e: ["远江建设集团有限公司"] },
      柏雪松: { h: ["齐鲁首席技师"], e: ["青松工程机械有限公司"] },
      贺云舟: { h: ["齐鲁首席技师"], e: ["白杨医院"] },
    });
  });

  it("…X、…Y入选 takes the title of the headline; 我市 is not part of the unit", () => {
    const got = facts(
      "昨日记者从市总工会了解到，首批10名工匠名单出炉。我市远江钢铁集团有限公司高级技师祁文涛、白杨县中国工艺美术大师柏雪松入选。",
      "我市两人当选“湖东工匠”",
    );
    expect(got.祁文涛).toEqual({ h: ["湖东工匠"], e: ["远江钢铁集团有限公司"] });
    // The county says where he lives; the master title is national.
    expect(got.柏雪松?.h.sort()).toEqual(["中国工艺美术大师", "湖东工匠"]);
  });

  it("A、B等人荣获“X”；C、D等人荣获“Y”称号: each group its own honour", () => {
    expect(
      facts(
        "远江港务局技师祁文涛、白杨港务集团海天集装箱有限公司电动装卸机械修理工柏雪松等人荣获“中华技能大奖”；青松市交通运输局公路养护工贺云舟、远江救助打捞局潜水员韦立新等人荣获“全国技术能手”称号。",
      ),
    ).toEqual({
      祁文涛: { h: ["中华技能大奖"], e: ["远江港务局"] },
      柏雪松: { h: ["中华技能大奖"], e: ["白杨港务集团海天集装箱有限公司"] },
      贺云舟: { h: ["全国技术能手"], e: ["青松市交通运输局"] },
      韦立新: { h: ["全国技术能手"], e: ["远江救助打捞局"] },
    });
  });

  it("a list without a named title gives no honour", () => {
    const got = facts("他们分别是远江建设集团有限公司的祁文涛、青松工程机械有限公司的柏雪松。");
    expect(got.祁文涛?.h ?? []).toEqual([]);
  });
});

describe("who is a person of the story", () => {
  it("an official introduced by unit and job is kept with the employer", () => {
    const got = facts("近日，远江市劳模座谈会在市职工之家召开。远江市总工会党组书记、主席葛长风出席并讲话。");
    expect(got.葛长风?.e).toEqual(["远江市总工会"]);
  });

  it("a worker quoted from the audience (车间职工X说) is not", () => {
    const got = facts(
      "近日，远江市劳模宣讲会在青松机械厂举行。听完宣讲，焊装车间职工柏雪松说，劳模就在身边。",
    );
    expect(got.柏雪松).toBeUndefined();
  });

  it("a name starts a word: 交通运输部长江… holds no name after 部长", () => {
    const got = facts("交通运输部长江航道管理局技师祁文涛荣获“中华技能大奖”。");
    expect(Object.keys(got)).toEqual(["祁文涛"]);
  });

  it("以HONOUR NAME为领衔人 does not read 以 into the honour", () => {
    const got = facts("该工作室以大国工匠、全国劳动模范祁文涛为领衔人，是一支攻关团队。");
    expect(got.祁文涛?.h.sort()).toEqual(["全国劳动模范", "大国工匠"]);
  });
});

describe("units in appositive chains", () => {
  it("two posts are two employers", () => {
    const got = facts(
      "近日，远江市劳模座谈会在市职工之家召开。青松区人大常委会副主任、青松区总工会主席帅立军出席并讲话。",
    );
    expect(got.帅立军?.e.sort()).toEqual(["青松区人大常委会", "青松区总工会"]);
  });

  it("a field before a title (园林绿化工程高级工程师) does not replace the unit", () => {
    const got = facts(
      "远江市绿心公园管理处主任、园林绿化工程高级工程师、远江市先进工作者刘红英讲述了养护故事。",
    );
    expect(got.刘红英).toEqual({ h: ["远江市先进工作者"], e: ["远江市绿心公园管理处"] });
  });

  it("师傅 is one word unless a longer title ends before 傅", () => {
    expect(Object.keys(facts("浙江省劳动模范、远江黄酒公司酿酒师傅沈阿青介绍了经验。"))).toEqual(["沈阿青"]);
    expect(Object.keys(facts("浙江省劳动模范、远江黄酒公司工程师傅立青介绍了经验。"))).toEqual(["傅立青"]);
  });
});

describe("chains with posts, places and relative clauses", () => {
  it.each([
    ["来宾市的 …: a place before 的", "远江市的全国劳动模范祁文涛作了交流发言。", "祁文涛", ["全国劳动模范"]],
    [
      "a relative clause before 的",
      "前来参加宣讲活动的“大国工匠”、全国总工会兼职副主席、全国劳动模范高立林出席座谈会。",
      "高立林",
      ["全国劳动模范", "大国工匠"],
    ],
    [
      "congress posts and nominations between honours",
      "宣讲团成员、党的十九大代表、十三届全国政协委员、全国劳动模范、2022年大国工匠年度人物提名人选、湖东省总工会副主席许启山也分享了成长历程。",
      "许启山",
      ["全国劳动模范"],
    ],
    [
      "HONOUR的NAME",
      "全国脱贫攻坚先进个人、中国好人、四川省敬业奉献模范的莫鸽青讲述了故事。",
      "莫鸽青",
      ["中国好人", "全国脱贫攻坚先进个人", "四川省敬业奉献模范"],
    ],
    [
      "a seven-character title before the name",
      "全国劳动模范唐真青、全国优秀党务工作者邓红青讲述了奋斗历程。",
      "邓红青",
      ["全国优秀党务工作者"],
    ],
  ])("%s", (_label, body, name, honours) => {
    expect(facts(body)[name]?.h.sort()).toEqual([...honours].sort());
  });

  it("a verb phrase before 的 gives no honour (用工匠的技艺…)", () => {
    const got = facts("全国劳动模范祁文涛讲述了故事，用工匠的卓越技艺激发职工热情。");
    expect(got.祁文涛?.h).toEqual(["全国劳动模范"]);
  });

  it("工程师 hides no name inside it (操作工程师X)", () => {
    expect(Object.keys(facts("全国劳动模范、南港石化公司炼油四部操作工程师谭志青介绍了经验。"))).toEqual([
      "谭志青",
    ]);
  });
});

describe("lists of officials and profiles", () => {
  it("a bare department belongs to the unit before it; traditional text keeps its officials", () => {
    const got = facts(
      "近日，远江市劳模宣讲会在远江环境工程职业学院举行。远江环境工程职业学院党委委员、人事处处长杨运青，远江市总工会党组成员、副主席何敏青出席活动。",
    );
    expect(got.杨运青?.e).toEqual(["远江环境工程职业学院人事处"]);
    expect(got.何敏青?.e).toEqual(["远江市总工会"]);
  });

  it("a clause introducing the next name is not the employer of the previous one", () => {
    const got = facts(
      "他们分别是：远江市中级人民法院法官助理尤昊青，远江市九龙镇五坑村党总支书记、村委会主任闫永青。",
    );
    expect(got.尤昊青?.e).toEqual(["远江市中级人民法院"]);
    expect(got.闫永青?.e).toEqual(["远江市九龙镇五坑村"]);
  });

  it("NAME是UNIT JOB，享受…，HONOUR获得者: bare honour clauses after the name", () => {
    const got = facts(
      "勇于创新的炼钢专家祁文涛是远江钢铁公司高级技师，享受国务院特殊津贴，全国五一劳动奖章获得者。",
    );
    expect(got.祁文涛).toEqual({ h: ["国务院特殊津贴", "全国五一劳动奖章"], e: ["远江钢铁公司"] });
  });

  it("after 是 an unknown word run is no unit", () => {
    const got = facts("祁文涛是柳江炼钢高级技师，全国五一劳动奖章获得者。");
    expect(got.祁文涛).toEqual({ h: ["全国五一劳动奖章"], e: [] });
  });
});

describe("employers said again later", () => {
  it("X，他曾获…，目前是UNIT JOB: the unit of X", () => {
    const got = facts(
      "全国劳动模范祁文涛，他曾获全国技能大赛一等奖，目前是远江职业技术学院烹饪系主任、副教授。",
    );
    expect(got.祁文涛?.e).toEqual(["远江职业技术学院"]);
  });

  it("据ORG JOB NAME介绍: the lead word is not part of the unit", () => {
    expect(facts("据远江市总工会副主席潘华青介绍，宣讲团将走进校园。").潘华青?.e).toEqual(["远江市总工会"]);
  });

  it("a second clause with its own name and 被授予 is not an honour of the first name", () => {
    const got = facts(
      "远江药业集团制剂车间主任祁文涛被评为“远江市首席技师”，远江航空机械公司钳工柏雪松被授予“三秦工匠”称号。",
    );
    expect(got.祁文涛?.h).toEqual(["远江市首席技师"]);
    expect(got.柏雪松?.h).toEqual(["三秦工匠"]);
  });
});

it("X，现任UNIT JOB: the unit of X", () => {
  expect(facts("全国劳动模范祁文涛，现任远江机械厂厂长。").祁文涛?.e).toEqual(["远江机械厂"]);
});

describe("group awards", () => {
  it("N名同志获得“X”，他们分别是…；N名同志获得“Y”，他们分别是…: each group its title", () => {
    const got = facts(
      "其中，2名同志获得“全国劳动模范”荣誉称号，他们分别是远江集团有限公司总经理隋熙青，远江车辆有限公司电焊工张敬青﹔2名同志获得“全国先进工作者”荣誉称号，他们分别是远江市培智学校校长蒋宗青，远江医院院长高馨青。",
    );
    expect(got.张敬青?.h).toEqual(["全国劳动模范"]);
    expect(got.高馨青?.h).toEqual(["全国先进工作者"]);
  });

  it("被授予全国劳动模范和先进工作者称号，他们是…: the shared scope goes to both titles", () => {
    const got = facts(
      "昨日，远江市举行报告会，6位同志被授予全国劳动模范和先进工作者称号，他们是远江重工起重集团有限责任公司的王亮青、远江市邮政局的孟令青。",
    );
    expect(got.王亮青).toEqual({
      h: ["全国劳动模范", "全国先进工作者"],
      e: ["远江重工起重集团有限责任公司"],
    });
    expect(Object.keys(got)).not.toContain("位同志");
  });

  it("A、B等13名先进职工获X", () => {
    const got = facts(
      "远江建材有限公司技术员周远青、远江机械有限公司机加车间副主任黄建青等13名先进职工获全国五一劳动奖章。",
    );
    expect(got.周远青?.h).toEqual(["全国五一劳动奖章"]);
    expect(got.黄建青?.h).toEqual(["全国五一劳动奖章"]);
  });

  it("a descriptive clause before 的 and an ellipsis between clauses", () => {
    const got = facts("宣讲团的14名先进人物中有驾驶员、石油工人……今年49岁的全国劳动模范何汉青是其中之一。");
    expect(got.何汉青).toEqual({ h: ["全国劳动模范"], e: [] });
  });
});

describe("groups by count and organisers in a clause of their own", () => {
  it("宣讲团由6名全国劳动模范组成，分别是：A；B、C: the list continues after ；", () => {
    const got = facts(
      "宣讲团由6名全国劳动模范组成，分别是：远江橡胶集团股份有限公司山荣分公司割胶辅导员梁庆青；远江省公安厅刑警总队警犬训练基地副主任刘彦青、远江食品有限公司车间主任黄桂青。6位劳模作了事迹报告。",
    );
    expect([got.梁庆青?.h, got.刘彦青?.h, got.黄桂青?.h]).toEqual([
      ["全国劳动模范"],
      ["全国劳动模范"],
      ["全国劳动模范"],
    ]);
  });

  it("该活动由A、B、C联合举办: organisers of the event named before", () => {
    const g = gold(
      "6月13日，远江市劳模进校园宣讲活动启动，14名先进人物向学生分享了故事。该活动由自治区总工会、自治区团委、自治区妇联联合举办，旨在营造良好风尚。",
    );
    expect(g.events[0]?.organizers.map((o) => o.org)).toEqual(["自治区总工会", "自治区团委", "自治区妇联"]);
  });
});

describe("groups named apart from their list, and party officials", () => {
  it("被国务院授予A和B称号 … 有6位A和B参加的报告团，他们是…", () => {
    const got = facts(
      "今年，远江市有23名同志被国务院授予全国劳动模范和先进工作者称号。市总工会组织了有6位全国劳动模范和先进工作者参加的先进事迹报告团，他们是远江重工起重集团有限责任公司高级技师王亮青、远江市邮政局投递揽收员孟令青。",
    );
    expect(got.孟令青).toEqual({ h: ["全国劳动模范", "全国先进工作者"], e: ["远江市邮政局"] });
  });

  it("市委副书记X, 市委常委、市总工会主席Y", () => {
    const got = facts(
      "昨日下午，远江市劳模事迹报告会在市委礼堂举行。市委副书记董文青到会并讲话，市委常委、市总工会主席汪集青主持了会议。",
    );
    expect(got.董文青?.e).toEqual(["市委"]);
    expect(got.汪集青?.e.sort()).toEqual(["市委", "市总工会"]);
  });
});

describe("honoured collectives in award lists", () => {
  it("A、B、C等9家单位被全国总工会授予X; …等19个先进集体获“Y”称号", () => {
    const g = gold(
      "远江市税务局、远江船舶材料研究所、远江省水利勘测有限公司等9家单位被全国总工会授予全国五一劳动奖状。远江市诚润机械有限公司技术中心、远江能源(集团)股份有限公司维护大队等19个先进集体获“全国工人先锋号”称号。",
    );
    expect(g.collectives.map((c) => [c.name, c.honours])).toEqual([
      ["远江市税务局", ["全国五一劳动奖状"]],
      ["远江船舶材料研究所", ["全国五一劳动奖状"]],
      ["远江省水利勘测有限公司", ["全国五一劳动奖状"]],
      ["远江市诚润机械有限公司技术中心", ["全国工人先锋号"]],
      ["远江能源(集团)股份有限公司维护大队", ["全国工人先锋号"]],
    ]);
  });

  it("a count of units is no collective (今年我省共有4家单位被授予…)", () => {
    expect(gold("今年我省共有4家单位被授予“全国五一劳动奖状”荣誉称号。").collectives).toEqual([]);
  });
});
