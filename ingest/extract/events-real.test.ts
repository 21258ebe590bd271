/**
 * Event, organiser, venue and speech rules found on real union-newspaper articles, each checked
 * on hand-written sentences with fictional people, companies and places.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle, extractKeepingOfficials } from "./index.ts";
import { setMinRulePrecision } from "./rules/calibration.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const T = "测试标题\n";
const article = (title: string, body: string) =>
  toGoldArticle(extractArticle(testArticle(`${title}\n${body}`)));
const gold = (body: string) => toGoldArticle(extractArticle(testArticle(T + body)));
/** People without an honour kept (the graph leaves them out): to see how their talks are read. */
const goldAll = (body: string) => toGoldArticle(extractKeepingOfficials(testArticle(T + body)));
const orgs = (g: ReturnType<typeof gold>, i = 0) => g.events[i]?.organizers.map((o) => [o.org, o.role]) ?? [];
const spoke = (g: ReturnType<typeof gold>, name: string) => g.persons.find((p) => p.name === name)?.spokeAt;

describe("organisers joined by 联合, with the stops after 走进", () => {
  it("A联合B、C走进X举办NAME: three organisers, X the venue", () => {
    const g = gold("9月3日，远江市总工会联合远江市教育局、团市委走进青松小学举办“劳模进课堂”活动启动仪式。");
    expect(g.events.map((e) => e.venue)).toEqual([["青松小学"]]);
    expect(orgs(g)).toEqual([
      ["远江市总工会", null],
      ["远江市教育局", null],
      ["团市委", null],
    ]);
  });

  it("ORG组织宣讲团先后到A、B开展NAME: ORG organises, A and B are the stops", () => {
    const g = gold(
      "5月9日，远江市总工会组织劳模工匠宣讲团先后到青松机械厂、远江港务码头开展进基层宣讲活动。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["进基层宣讲活动"]);
    expect(g.events[0]?.venue).toEqual(["青松机械厂", "远江港务码头"]);
    expect(orgs(g)).toEqual([["远江市总工会", null]]);
  });

  it("a stop inside a quoted programme name is no venue", () => {
    const g = gold(
      "25日下午，“劳动光荣”2024年湖东省“劳模进校园系列活动——走进远江”首场活动，在远江职业技术学院青松校区举行。",
    );
    expect(g.events.map((e) => e.venue)).toEqual([["远江职业技术学院青松校区"]]);
  });

  it("a precise site replaces the district it lies in", () => {
    const g = gold(
      "6月2日，劳模工匠巡回报告活动来到青松区和白杨街道柳岸社区。当天上午，宣讲团首先来到远江市青松区管理委员会。",
    );
    expect(g.events[0]?.venue).toEqual(["白杨街道柳岸社区", "远江市青松区管理委员会"]);
  });
});

describe("organiser role lists", () => {
  const EV = "近日，远江市劳模工匠进校园活动在青松职业技术学院举行。";
  it("由A指导,B主办,C承办,D、E协办 with half-width commas", () => {
    const g = gold(
      `${EV}活动由远江市总工会指导,青松区总工会主办,青松职业技术学院承办,远江日报社、青松区教育局协办。`,
    );
    expect(orgs(g)).toEqual([
      ["远江市总工会", "指导"],
      ["青松区总工会", "主办"],
      ["青松职业技术学院", "承办"],
      ["远江日报社", "协办"],
      ["青松区教育局", "协办"],
    ]);
  });

  it("由A、B和C主办，D承办: names the unit lexicon lacks still count in a role list", () => {
    const g = gold(`${EV}此次活动由市委宣传部、市总工会和市委讲师团主办，远江新闻网承办。`);
    expect(orgs(g)).toEqual([
      ["市委宣传部", "主办"],
      ["市总工会", "主办"],
      ["市委讲师团", "主办"],
      ["远江新闻网", "承办"],
    ]);
  });

  it("由A等部门联合主办的NAME: A without 等部门", () => {
    const g = gold("昨日，由远江市总工会等部门联合主办的“远江工匠”推选活动结果揭晓。");
    expect(g.events.map((e) => e.name)).toEqual(["“远江工匠”推选活动"]);
    expect(orgs(g)).toEqual([["远江市总工会", "主办"]]);
  });

  it("由A、B联合举办的NAME: organisers without a role", () => {
    const g = gold(
      "由远江市总工会、远江广播电视台联合举办的2024年“远江工匠年度人物”发布活动，3月1日揭晓评选结果。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["2024年“远江工匠年度人物”发布活动"]);
    expect(orgs(g)).toEqual([
      ["远江市总工会", null],
      ["远江广播电视台", null],
    ]);
  });
});

describe("organisers stated apart from the event", () => {
  // What the rules read (event.orphan-org among them): calibrated scoring leaves that rule's facts
  // out of the product today (rules/calibration.ts, 5 of 12 right on real dev), not its reading.
  beforeAll(() => setMinRulePrecision(0));
  afterAll(() => setMinRulePrecision(undefined));
  it("the organisers of a selection campaign organise the article's one event", () => {
    const g = gold(
      "近期，远江市委宣传部、远江市总工会联合开展了远江市“最美职工”选树活动。5月6日，2024年度远江市“最美职工”发布座谈会在青松区文化中心举行。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["2024年度远江市“最美职工”发布座谈会"]);
    expect(orgs(g)).toEqual([
      ["远江市委宣传部", null],
      ["远江市总工会", null],
    ]);
  });

  it("a campaign is no event, even when the article names no other (round 18: no real gold names one)", () => {
    const g = gold("近期，远江市委宣传部、远江市总工会联合开展了远江市“最美职工”选树活动。");
    expect(g.events).toEqual([]);
  });

  it("ORG于…启动…工作 gives the organiser of the only event; 宣讲团组建工作 is no event", () => {
    const g = gold(
      "远江市总工会于2023年9月启动职工宣讲团组建工作。3月18日，远江市职工宣讲团事迹报告会首场开讲。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["远江市职工宣讲团事迹报告会"]);
    expect(orgs(g)).toEqual([["远江市总工会", null]]);
  });

  it("the organiser in the headline organises the body's event", () => {
    const g = article("青松区总工会开展劳模宣讲活动", "日前，劳模宣讲活动第一讲在青松街道文化站开讲。");
    expect(orgs(g)).toEqual([["青松区总工会", null]]);
  });

  it("several events: the headline organiser is not guessed onto one", () => {
    const g = article(
      "青松区总工会开展劳模宣讲活动",
      "日前，劳模座谈会在青松街道文化站举行。次日，职工技能大赛在青松体育馆举行。",
    );
    expect(g.events.flatMap((e) => e.organizers)).toEqual([]);
  });

  it("ORG开展的NAME第一讲正式开讲", () => {
    const g = gold("日前，青松区总工会开展的“工匠精神进车间”宣讲活动第一讲正式开讲。");
    expect(g.events.map((e) => e.name)).toEqual(["“工匠精神进车间”宣讲活动第一讲"]);
    expect(orgs(g)).toEqual([["青松区总工会", null]]);
  });
});

describe("区总, 市总, 县总 are organisations", () => {
  it("ORG还于DATE至DATE专门举办了NAME", () => {
    const g = gold("远江市总还于6月16日至17日专门举办了劳模师资宣讲培训班。");
    expect(g.events.map((e) => e.name)).toEqual(["劳模师资宣讲培训班"]);
    expect(orgs(g)).toEqual([["远江市总", null]]);
  });

  it("a bare 市总 with no place is no name", () => {
    expect(orgs(gold("市总还专门举办了劳模师资宣讲培训班。"))).toEqual([]);
  });
});

describe("venues named indirectly", () => {
  it("该校…师生: the school among the organisers is the venue", () => {
    const g = gold(
      "近日，远江市总工会、远江市第二中等职业学校联合举办劳模宣讲活动，该校300多名师生现场聆听。",
    );
    expect(g.events[0]?.venue).toEqual(["远江市第二中等职业学校"]);
  });

  it("no school among the organisers: no venue", () => {
    const g = gold("近日，远江市总工会举办劳模宣讲活动，该校300多名师生现场聆听。");
    expect(g.events[0]?.venue).toEqual([]);
  });
});

describe("events without 在", () => {
  it("NAME顺利召开, NAME于DATE举办, NAME，在VENUE举行", () => {
    expect(gold("4月27日，远江市劳模座谈会顺利召开。").events.map((e) => e.name)).toEqual([
      "远江市劳模座谈会",
    ]);
    const g = gold("以“奋斗新时代”为主题的青松区劳模工匠宣讲进基层活动于4月24日上午举办。");
    expect(g.events.map((e) => e.name)).toEqual(["青松区劳模工匠宣讲进基层活动"]);
    expect(gold("25日下午，远江市劳模故事会，在青松剧院举行。").events.map((e) => [e.name, e.venue])).toEqual(
      [["远江市劳模故事会", ["青松剧院"]]],
    );
  });

  it("NAME正式启动 names the event", () => {
    expect(gold("3月1日，青松区“劳模工匠进校园”活动正式启动。").events.map((e) => e.name)).toEqual([
      "青松区“劳模工匠进校园”活动",
    ]);
  });

  it("2024年度 stays in the name", () => {
    const g = gold("3月30日，2024年度远江市“最美职工”发布会在青松剧院举行。");
    expect(g.events.map((e) => e.name)).toEqual(["2024年度远江市“最美职工”发布会"]);
  });

  it("the headline names the event when the body does not", () => {
    const g = article(
      "远江市总工会举办劳模读书分享会",
      "全国劳动模范、远江纺织厂挡车工祁文涛分享了读书心得。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["劳模读书分享会"]);
    expect(orgs(g)).toEqual([["远江市总工会", null]]);
    expect(spoke(g, "祁文涛")).toEqual(["e1"]);
  });

  it("整场活动, a future 组建, an event word inside a noun: no events", () => {
    expect(gold("整场活动在歌声中精彩落幕。").events).toEqual([]);
    expect(gold("接下来，远江市各级工会组织将组建劳模宣讲团。").events).toEqual([]);
    expect(gold("远江市总工会启动劳模宣讲团组建工作。").events).toEqual([]);
  });
});

describe("speeches at meetings", () => {
  const EV = "近日，青松镇劳模座谈会在镇文化站举行。";
  it("作了交流发言, 作交流发言, 依次登台", () => {
    const g = gold(
      `${EV}座谈会上，全国劳动模范祁文涛、湖东省劳动模范柏雪松作了交流发言。远江工匠贺云舟作交流发言。`,
    );
    expect([spoke(g, "祁文涛"), spoke(g, "柏雪松"), spoke(g, "贺云舟")]).toEqual([["e1"], ["e1"], ["e1"]]);
    const h = gold(`${EV}全国劳动模范祁文涛、湖东省劳动模范柏雪松依次登台。`);
    expect([spoke(h, "祁文涛"), spoke(h, "柏雪松")]).toEqual([["e1"], ["e1"]]);
  });

  it("an official who 讲话 or 汇报 gave no talk (real-set convention); one who 作报告 did", () => {
    const g = goldAll(
      `${EV}远江市总工会主席贺云舟出席会议并讲话。青松镇总工会办公室主任祁文涛对全年劳模工作进行了汇报。`,
    );
    expect(spoke(g, "贺云舟") ?? []).toEqual([]);
    expect(spoke(g, "祁文涛") ?? []).toEqual([]);
    const h = goldAll(`${EV}青松镇总工会办公室主任祁文涛作了题为《劳模在身边》的专题报告。`);
    expect(spoke(h, "祁文涛")).toEqual(["e1"]);
    // in the graph, a speaker without an honour is no person
    expect(gold(`${EV}青松镇总工会办公室主任祁文涛作了题为《劳模在身边》的专题报告。`).persons).toEqual([]);
  });

  it("讲话精神, 汇报演出, an official's 领学 and a list after 出席 are no speeches", () => {
    const g = gold(
      `${EV}远江市总工会主席贺云舟领学了重要讲话精神。青松镇总工会办公室主任祁文涛观看了汇报演出。`,
    );
    expect(spoke(g, "贺云舟") ?? []).toEqual([]);
    expect(spoke(g, "祁文涛") ?? []).toEqual([]);
  });

  it("an honouree who 领学 spoke", () => {
    expect(spoke(gold(`${EV}会上，远江市劳动模范柏雪松领学了大会精神。`), "柏雪松")).toEqual(["e1"]);
  });

  it("A出席活动，B讲述…: only B spoke; …与出席座谈会的代表交流，分享了: all of the list spoke", () => {
    const g = gold(`${EV}全国劳动模范贺云舟出席活动，湖东省劳动模范祁文涛讲述了创业故事。`);
    expect(spoke(g, "贺云舟") ?? []).toEqual([]);
    expect(spoke(g, "祁文涛")).toEqual(["e1"]);
    const h = gold(
      `${EV}全国劳动模范贺云舟和全国技术能手祁文涛也同到场的职工代表互动交流，分享了各自的成长经历。`,
    );
    expect([spoke(h, "贺云舟"), spoke(h, "祁文涛")]).toEqual([["e1"], ["e1"]]);
  });

  it("作专题讲座", () => {
    const g = gold(`${EV}活动邀请全国劳动模范祁文涛、湖东省劳动模范柏雪松作专题讲座。`);
    expect([spoke(g, "祁文涛"), spoke(g, "柏雪松")]).toEqual([["e1"], ["e1"]]);
  });

  it("宣讲员 in a pledge, a future talk and handing over certificates are no speeches", () => {
    const g = gold(
      `${EV}全国劳动模范祁文涛代表宣讲团成员宣誓：争做优秀宣讲员。湖东省劳动模范柏雪松将走进校园宣讲。全国劳动模范贺云舟为获奖职工颁发证书。`,
    );
    expect([spoke(g, "祁文涛"), spoke(g, "柏雪松"), spoke(g, "贺云舟")].map((x) => x ?? [])).toEqual([
      [],
      [],
      [],
    ]);
  });
});

describe("speakers named in the sentence before", () => {
  const EV = "近日，青松镇劳模座谈会在镇文化站举行。";
  it("他们结合自身经历讲述…: everyone of the sentence before", () => {
    const g = gold(
      `${EV}活动邀请了全国劳动模范祁文涛、湖东省劳动模范柏雪松。他们结合自身经历讲述了奋斗故事。`,
    );
    expect([spoke(g, "祁文涛"), spoke(g, "柏雪松")]).toEqual([["e1"], ["e1"]]);
  });

  it("她…讲述: only the last one named", () => {
    const g = gold(
      `${EV}远江市总工会主席祁文涛、湖北省劳动模范柏雪松来到现场。她结合自身经历讲述了奋斗故事。`,
    );
    expect(spoke(g, "祁文涛") ?? []).toEqual([]);
    expect(spoke(g, "柏雪松")).toEqual(["e1"]);
  });

  it("a list split by ； then 宣讲团老师们分别…分享了", () => {
    const g = gold(
      `${EV}\n宣讲活动邀请了全国劳动模范、远江木业公司高级技师祁文涛；湖东省劳动模范、远江港务公司班长柏雪松等2位劳模。\n宣讲团老师们分别结合自身经历，向职工群众分享了奋斗故事。`,
    );
    expect([spoke(g, "祁文涛"), spoke(g, "柏雪松")]).toEqual([["e1"], ["e1"]]);
  });

  it("2人立足本职工作，向师生们讲述…", () => {
    const g = gold(
      `${EV}活动邀请了全国劳动模范祁文涛、湖东省劳动模范柏雪松。2人立足本职工作，向师生们讲述了奋斗故事。`,
    );
    expect([spoke(g, "祁文涛"), spoke(g, "柏雪松")]).toEqual([["e1"], ["e1"]]);
  });

  it("a future talk after the list: nobody spoke", () => {
    const g = gold(`${EV}活动邀请了全国劳动模范祁文涛、湖东省劳动模范柏雪松。他们将走进校园讲述奋斗故事。`);
    expect([spoke(g, "祁文涛"), spoke(g, "柏雪松")].map((x) => x ?? [])).toEqual([[], []]);
  });
});

describe("touring troupes and full halls", () => {
  it("ORG劳模工匠宣讲团赴X开展宣讲活动: ORG organises, X the venue", () => {
    const g = gold("5月9日，远江市总工会劳模工匠宣讲团赴青松机械厂开展宣讲活动。");
    expect(g.events.map((e) => e.venue)).toEqual([["青松机械厂"]]);
    expect(orgs(g)).toEqual([["远江市总工会", null]]);
  });

  it("NAME走进A和B: both venues of the one event", () => {
    const g = gold("6月2日，远江市劳模工匠巡回报告活动来到青松机械厂和白杨街道柳岸社区。");
    expect(g.events.map((e) => e.venue)).toEqual([["青松机械厂", "白杨街道柳岸社区"]]);
  });

  it("PLACE里坐满了职工 names the venue; 现场座无虚席 does not", () => {
    const g = gold(
      "日前，远江市青松街道星河公司会议室里坐满了员工，青松区总工会开展的劳模宣讲活动第一讲正式开讲。",
    );
    expect(g.events.map((e) => e.venue)).toEqual([["远江市青松街道星河公司会议室"]]);
    expect(gold("近日，青松镇劳模座谈会举行，现场座无虚席。").events.map((e) => e.venue)).toEqual([[]]);
  });
});

describe("speakers after an announcement", () => {
  it("4名劳模工匠代表分享了…。其中，A回顾了…；B谈到…", () => {
    const g = gold(
      "近日，青松镇劳模座谈会在镇文化站举行。座谈会上，4名劳模工匠代表分享了奋斗故事。其中，全国劳动模范祁文涛回顾了创业历程；湖北省劳动模范柏雪松谈到了技术革新。",
    );
    expect([spoke(g, "祁文涛"), spoke(g, "柏雪松")]).toEqual([["e1"], ["e1"]]);
  });
});

describe("more events and venues without 在", () => {
  it("NAME近日举办。活动由A主办，B承办。", () => {
    const g = gold(
      "以“凝心聚力”为主题的青松区劳模工匠宣讲进基层活动近日举办。活动由远江市总工会主办，远江市劳模工匠学院承办。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["青松区劳模工匠宣讲进基层活动"]);
    expect(orgs(g)).toEqual([
      ["远江市总工会", "主办"],
      ["远江市劳模工匠学院", "承办"],
    ]);
  });

  it("走进 a company's short name that the article also prints in full", () => {
    const body = "2月18日，远江市总工会“劳模工匠进车间”系列宣讲活动首站走进华岳纺织。";
    expect(gold(`${body}华岳纺织有限公司班长祁文涛讲述了创新故事。`).events[0]?.venue).toEqual(["华岳纺织"]);
    expect(gold(body).events[0]?.venue).toEqual([]);
    expect(
      gold("5月3日，远江市劳模座谈会在乌鲁木齐举行。乌鲁木齐供电公司职工参加。").events[0]?.venue,
    ).toEqual([]);
  });
});

describe("a department named by two fields joined with 和", () => {
  it("省工业和信息化厅 stays one organiser; 市总工会和市妇联 are two", () => {
    const one = gold(
      "3月9日，由远江省工业和信息化厅、远江省总工会、省委组织部主办的第三届“远江工匠”命名大会在远江会展中心召开。",
    );
    expect(orgs(one)).toEqual([
      ["远江省工业和信息化厅", "主办"],
      ["远江省总工会", "主办"],
      ["省委组织部", "主办"],
    ]);
    const two = gold("5月8日，由远江市总工会和远江市妇联主办的劳模宣讲会在远江市职工之家举行。");
    expect(orgs(two)).toEqual([
      ["远江市总工会", "主办"],
      ["远江市妇联", "主办"],
    ]);
  });
});

it("NAME在VENUE热烈上演: 上演 closes a held-at clause like 举行", () => {
  const g = gold("9月23日，由远江市总工会主办的“传承匠心”劳模工匠进校园宣讲活动在青松大学东校区热烈上演。");
  expect(g.events.map((e) => e.venue)).toEqual([["青松大学东校区"]]);
});

it("venues: 我市 before a site is dropped, a list's 等地 is no site, 等 closes a list of sites", () => {
  expect(
    gold("5月8日，远江市劳模报告会在我市青松职业技术学校报告大厅举行。").events.map((e) => e.venue),
  ).toEqual([["青松职业技术学校报告大厅"]]);
  expect(gold("5月8日，远江市劳模巡回报告会在青川、白杨等地举行。").events.map((e) => e.venue)).toEqual([[]]);
});

describe("one event named short, then in full", () => {
  it("keeps the fuller name of the same event", () => {
    const g = gold(
      "劳模进校园\n报告会上，全国劳动模范祁树革讲述了奋斗故事。5月8日，远江理工职业学院在艺体中心大会场举行了劳模进校园专题报告会。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["劳模进校园专题报告会"]);
  });
});

describe("a purpose printed before the event's name", () => {
  it("学习贯彻…精神、NAME: the purpose is no part of the name", () => {
    const g = gold(
      "园区新闻\n6月25日下午，学习贯彻远江省劳动模范表彰大会上的重要讲话精神、远江市2025年庆“七一”劳模宣讲会在园区职工之家会议室举行。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["远江市2025年庆“七一”劳模宣讲会"]);
  });
});
