/**
 * Touring groups (报告团), venue lists, organiser lists with shared heads or aliases, the tense of
 * an event verb after a time clause, and speakers introduced by unit and post. Every sentence is
 * hand-written with fictional people, companies and places.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// How talks and lists are read, speakers without an honour included (persons in the graph are the honourees).
import { extractKeepingOfficials as extractArticle } from "./index.ts";
import { setMinRulePrecision } from "./rules/calibration.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const gold = (body: string) => toGoldArticle(extractArticle(testArticle(`测试标题\n${body}`)));
const orgs = (g: ReturnType<typeof gold>, i = 0) => g.events[i]?.organizers.map((o) => [o.org, o.role]) ?? [];
const spoke = (g: ReturnType<typeof gold>, name: string) => g.persons.find((p) => p.name === name)?.spokeAt;

describe("the future guard reads the clause of the verb", () => {
  it("a coming holiday in a time clause does not make the tour future", () => {
    const g = gold(
      "在“三八”妇女节即将来临之际，为凝聚巾帼力量，3月6日，“远江职工大课堂”巾帼宣讲活动走进青松产业园区。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["“远江职工大课堂”巾帼宣讲活动"]);
    expect(g.events[0]?.venue).toEqual(["青松产业园区"]);
  });

  it("将于 in the verb's own clause stays future", () => {
    const g = gold("下月，远江市劳模宣讲活动将于青松产业园区举办。");
    expect(g.events).toEqual([]);
  });

  it("a future word in an earlier main clause still counts", () => {
    const g = gold(
      "在“五一”节即将到来之际，远江市总工会将组织宣讲团，走进青松机械厂和白杨纺织厂开展宣讲活动。",
    );
    expect(g.events.flatMap((e) => e.venue)).toEqual([]);
  });

  it("an occasion (…到来之际) is no venue", () => {
    const g = gold("远江市总工会在五一节前夕启动全市“创新创业”事迹巡回宣讲活动。");
    expect(g.events.map((e) => e.venue)).toEqual([[]]);
    expect(orgs(g)).toEqual([["远江市总工会", null]]);
  });
});

describe("organiser lists", () => {
  it("a bare place before the last item shares its head (远江高新区、青松区总工会承办)", () => {
    const g = gold(
      "3月6日，远江市巾帼劳模宣讲活动走进青松产业园区。本次活动由远江市总工会女职工部主办，远江高新区、青松区总工会承办，青松医疗设备股份有限公司工会协办。",
    );
    expect(orgs(g)).toEqual([
      ["远江市总工会女职工部", "主办"],
      ["远江高新区总工会", "承办"],
      ["青松区总工会", "承办"],
      ["青松医疗设备股份有限公司工会", "协办"],
    ]);
  });

  it("a bare place without a shared head is no organiser", () => {
    const g = gold("3月6日，远江市巾帼劳模宣讲活动走进青松产业园区。本次活动由远江高新区、青松机械厂承办。");
    expect(orgs(g)).toEqual([["青松机械厂", "承办"]]);
  });

  it("an organiser with its alias in brackets (…中心（传媒公司）承办)", () => {
    const g = gold(
      "5月8日，由远江市委宣传部、远江市总工会主办，远江市融媒体中心（传媒公司）承办的“劳动最光荣”劳模工匠故事会在青松剧院举行。",
    );
    expect(orgs(g)).toEqual([
      ["远江市委宣传部", "主办"],
      ["远江市总工会", "主办"],
      ["远江市融媒体中心（传媒公司）", "承办"],
    ]);
  });
});

describe("touring 报告团 and venue lists", () => {
  const TOUR = "3月20日，第五届“最美远江人”事迹巡回报告团来到青川。";
  it("the tour of a 报告团 is the event; 在A、B和C举行3场报告会 gives three venues", () => {
    const g = gold(`${TOUR}报告团先后在远江局机关、青川桥梁工区和青川卫生学校举行3场报告会。`);
    expect(g.events.map((e) => e.name)).toEqual(["第五届“最美远江人”事迹巡回报告团"]);
    expect(g.events[0]?.venue).toEqual(["远江局机关", "青川桥梁工区", "青川卫生学校"]);
  });

  it("a venue with 和 inside its name stays whole", () => {
    const g = gold("4月2日，远江市劳模事迹报告会在远江市住房和城乡建设局举行。");
    expect(g.events[0]?.venue).toEqual(["远江市住房和城乡建设局"]);
  });

  it("a worker introduced by unit and post, with 讲述 right after the name, spoke", () => {
    const g = gold(`${TOUR}报告会上，远江局集团有限公司青川机务段司机祁明培讲述了他苦练技能的故事。`);
    expect(spoke(g, "祁明培")).toEqual(["e1"]);
  });

  it("a name glued to a speech word without an introduction is no speaker", () => {
    const g = gold(`${TOUR}现场还表演了祁明培宣讲节目。`);
    expect(spoke(g, "祁明培") ?? []).toEqual([]);
  });
});

describe("speaker rosters of a touring group", () => {
  const EV = "5月20日，远江市劳模工匠宣讲报告会在青松剧院举行。";
  const ROSTER =
    "本次宣讲团成员有青松轴承股份有限公司首席技师韩树林、白杨机械厂班长罗春红、远江港务集团有限公司主任魏青宇。";
  const names = ["韩树林", "罗春红", "魏青宇"];

  it("宣讲团成员有A、B、C。…宣讲团成员讲述…: everyone on the roster spoke", () => {
    const g = gold(`${EV}${ROSTER}报告会上，宣讲团成员讲述了各自岗位上的故事，台下不时响起掌声。`);
    for (const n of names) expect(spoke(g, n)).toEqual(["e1"]);
  });

  it("成员们分别…讲述了…after 报告团成员包括…", () => {
    const g = gold(
      `${EV}报告团成员包括青松轴承股份有限公司首席技师韩树林、白杨机械厂班长罗春红、远江港务集团有限公司主任魏青宇。成员们分别结合自身经历，讲述了奋斗故事。`,
    );
    for (const n of names) expect(spoke(g, n)).toEqual(["e1"]);
  });

  it("the roster and the speech in one sentence", () => {
    const g = gold(`${EV}${ROSTER.replace("。", "，")}他们分别讲述了各自的奋斗故事。`);
    for (const n of names) expect(spoke(g, n)).toEqual(["e1"]);
  });

  it("a roster alone, or members who will speak later, gives no speech", () => {
    expect(names.flatMap((n) => spoke(gold(`${EV}${ROSTER}`), n) ?? [])).toEqual([]);
    const g = gold(`${EV}${ROSTER}下一步，宣讲团成员将分赴各地讲述奋斗故事。`);
    expect(names.flatMap((n) => spoke(g, n) ?? [])).toEqual([]);
  });

  it("宣讲团成员中有H、…A，…B等。劳模工匠…讲述了…: the roster's people, named by what they are, spoke", () => {
    const g = gold(
      `${EV}宣讲团成员中有全国技术能手、青松轴承股份有限公司首席技师韩树林，省五一劳动奖章获得者、白杨机械厂班长罗春红等。劳模工匠用朴实的语言，讲述了平凡岗位上的故事。`,
    );
    for (const n of names.slice(0, 2)) expect(spoke(g, n)).toEqual(["e1"]);
    expect(g.persons.find((p) => p.name === "韩树林")?.honours).toEqual(["全国技术能手"]);
  });

  it("bare 成员们 without a roster before gives no speech", () => {
    const g = gold(`${EV}青松轴承股份有限公司首席技师韩树林出席活动。工作室成员们分享了创新经验。`);
    expect(spoke(g, "韩树林") ?? []).toEqual([]);
  });
});

describe("A、B作为…代表，也分享了…", () => {
  const EV = "9月15日，远江局劳模事迹报告会在青川职业学院举行。";
  it("workers listed before a 作为…代表 clause spoke", () => {
    const g = gold(
      `${EV}同时，青川电务段信号车间主任魏青宇、白杨工务段线路车间工长罗春红作为青年职工代表，也分享了他们的奋斗故事。`,
    );
    expect(spoke(g, "魏青宇")).toEqual(["e1"]);
    expect(spoke(g, "罗春红")).toEqual(["e1"]);
  });

  it("delegates who only attend while someone else speaks did not", () => {
    const g = gold(
      `${EV}青川电务段信号车间主任魏青宇、白杨工务段线路车间工长罗春红作为青年职工代表出席，劳模祁文涛讲述了他的故事。`,
    );
    expect(spoke(g, "魏青宇") ?? []).toEqual([]);
  });
});

describe("a counted announcement, then a paragraph naming that many people", () => {
  const EV =
    "9月15日，远江局劳模事迹报告会在青川职业学院举行。三位“最美远江人”从不同角度讲述了自身的奋斗故事。";
  const P2 = "青松机务段司机祁明培苦练平稳操纵技能。青川客运段列车长魏青宇坚持服务标准。";
  it("three announced, three named in the next paragraph: all three spoke", () => {
    const g = gold(`${EV}\n${P2}白杨桥梁公司电焊工罗春红参与60余座桥梁建设。`);
    for (const n of ["祁明培", "魏青宇", "罗春红"]) expect(spoke(g, n)).toEqual(["e1"]);
  });

  it("three announced, two named: no speech from the count", () => {
    const g = gold(`${EV}\n${P2}`);
    expect([...(spoke(g, "祁明培") ?? []), ...(spoke(g, "魏青宇") ?? [])]).toEqual([]);
  });
});

describe("an event held with no subject, and the organisers of its troupe", () => {
  // What the rules read (event.orphan-org among them): calibrated scoring leaves that rule's facts
  // out of the product today (rules/calibration.ts, 5 of 12 right on real dev), not its reading.
  beforeAll(() => setMinRulePrecision(0));
  afterAll(() => setMinRulePrecision(undefined));
  const BODY =
    "昨日下午，在市委礼堂，举行了我市2025年全国劳动模范首场事迹报告会。市委副书记祁文涛到会并讲话。\n按照市委的统一部署，远江市总工会和市委宣传部组织了有3位全国劳动模范参加的先进事迹报告团，他们是青松机械厂高级技师魏青宇、远江邮政局投递员罗春红、白杨中学高级教师韩树林。昨日，魏青宇、罗春红先后介绍了自己的事迹。";
  it("在VENUE，举行了NAME: the event and its venue", () => {
    const g = gold(BODY);
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([
      ["我市2025年全国劳动模范首场事迹报告会", ["市委礼堂"]],
    ]);
  });

  it("A和B组织了…报告团: A and B organise the event; the speakers spoke at it (an official's 讲话 is no talk)", () => {
    const g = gold(BODY);
    expect(orgs(g)).toEqual([
      ["远江市总工会", null],
      ["市委宣传部", null],
    ]);
    expect(spoke(g, "魏青宇")).toEqual(["e1"]);
    expect(spoke(g, "祁文涛") ?? []).toEqual([]);
    expect(spoke(g, "韩树林") ?? []).toEqual([]);
  });

  it("a second subjectless 举行了 is no new event", () => {
    const g = gold("4月2日，远江市劳模事迹报告会在青松剧院举行。会后，举行了颁奖仪式。");
    expect(g.events.map((e) => e.name)).toEqual(["远江市劳模事迹报告会"]);
  });
});

describe("a talk given at a stop, named by its noun", () => {
  it("A、B应邀到X做主题宣讲: an event at X, and A and B spoke at it", () => {
    const g = gold("5月10日上午，全国劳动模范祁勇、柏振球应邀到远江一分校做主题宣讲，校长主持活动。");
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([["主题宣讲", ["远江一分校"]]]);
    expect(spoke(g, "祁勇")).toEqual(["e1"]);
    expect(spoke(g, "柏振球")).toEqual(["e1"]);
  });
  it("is no event when the talk is to come", () => {
    expect(gold("下周，全国劳动模范祁勇将应邀到远江一分校做主题宣讲。").events).toEqual([]);
  });
});

describe("a touring group's stop, then the talk it gave there", () => {
  it("走进A、B，为师生上了一堂“T”主题宣讲: the talk is the event, the schools its venues", () => {
    const g = gold(
      "近日，远江市总工会劳模工匠宣讲团走进远江职业技术学院、远江职业技术学校，为1100余名师生上了一堂“劳模工匠进校园”主题宣讲。",
    );
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([
      ["“劳模工匠进校园”主题宣讲", ["远江职业技术学院", "远江职业技术学校"]],
    ]);
  });
});

describe("a count and a description before an event's name", () => {
  it("一场别开生面的NAME: the description is no part of the name", () => {
    const g = gold("由远江市总工会主办、青松联谊会承办的一场别开生面的劳模大讲堂正在这里开展。");
    expect(g.events.map((e) => e.name)).toEqual(["劳模大讲堂"]);
  });
  it("…同学们期待已久的“T”活动举行: the words before the quoted name describe it", () => {
    const g = gold("11月2日上午，远江学院培训班的同学们期待已久的“劳模进校园”活动举行。");
    expect(g.events.map((e) => e.name)).toEqual(["“劳模进校园”活动"]);
  });
});

describe("organisers cleaned of what is no body that held the event", () => {
  it("A联合B主办: two organisers", () => {
    const g = gold("5月20日，由远江省总工会联合中共青川市委主办的第三届工匠论坛在青松剧院举行。");
    expect(orgs(g)).toEqual([
      ["远江省总工会", "主办"],
      ["中共青川市委", "主办"],
    ]);
  });
  it("a body celebrated, or another meeting named at the event's start, is no organiser", () => {
    expect(orgs(gold("4月28日，庆祝远江省总工会成立70周年暨劳动模范表彰大会在青松剧院隆重举行。"))).toEqual(
      [],
    );
    expect(orgs(gold("4月26日，远江金融系统表彰大会暨远江金融工会年度工作会议在青松剧院召开。"))).toEqual([]);
  });
});

describe("a bare event noun as the scene", () => {
  it("报告会现场，… names the event 报告会 (the whole noun)", () => {
    expect(gold("报告会现场，全国劳动模范祁文涛讲述了自己的故事。").events.map((e) => e.name)).toEqual([
      "报告会",
    ]);
  });
  it("宣讲会由X主持: the event; the host's unit does not take the event's words", () => {
    const g = gold(
      "10月9日，宣讲团成员到远江学校宣讲。宣讲会由学校团委书记柏静萍主持。全国劳动模范祁文涛讲述了自己的故事。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["宣讲会"]);
    expect(spoke(g, "祁文涛")).toEqual(["e1"]);
    expect(g.persons.find((p) => p.name === "柏静萍")?.employers).toEqual(["学校团委"]);
  });
  it("a stop whose words are a talk's topic is no venue", () => {
    const g = gold("5月20日，远江宣讲报告会在青松剧院举行。宣讲员讲述了走进烈士陵园探寻先辈往昔等“身边事”。");
    expect(g.events[0]?.venue).toEqual(["青松剧院"]);
  });
});

describe("a list of stops closed by 等", () => {
  it("leaves the closing class noun out of the last stop, not a school's own 等", () => {
    const x = toGoldArticle(
      extractArticle(
        testArticle(
          "远江劳模宣讲活动\n5月1日，远江市总工会举办劳模宣讲活动。7位劳模工匠先后走进远江县光荣院、远江县中心小学、青川市中等专业学校等多家基层单位。",
        ),
      ),
    );
    expect(x.events.flatMap((e) => e.venue)).toEqual([
      "远江县光荣院",
      "远江县中心小学",
      "青川市中等专业学校",
    ]);
  });
});

describe("a long list of touring stops (issue 12, round 19)", () => {
  it("reads every stop of a list longer than one stop's words as a venue of the event", () => {
    const g = gold(
      "近日，远江市总工会组织开展“劳模工匠在行动”主题活动。此次活动邀请祁文涛、柏雪松等5位劳模工匠参加。他们先后走进青川县光荣院、远江县自然资源局、国家税务总局远江县税务局、远江县中心小学、远江华岳精工股份有限公司、青川抗战史实陈列馆等多家基层单位，深入到基层职工之中。",
    );
    expect(g.events.map((e) => e.venue)).toEqual([
      [
        "青川县光荣院",
        "远江县自然资源局",
        "国家税务总局远江县税务局",
        "远江县中心小学",
        "远江华岳精工股份有限公司",
        "青川抗战史实陈列馆",
      ],
    ]);
  });
});

describe("two organisers joined by 联合 (issue 12, round 19)", () => {
  it("reads A联合B as two organisers, a campus and an alias note left out of the test", () => {
    const g = gold(
      "30日，远江石油大学（北京）青川校区（以下简称“校区”）联合青川市总工会共同举办“劳模工匠大思政课”。",
    );
    expect(orgs(g)).toEqual([
      ["远江石油大学（北京）青川校区", null],
      ["青川市总工会", null],
    ]);
  });

  it("keeps a verb after 联合 out of the organisers", () => {
    const g = gold("23日下午，远江大学工会和港口学院联合举办第六场“劳模精神进校园”活动。");
    expect(orgs(g).map(([o]) => o)).not.toContain("举办第六场");
  });
});

describe("every body of a class is no organiser (issue 12, round 19)", () => {
  it("drops 各… organisers, and a list that 各 opens", () => {
    const g = gold(
      "5月8日，远江省首届职工创新成果交流大会在青川举行。大会由远江省总工会主办，各设区市总工会、产业系统工会承办，各级工会指导。",
    );
    expect(orgs(g)).toEqual([["远江省总工会", "主办"]]);
  });
});

describe("an organiser's name read with a headline or a question (issue 12, round 19)", () => {
  it("keeps the name after a headline's 丨 or a question's closing quote, and no verb phrase", () => {
    expect(orgs(gold("劳动有福 劳动造福丨远江市总工会启动庆祝五一国际劳动节职工系列主题活动。"))).toEqual([
      ["远江市总工会", null],
    ]);
    const asked = gold(
      "“您认为我们青年学生如何把专业学习与科技创新结合起来?”由青川省能源化学工会举办的“劳模上讲堂”活动在青川城市职业学院举行。",
    );
    expect(orgs(asked)).toEqual([["青川省能源化学工会", null]]);
  });

  it("does not adopt a body from a bulleted list of other stories", () => {
    const g = gold(
      "国际护士节 远江市各医院举办庆祝表彰活动！\n  • 远江交发集团举办2025年度“品质交发”品牌发布会",
    );
    expect(orgs(g)).toEqual([]);
  });
});
