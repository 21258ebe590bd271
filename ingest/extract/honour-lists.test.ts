/**
 * Award-list and profile patterns of real articles, on hand-written sentences with fictional
 * people: lists after "分别是", "等人荣获", "…入选" after the honour was named, occupations
 * outside the lexicon, officials introduced by unit and job, and what is no name.
 */
import { describe, expect, it } from "vitest";
import { extractKeepingOfficials } from "./index.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const gold = (body: string, title = "测试标题") =>
  toGoldArticle(extractKeepingOfficials(testArticle(`${title}\n${body}`)));
const facts = (body: string, title?: string) =>
  Object.fromEntries(gold(body, title).persons.map((p) => [p.name, { h: p.honours, e: p.employers }]));

describe("lists of honourees", () => {
  it("10位“TITLE”分别是：UNIT JOB NAME，… gives every listed name the title and unit", () => {
    expect(
      facts(
        "10位“大国工匠年度人物”分别是：远江航空装备有限公司数控铣工祁文涛，青松汽车集团有限公司钳工柏雪松，白杨港集团第一港埠有限公司门机司机贺云舟。",
      ),
    ).toEqual({
      祁文涛: { h: ["大国工匠年度人物"], e: ["远江航空装备有限公司"] },
      柏雪松: { h: ["大国工匠年度人物"], e: ["青松汽车集团有限公司"] },
      贺云舟: { h: ["大国工匠年度人物"], e: ["白杨港集团第一港埠有限公司"] },
    });
  });

  it("他们分别是ORG的NAME takes the title named in the sentence before", () => {
    expect(
      facts(
        "湖东省公布了新一批名单，共有96名技能骨干获评“齐鲁首席技师”称号。远江市这次有3人获此殊荣，他们分别是远江建设集团有限公司的祁文涛、青松工程机械有限公司的柏雪松、白杨医院的贺云舟。",
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
        "远江港务局技师祁文涛、白杨港务集团远洋码头有限公司电动装卸机械修理工柏雪松等人荣获“中华技能大奖”；青松市交通运输局公路养护工贺云舟、远江救助打捞局潜水员韦立新等人荣获“全国技术能手”称号。",
      ),
    ).toEqual({
      祁文涛: { h: ["中华技能大奖"], e: ["远江港务局"] },
      柏雪松: { h: ["中华技能大奖"], e: ["白杨港务集团远洋码头有限公司"] },
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
      "近日，远江市劳模座谈会在市职工之家召开。青松区人大常委会副主任、青松区总工会主席冉国栋出席并讲话。",
    );
    expect(got.冉国栋?.e.sort()).toEqual(["青松区人大常委会", "青松区总工会"]);
  });

  it("a field before a title (园林绿化工程高级工程师) does not replace the unit", () => {
    const got = facts("青松区湿地公园管理处主任、绿化工程高级工程师、青松区先进工作者蔺秀芬介绍了养护经验。");
    expect(got.蔺秀芬).toEqual({ h: ["青松区先进工作者"], e: ["青松区湿地公园管理处"] });
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
      "专程赶来参加交流活动的“大国工匠”、省总工会兼职副主席、全国劳动模范雷鸣远也来到座谈现场。",
      "雷鸣远",
      ["全国劳动模范", "大国工匠"],
    ],
    [
      "congress posts and nominations between honours",
      "报告团成员、全国人大代表、省政协委员、全国劳动模范、2023年大国工匠年度人物提名人选、远江市总工会兼职副主席齐保山随后也谈了自己的经历。",
      "齐保山",
      ["全国劳动模范"],
    ],
    [
      "HONOUR的NAME",
      "全国脱贫攻坚先进个人、中国好人、四川省敬业奉献模范的蒲雅琴讲述了驻村的故事。",
      "蒲雅琴",
      ["中国好人", "全国脱贫攻坚先进个人", "四川省敬业奉献模范"],
    ],
    [
      "a seven-character title before the name",
      "全国劳动模范韩真如、全国优秀党务工作者乔红梅先后讲述了成长经历。",
      "乔红梅",
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
    expect(Object.keys(facts("全国劳动模范、南港石化公司炼油四部操作工程师阮志坚介绍了经验。"))).toEqual([
      "阮志坚",
    ]);
  });
});

describe("lists of officials and profiles", () => {
  it("a bare department belongs to the unit before it; traditional text keeps its officials", () => {
    const got = facts(
      "近日，青松市劳模进校园活动在青松交通职业学院举行。青松交通职业学院党委委员、教务处处长詹立平，青松市总工会党组成员、副主席罗晓岚出席活动。",
    );
    expect(got.詹立平?.e).toEqual(["青松交通职业学院教务处"]);
    expect(got.罗晓岚?.e).toEqual(["青松市总工会"]);
  });

  it("a clause introducing the next name is not the employer of the previous one", () => {
    const got = facts(
      "她们分别是：青松市中级人民法院法官助理褚安宁，白杨县石桥镇东坡村党总支书记、村委会主任池永贵。",
    );
    expect(got.褚安宁?.e).toEqual(["青松市中级人民法院"]);
    expect(got.池永贵?.e).toEqual(["白杨县石桥镇东坡村"]);
  });

  it("NAME是UNIT JOB，享受…，HONOUR获得者: bare honour clauses after the name (the allowance is none)", () => {
    const got = facts(
      "干了三十年炼钢的祁文涛是远江钢铁公司技师，享受国务院特殊津贴，全国五一劳动奖章获得者。",
    );
    expect(got.祁文涛).toEqual({ h: ["全国五一劳动奖章"], e: ["远江钢铁公司"] });
  });

  it("gives a list the title granted to its counted group, not a member's own title quoted before a name", () => {
    const got = facts(
      "远江妇联决定授予在远江建设中作出突出贡献的3位优秀女性全国三八红旗手标兵荣誉称号，其中包括“最美妈妈”祁文娟。她们是：远江机械厂技师祁文娟；青川化工公司班长柏雪梅；远江医院护士长车晓燕。",
    );
    expect(got.柏雪梅).toEqual({ h: ["全国三八红旗手标兵"], e: ["青川化工公司"] });
    expect(got.车晓燕).toEqual({ h: ["全国三八红旗手标兵"], e: ["远江医院"] });
    expect(got.祁文娟?.h).toContain("全国三八红旗手标兵");
  });

  it("reads the special allowance as no honour held, wherever it is printed", () => {
    expect(facts("青川市公交公司驾驶员祁文涛是享受国务院政府特殊津贴专家。").祁文涛).toEqual({
      h: [],
      e: ["青川市公交公司"],
    });
    expect(facts("国务院特殊津贴专家、全国劳动模范、远江机械厂技师柏雪松讲述了经历。").柏雪松).toEqual({
      h: ["全国劳动模范"],
      e: ["远江机械厂"],
    });
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
    expect(facts("据白杨县总工会副主席窦明轩介绍，宣讲团将走进校园。").窦明轩?.e).toEqual(["白杨县总工会"]);
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
      "其中，2名同志获得“全国劳动模范”荣誉称号，他们分别是远江集团有限公司总经理钱熙文，远江车辆有限公司电焊工戚永康﹔2名同志获得“全国先进工作者”荣誉称号，他们分别是远江市培智学校校长尚宗源，远江医院院长方雪梅。",
    );
    expect(got.戚永康?.h).toEqual(["全国劳动模范"]);
    expect(got.方雪梅?.h).toEqual(["全国先进工作者"]);
  });

  it("被授予全国劳动模范和先进工作者称号，他们是…: one title of the award, the first (each holds one, not both)", () => {
    const got = facts(
      "昨日，远江市举行报告会，6位同志被授予全国劳动模范和先进工作者称号，他们是远江重工起重集团有限责任公司的郝建国、远江市邮政局的卜文博。",
    );
    expect(got.郝建国).toEqual({
      h: ["全国劳动模范"],
      e: ["远江重工起重集团有限责任公司"],
    });
    // Two titles of different awards joined by 和 are both held.
    expect(facts("远江重工技师郝建国荣获全国劳动模范和全国五一劳动奖章。").郝建国?.h).toEqual([
      "全国劳动模范",
      "全国五一劳动奖章",
    ]);
    expect(Object.keys(got)).not.toContain("位同志");
  });

  it("A、B等13名先进职工获X", () => {
    const got = facts(
      "远江建材有限公司技术员邵启航、远江机械有限公司机加车间副主任练国强等13名先进职工获全国五一劳动奖章。",
    );
    expect(got.邵启航?.h).toEqual(["全国五一劳动奖章"]);
    expect(got.练国强?.h).toEqual(["全国五一劳动奖章"]);
  });

  it("a descriptive clause before 的 and an ellipsis between clauses", () => {
    const got = facts("报告团的9位成员里有公交司机、护士……今年52岁的全国劳动模范牛振川就是其中一位。");
    expect(got.牛振川).toEqual({ h: ["全国劳动模范"], e: [] });
  });
});

describe("groups by count and organisers in a clause of their own", () => {
  it("宣讲团由6名全国劳动模范组成，分别是：A；B、C: the list continues after ；", () => {
    const got = facts(
      "报告团由4名全国劳动模范组成，分别是：白杨橡胶集团股份有限公司东岭分公司割胶技术员甘雨桐；青松市公安局巡警支队训练基地副主任苗立冬、远江食品有限公司车间主任邝桂林。4位劳模作了事迹报告。",
    );
    expect([got.甘雨桐?.h, got.苗立冬?.h, got.邝桂林?.h]).toEqual([
      ["全国劳动模范"],
      ["全国劳动模范"],
      ["全国劳动模范"],
    ]);
  });

  it("该活动由A、B、C联合举办: organisers of the event named before", () => {
    const g = gold(
      "9月2日，远江市劳模进校园宣讲活动启动，8位先进人物给新生讲了自己的经历。该活动由远江市总工会、共青团远江市委、远江市妇联联合举办，旨在营造良好风尚。",
    );
    expect(g.events[0]?.organizers.map((o) => o.org)).toEqual([
      "远江市总工会",
      "共青团远江市委",
      "远江市妇联",
    ]);
  });
});

describe("groups named apart from their list, and party officials", () => {
  it("被国务院授予A和B称号 … 有6位A和B参加的报告团，他们是…", () => {
    const got = facts(
      "去年，青松市共有15人被国务院授予全国劳动模范和先进工作者称号。市总工会组建了有5位全国劳动模范和先进工作者参加的巡回报告团，他们是远江重工起重集团有限责任公司高级技师郝建国、远江市邮政局投递揽收员卜文博。",
    );
    expect(got.卜文博).toEqual({ h: ["全国劳动模范"], e: ["远江市邮政局"] });
  });

  it("市委副书记X, 市委常委、市总工会主席Y", () => {
    const got = facts(
      "4月26日上午，青松市劳模事迹报告会在市文化中心举行。市委副书记屈振华到会讲话，市委常委、市总工会主席鲍志远主持报告会。",
    );
    expect(got.屈振华?.e).toEqual(["市委"]);
    expect(got.鲍志远?.e.sort()).toEqual(["市委", "市总工会"]);
  });
});

describe("a title quoted after 为 before 代表", () => {
  it("starts at its quote: the giver before 为 is no part of it", () => {
    expect(facts("市总工会副主席韩春林为“最美劳动者”代表丁涛颁发了奖品。")).toEqual({
      丁涛: { h: ["最美劳动者"], e: [] },
    });
  });
});

describe("honoured collectives in award lists", () => {
  it("A、B、C等9家单位被全国总工会授予X; …等19个先进集体获“Y”称号", () => {
    const g = gold(
      "青松市税务局、白杨材料研究所、远江水文勘测有限公司等7家单位被全国总工会授予全国五一劳动奖状。青松精密机械有限公司检测中心、白杨能源(集团)股份有限公司巡检大队等19个先进集体获“全国工人先锋号”称号。",
    );
    expect(g.collectives.map((c) => [c.name, c.honours])).toEqual([
      ["青松市税务局", ["全国五一劳动奖状"]],
      ["白杨材料研究所", ["全国五一劳动奖状"]],
      ["远江水文勘测有限公司", ["全国五一劳动奖状"]],
      ["青松精密机械有限公司检测中心", ["全国工人先锋号"]],
      ["白杨能源(集团)股份有限公司巡检大队", ["全国工人先锋号"]],
    ]);
  });

  it("leaves out the words around a collective's name (我市, 共有, 所属, 等N个…)", () => {
    const named = (body: string) => gold(body).collectives?.map((c) => [c.name, c.honours]);
    expect(named("我市青松控股集团有限公司荣获全国纺织工业先进集体称号。")).toEqual([
      ["青松控股集团有限公司", ["全国纺织工业先进集体"]],
    ]);
    expect(named("此外，集团所属远江三五九建工获开发建设新疆奖状。")).toEqual([
      ["远江三五九建工", ["开发建设新疆奖状"]],
    ]);
    expect(named("青松精密机械有限公司检测中心等100个先进班组获“远江市工人先锋号”称号。")).toEqual([
      ["青松精密机械有限公司检测中心", ["远江市工人先锋号"]],
    ]);
    expect(named("远江市共有青松轻合金有限责任公司销售公司获省劳动模范集体称号。")).toEqual([
      ["青松轻合金有限责任公司销售公司", ["省劳动模范集体"]],
    ]);
  });

  it("a count of units is no collective (全市共有3家企业被授予…)", () => {
    expect(gold("全市共有3家企业被授予“全国五一劳动奖状”。").collectives).toEqual([]);
  });
});

describe("a profile's honours in a sentence without a subject", () => {
  it("…作出突出贡献。曾获A、B、C等。 gives the honours to the person of the paragraph", () => {
    const got = facts(
      "全国劳动模范祁文涛是远江造船公司总装班组长。他研制的多项工装获得国家专利。曾获全国五一劳动奖章、全国技术能手、湖北省劳动模范等。",
    );
    expect(got.祁文涛?.h.sort()).toEqual(
      ["全国五一劳动奖章", "全国劳动模范", "全国技术能手", "湖北省劳动模范"].sort(),
    );
  });

  it("not for a collective title, and not for a name the text never introduced", () => {
    const got = facts("全国劳动模范祁文涛讲述了创业故事。曾获全国工人先锋号的远江港装卸班也派代表参加。");
    expect(got.祁文涛?.h).toEqual(["全国劳动模范"]);
  });
});

it("直到NAME当选全国劳模: 当选 without 为 inside a clause", () => {
  expect(facts("直到柏雪松当选全国劳模，乡亲们才知道这份荣耀。").柏雪松?.h).toEqual(["全国劳动模范"]);
});

describe("a profile's card", () => {
  it("NAME·NAME，男，民族，出生，籍贯人，党员，原UNIT工人。…年连续三年被评为“X”；…年荣获Y", () => {
    const got = facts(
      "艾合买提·吐尔逊，男，维吾尔族，1958年3月出生，新疆远江县人，中共党员，原远江县青松水泥厂工人。1985~1987年连续三年被评为“厂先进生产者”；1992年荣获全国“五一”劳动奖章。",
    );
    expect(got["艾合买提·吐尔逊"]).toEqual({
      h: ["厂先进生产者", "全国五一劳动奖章"],
      e: ["远江县青松水泥厂"],
    });
  });

  it("a unit's worker (…厂工人) is no home town of the card", () => {
    const got = facts("祁文涛，男，远江水泥厂工人，全国劳动模范。");
    expect(got.祁文涛).toEqual({ h: ["全国劳动模范"], e: ["远江水泥厂"] });
  });
});

describe("round 2 of real-article patterns", () => {
  it("HONOUR NAME教授: 教授 after the name closes a three-character name", () => {
    expect(Object.keys(facts("我院推拿科主任、远江工匠朱烱松教授作为代表参加了表彰会。"))).toEqual([
      "朱烱松",
    ]);
  });

  it("HONOUR、TEAM负责人、院士、UNIT JOB NAME: the honour carries past posts, a team is no employer", () => {
    expect(
      facts("全国先进工作者、全国高校某某式教师团队负责人、中国科学院院士、远江交通大学讲席教授祁文涛。")
        .祁文涛,
    ).toEqual({
      h: ["全国先进工作者"],
      e: ["远江交通大学"],
    });
  });

  it("从 opens a given name (郭从喜), not a word (从事, 从小)", () => {
    expect(facts("首届“塞上工匠”，远江公司高级技师郭从喜，向学子们讲述成长故事。").郭从喜?.h).toEqual([
      "塞上工匠",
    ]);
    expect(Object.keys(facts("全国劳模王从事教育工作三十年。"))).toEqual([]);
  });

  it("a nomination beside honours before UNIT JOB NAME is skipped, the honours kept", () => {
    expect(
      facts(
        "大国工匠年度人物提名人选、自治区劳动模范、首届“塞上工匠”，远江东方集团有限公司高级技师祁文涛，讲述了成长故事。",
      ).祁文涛?.h,
    ).toEqual(["自治区劳动模范", "塞上工匠"]);
  });

  it("UNIT员工NAME同志被授予“X”，…，NAME2同志喜获“Y”: 同志 between name and verb", () => {
    const got = facts(
      "近日，远江县供电公司员工祁文涛同志被授予“湖东省五一劳动奖章”，此前在远江县表彰先进时，柏雪松同志喜获“远江县劳动模范”。",
    );
    expect(got.祁文涛?.h).toEqual(["湖东省五一劳动奖章"]);
    expect(got.柏雪松?.h).toEqual(["远江县劳动模范"]);
  });

  it("N名来自…的A与B，分别为NAMES: every member gets the first, scoped title", () => {
    const got = facts("成员包括三名来自不同领域的全国劳动模范与大国工匠，分别为祁文涛、柏雪松及贺云舟。");
    expect(got.祁文涛?.h).toEqual(["全国劳动模范"]);
    expect(got.柏雪松?.h).toEqual(["全国劳动模范"]);
  });

  it("A、B等N人被命名为H (any 被…为 verb after the count) gives every name the title", () => {
    expect(facts("发布仪式上，祁文涛、柏雪松等17人被命名为第五届远江工匠。")).toEqual({
      祁文涛: { h: ["远江工匠"], e: [] },
      柏雪松: { h: ["远江工匠"], e: [] },
    });
  });

  it("A、B等N名H1和C、D等M名H2: the second list starts after 和, whatever the first title", () => {
    // The first title is no held one on its own (no scope): its list still ends at 和.
    const got = facts("会上，祁文涛、柏雪松等22名劳动模范和贺云舟、韦立新等8名远江市先进工作者受到表彰。");
    expect(got.贺云舟?.h).toEqual(["远江市先进工作者"]);
    expect(got.韦立新?.h).toEqual(["远江市先进工作者"]);
    expect(got.祁文涛?.h ?? []).not.toContain("远江市先进工作者");
    expect(got.柏雪松?.h ?? []).not.toContain("远江市先进工作者");
  });
});

describe("what is no part of a title", () => {
  it("向/为/给/对 before a scope is the sentence's preposition, not the title's words", () => {
    expect(facts("市领导向全国劳模祁文涛问好。").祁文涛?.h).toEqual(["全国劳动模范"]);
    expect(facts("远江市领导向省劳模柏雪松问好。").柏雪松?.h).toEqual(["省劳动模范"]);
    // A title that holds 向 of its own stays whole.
    expect(facts("祁文涛荣获全国向上向善好青年称号。").祁文涛?.h).toEqual(["全国向上向善好青年"]);
  });
});
