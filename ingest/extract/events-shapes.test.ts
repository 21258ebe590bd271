/**
 * Event names, venues and organisers of shapes seen across union-newspaper articles (issue 12,
 * events and speeches), each checked on hand-written sentences with fictional people and places.
 */
import { describe, expect, it } from "vitest";
import { toSimplified } from "../read/to-simplified.ts";
import { abbreviates } from "./find-events.ts";
import { extractKeepingOfficials } from "./index.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

/** As the reader hands it over: the matching text simplified, the printed one as is. */
const gold = (text: string) =>
  toGoldArticle(extractKeepingOfficials({ ...testArticle(text), simplified: toSimplified(text) }));
const T = "测试标题\n";
const orgs = (g: ReturnType<typeof gold>, i = 0) => g.events[i]?.organizers.map((o) => [o.org, o.role]) ?? [];
const spoke = (g: ReturnType<typeof gold>, name: string) => g.persons.find((p) => p.name === name)?.spokeAt;

describe("event names", () => {
  it("X宣布NAME开幕: the one who opens the event is no part of its name", () => {
    const g = gold(
      `${T}9月23日上午，市委书记郎远山宣布第三届远江工匠交流大会开幕。\n11时许，郎远山宣布：第三届远江工匠交流大会开幕。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["第三届远江工匠交流大会"]);
  });

  it("a photo caption's ▲ is no part of the name", () => {
    const g = gold(`${T}▲第三届远江工匠交流大会在青川宾馆举行。`);
    expect(g.events.map((e) => e.name)).toEqual(["第三届远江工匠交流大会"]);
  });

  it("a troupe holding sessions at A and B: troupe + session noun, as printed (traditional script)", () => {
    const g = gold(
      `測試標題\n9月9日至10日,第七屆“最美遠江人”先進事跡巡回報告團在遠江鐵路集團有限公司、遠江交通大學分別舉行報告會。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["第七屆“最美遠江人”先進事跡巡回報告團報告會"]);
    expect(g.events[0]?.venue).toEqual(["遠江鐵路集團有限公司", "遠江交通大學"]);
  });
});

describe("events a body names by its lead", () => {
  it("A、B联合开展的NAME启动, then X前往VENUE作了《T》的宣讲: both organise NAME, the stop is its venue", () => {
    const g = gold(
      `${T}20日，远江省总工会、青川市总工会联合开展的“红五月”青川市劳模工匠宣讲进基层活动启动，全国五一劳动奖章获得者祁文涛前往青川区审计局作了《平凡岗位》的宣讲。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["“红五月”青川市劳模工匠宣讲进基层活动"]);
    expect(orgs(g)).toEqual([
      ["远江省总工会", null],
      ["青川市总工会", null],
    ]);
    expect(g.events[0]?.venue).toEqual(["青川区审计局"]);
    expect(spoke(g, "祁文涛")).toEqual(["e1"]);
  });

  it("在A和B开展的NAME上: A and B are where it was held, not who held it", () => {
    const g = gold(
      `${T}青川县总工会在远江矿业开发有限公司青松煤矿和远江复肥有限责任公司开展的职工素质提升培训班上，全国劳动模范祁文涛讲述了自己的故事。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["职工素质提升培训班"]);
    expect(g.events[0]?.venue).toEqual(["远江矿业开发有限公司青松煤矿", "远江复肥有限责任公司"]);
    expect(orgs(g)).not.toContainEqual(["远江复肥有限责任公司", null]);
  });
});

describe("roles named before their bodies", () => {
  it("主办单位为A，承办单位为B: A hosts, B carries out the article's event", () => {
    const g = gold(
      `${T}远江市劳模工匠宣讲活动在青川机械厂举行。本次活动的主办单位为远江市总工会，承办单位为青川区总工会、青川县总工会。`,
    );
    expect(orgs(g)).toEqual([
      ["远江市总工会", "主办"],
      ["青川区总工会", "承办"],
      ["青川县总工会", "承办"],
    ]);
  });
});

describe("co-hosts of an event", () => {
  it("A联合B、C在VENUE召开了“…”NAME: A unknown to the lexicon still organises with B and C", () => {
    const g = gold(
      `${T}10月8日，青川县工会社会工作服务项目联合白杨街道总工会、远江绿园环保有限公司在白杨街户外劳动者爱心驿站召开了“争做先锋”环卫工人座谈会。活动邀请了远江省五一劳动奖章获得者郎志刚分享工作心得。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["“争做先锋”环卫工人座谈会"]);
    expect(g.events[0]?.venue).toEqual(["白杨街户外劳动者爱心驿站"]);
    expect(orgs(g)).toEqual([
      ["青川县工会社会工作服务项目", null],
      ["白杨街道总工会", null],
      ["远江绿园环保有限公司", null],
    ]);
    expect(spoke(g, "郎志刚")).toEqual(["e1"]);
  });

  it("a person joined by 联合 with workmates is no co-host", () => {
    const g = gold(`${T}10月8日，全国劳动模范郎春舟联合工友们在青川机械厂召开了“争做先锋”班组座谈会。`);
    expect(g.events.flatMap((e) => e.organizers)).toEqual([]);
  });
});

describe("events named after the stop, the people sent, or the scene", () => {
  it("A、B两位劳模到X，开展NAME: X is the venue and both speak", () => {
    const g = gold(
      `${T}1月10日下午，青川劳模宣讲分队郎春舟、蔺秋禾两位省劳动模范到青川机械厂郎春舟劳模和工匠人才创新工作室，开展技能传承宣讲活动。\n宣讲现场，郎春舟、蔺秋禾两位劳模用亲身经历，讲述了技术革新的故事。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["技能传承宣讲活动"]);
    // "X劳模和工匠人才创新工作室" is one site: 和 does not split it.
    expect(g.events[0]?.venue).toEqual(["青川机械厂郎春舟劳模和工匠人才创新工作室"]);
    expect(spoke(g, "郎春舟")).toEqual(["e1"]);
    expect(spoke(g, "蔺秋禾")).toEqual(["e1"]);
  });

  it("来到X，为…带来了一场…NAME: the adjectives before 的 are no part of the name", () => {
    const g = gold(`${T}5月29日，全国劳动模范郎春舟来到白杨中学，为师生们带来了一场妙趣横生的安全教育课。`);
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([["安全教育课", ["白杨中学"]]]);
  });

  it("ORG组织X参加NAME: NAME is the event, ORG no organiser of it", () => {
    const g = gold(`${T}青川集团工会组织工匠代表参加远江市“讲工匠故事”交流活动。`);
    expect(g.events.map((e) => e.name)).toEqual(["远江市“讲工匠故事”交流活动"]);
    expect(orgs(g)).toEqual([]);
  });

  it("ORG组织职工观看NAME: who organises the watching holds it", () => {
    const g = gold(`${T}5月18日，青川县总工会组织各镇职工观看“匠心筑梦”线上直播活动。`);
    expect(orgs(g)).toEqual([["青川县总工会", null]]);
  });

  it("本次“Q”是…: a programme named back by its quoted name", () => {
    const g = gold(
      `${T}日前，白杨中学迎来了两位特殊的“老师”，省劳动模范郎春舟与同学们分享了工作经历。本次“劳模工匠进校园开学”是系列活动之一。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["“劳模工匠进校园开学”"]);
    expect(spoke(g, "郎春舟")).toEqual(["e1"]);
  });

  it("座谈会上，…: the bare noun names the article's one event", () => {
    const g = gold(`${T}市领导与获奖代表亲切座谈。座谈会上，全国劳动模范郎春舟、蔺秋禾作了发言。`);
    expect(g.events.map((e) => e.name)).toEqual(["座谈会"]);
    expect(spoke(g, "蔺秋禾")).toEqual(["e1"]);
  });

  it("a list of places that read as no site is no venue", () => {
    const g = gold(`${T}5月27日，远江市总工会宣讲团分别赴八团、十一团，开展以“点赞”为主题的巡回宣讲。`);
    expect(g.events.flatMap((e) => e.venue)).toEqual([]);
  });

  it("由A主办，B承办的NAME: both roles belong to NAME, not to an event named before", () => {
    const g = gold(
      `远江集团工会组织代表参加交流活动\n4月20日，由远江机冶工会主办，青川钢铁公司承办的“讲工匠故事”展示交流活动在市工人文化宫举行。`,
    );
    const ev = g.events.find((e) => e.name.includes("展示交流活动"));
    expect(ev?.organizers.map((o) => [o.org, o.role])).toEqual([
      ["远江机冶工会", "主办"],
      ["青川钢铁公司", "承办"],
    ]);
  });
});

describe("venues cut right", () => {
  it("走进X学院专场活动: the site keeps its whole word (学院, not 学)", () => {
    const g = gold(`${T}4月27日，远江市“工匠进校园”走进青川工程职业学院专场活动举行。`);
    expect(g.events.flatMap((e) => e.venue)).toEqual(["青川工程职业学院"]);
  });

  it("来到了X: the particle is no part of the venue", () => {
    const g = gold(`${T}在昨天的参观活动中，郎春舟和蔺秋禾首先来到了远江港集装箱码头。`);
    expect(g.events.flatMap((e) => e.venue)).toEqual(["远江港集装箱码头"]);
  });

  it("an image file name and a kind of school are no venues", () => {
    const g = gold(
      `${T}远江市劳模故事汇活动启动。省劳模协会在全省大专院校和中小学校开展“劳模故事汇”活动。宣讲团走进远江_fororder_图1。`,
    );
    expect(g.events.flatMap((e) => e.venue)).toEqual([]);
  });
});

describe("organisers of something else", () => {
  it("“某网”由某电台主办 (a site's notice) organises no event of the article", () => {
    const g = gold(`${T}5月6日，远江市劳模表彰大会在青川宾馆举行。\n1、“远江在线”由远江广播电台主办。`);
    expect(orgs(g)).toEqual([]);
  });

  it("…评选活动由A与B共同主办: a selection campaign's organisers are not the ceremony's", () => {
    const g = gold(
      `${T}6月26日，首届“远江工匠”命名暨事迹报告会在远江市工信局举行。首届“远江工匠”评选活动由远江市企业协会与远江市邮电工会共同主办，经过专家评审，15人获得称号。`,
    );
    expect(orgs(g)).toEqual([]);
  });

  it("此次宣讲由A、B主办: the article's event is meant", () => {
    const g = gold(
      `${T}近日，省五一劳动奖章获得者郎春舟走进白杨中学，为师生带来一场宣讲活动。此次宣讲由青松区总工会、白杨街道办事处主办。`,
    );
    expect(orgs(g)).toEqual([
      ["青松区总工会", "主办"],
      ["白杨街道办事处", "主办"],
    ]);
  });
});

describe("organisers read whole", () => {
  it("某科技产业园举办“…”讲座: the park holds it; 讲座由A与B主办 adds the unions", () => {
    const g = gold(
      `${T}4月26日，远江青松科技产业园举办“匠心传承”专题讲座，特邀全国劳动模范郎春舟主讲。讲座由青松科技产业园总工会与白杨街道总工会主办。`,
    );
    expect(orgs(g)).toEqual([
      ["远江青松科技产业园", null],
      ["青松科技产业园总工会", "主办"],
      ["白杨街道总工会", "主办"],
    ]);
    expect(spoke(g, "郎春舟")).toEqual(["e1"]);
  });

  it("在A指导下、B成功主办的NAME: A guides, B organises (no 的, an adverb before the role)", () => {
    const g = gold(
      `${T}5月30日，在远江市总工会宣传教育部指导下、青川县总工会成功主办的“劳模工匠进校园”示范活动在青川大学举行。`,
    );
    expect(orgs(g)).toEqual([
      ["远江市总工会宣传教育部", "指导"],
      ["青川县总工会", "主办"],
    ]);
  });

  it("A代B颁发: A, the one acting on behalf of B, holds the ceremony", () => {
    const g = gold(`${T}5月8日，远江省总工会代青川市总工会在远江宾馆举行颁奖仪式。`);
    expect(orgs(g)).toEqual([["远江省总工会", null]]);
  });

  it("A與B (traditional script): an organisation and a unit the lexicon lacks are two organisers", () => {
    const g = gold(`測試標題\n5月8日，巴士三公司20路與青松路第一小學在學校禮堂舉辦“安全出行”主題活動。`);
    expect(orgs(g)).toEqual([
      ["巴士三公司20路", null],
      ["青松路第一小學", null],
    ]);
  });
});

describe("a programme's main session and its stops", () => {
  it("宣讲报告会由A和B联合举办，当日在X举行主场报告会，…深入到C、D等地进行宣讲", () => {
    const g = gold(
      `${T}5月8日，远江市“匠心筑梦”劳模宣讲系列报告会启动。宣讲报告会由市委宣传部和市总工会联合举办，当日上午在青川中药材交易市场举行主场报告会，下午6名劳模分为两组深入到白杨中学附属学校、青松社区、城建集团等地进行宣讲。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["远江市“匠心筑梦”劳模宣讲系列报告会"]);
    expect(g.events[0]?.venue).toEqual(["青川中药材交易市场", "白杨中学附属学校", "青松社区", "城建集团"]);
    expect(orgs(g)).toEqual([
      ["市委宣传部", null],
      ["市总工会", null],
    ]);
  });

  it("小分队分别前往A、B: the stops of the event named before", () => {
    const g = gold(
      `${T}5月19日，远江市总工会劳模事迹巡回宣讲报告会在青川县举行。除主会场外，小分队分别前往青川供电公司、青川物流集散中心，开展专题宣讲。`,
    );
    expect(g.events[0]?.venue).toEqual(["青川供电公司", "青川物流集散中心"]);
  });
});

describe("venues named with a place before them or after 于", () => {
  it("在位于某区的X举行, 在某科技城的X车间内举行: the site after the last 的", () => {
    const a = gold(
      `${T}11月19日上午，远江市“百名劳模进校园”展示活动在位于青松区的远江外国语大学附属学校举行。`,
    );
    expect(a.events.flatMap((e) => e.venue)).toEqual(["远江外国语大学附属学校"]);
    const b = gold(`${T}当日，劳模工匠宣讲团入企宣讲活动在青川科技城的远江电缆股份有限公司车间内举行。`);
    expect(b.events.flatMap((e) => e.venue)).toEqual(["远江电缆股份有限公司车间"]);
  });

  it("ORG於X舉辦「NAME」: 於 marks the venue; a date after 于 does not", () => {
    const a = gold(`測試標題\n五一勞動節前夕，遠江勞動部於青川飯店10樓國際會議廳舉辦「模範勞工表揚大會」。`);
    expect(a.events.flatMap((e) => e.venue)).toEqual(["青川飯店10樓國際會議廳"]);
    const b = gold(`${T}远江市总工会于5月8日举办“匠心”劳模座谈会。`);
    expect(b.events.flatMap((e) => e.venue)).toEqual([]);
  });
});

describe("one event under two spellings, venues with glosses, a film's subject", () => {
  it("“…—X篇”某站宣讲活动 and “…——X篇”某站活动 are one event (venues go to it)", () => {
    const g = gold(
      `${T}5月8日，“远江工人大思政课—青川篇”白杨站宣讲活动启动。\n5月9日，“远江工人大思政课——青川篇”白杨站活动走进青川铁道职业技术学院。`,
    );
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([
      ["“远江工人大思政课—青川篇”白杨站宣讲活动", ["青川铁道职业技术学院"]],
    ]);
  });

  it("a venue with pinyin glosses: kept when a site, dropped when a virtue or a bare area", () => {
    const a = gold(`${T}6月6日上午，远江区劳模工匠志愿服务队成立仪式在青松巷廣場(chǎng)举行。`);
    expect(a.events.flatMap((e) => e.venue)).toEqual(["青松巷廣場(chǎng)"]);
    const b = gold(`${T}6月6日上午，远江区劳模志愿服务活动在社區(qū)举行。`);
    expect(b.events.flatMap((e) => e.venue)).toEqual([]);
  });

  it("影片以劳模X为主角，讲述了…: the film tells, X is no speaker", () => {
    const g = gold(
      `${T}5月8日，远江市劳模宣讲活动在市工人文化宫举行。活动以播放专题片为开场，影片以全国劳动模范郎春舟为主角，讲述了远江的发展。`,
    );
    expect(spoke(g, "郎春舟") ?? []).toEqual([]);
  });
});

describe("a list of stops closed by 等, then the event", () => {
  it("走进A、B、C等开展NAME: the stops are its venues", () => {
    const g = gold(
      `${T}11月5日，远江省总工会邀请全国劳动模范郎春舟、省劳动模范蔺秋禾组成劳模宣讲团，走进省交通厅、省住建厅、省水电集团等开展基层专场宣讲。`,
    );
    const ev = g.events.find((e) => e.name === "基层专场宣讲");
    expect(ev?.venue).toEqual(["省交通厅", "省住建厅", "省水电集团"]);
  });

  it("a worker going to one workshop to do something is no event with a venue", () => {
    const g = gold(`${T}全国劳动模范郎春舟多次深入车间开展技术攻关。`);
    expect(g.events.flatMap((e) => e.venue)).toEqual([]);
  });
});

describe("events of county papers", () => {
  it("县府 holds an event at a hall whose name starts with 心; a 盛典 is an event", () => {
    const a = gold("测试标题\n县府26日在心园婚宴会馆举办模范劳工表扬大会，全国劳动模范祁文涛出席。");
    expect(a.events.map((e) => [e.name, e.venue, e.organizers.map((o) => o.org)])).toEqual([
      ["模范劳工表扬大会", ["心园婚宴会馆"], ["县府"]],
    ]);
    const b = gold(
      "测试标题\n12月23日上午，第二届“远江工匠”颁奖盛典在环宇酒店七楼会议室举行。全国劳动模范祁文涛出席。",
    );
    expect(b.events.map((e) => [e.name, e.venue])).toEqual([
      ["第二届“远江工匠”颁奖盛典", ["环宇酒店七楼会议室"]],
    ]);
  });
});

describe("what is printed around an organiser's name", () => {
  it("drops a picture mark, the agent's 由 and the verb that follows the organiser", () => {
    const marked = gold(`${T}▲远江市政府举行2023年度模范劳工表扬大会，表扬了36位劳工。`);
    expect(orgs(marked)).toEqual([["远江市政府", null]]);
    const agent = gold(`${T}昨天下午，由青川区总工会举办的远江区工匠命名大会在区文化宫举行。`);
    expect(orgs(agent)).toEqual([["青川区总工会", null]]);
    const verb = gold(`${T}3月2日，青川区总工会组织宣讲团队赴松林镇开展劳模宣讲活动。`);
    expect(orgs(verb)).toEqual([["青川区总工会", null]]);
  });
});

describe("an organiser's short form beside its full name", () => {
  it("keeps the full name only; a district's union and a prefix are other organisers", () => {
    const g = gold(
      `${T}日前，由远江省教育系统关心下一代工作委员会、远江省总工会宣传教育部主办的“工匠进校园”活动在青松技师学院启动。活动由远江省教育系统关工委、远江省总工会宣教部主办。`,
    );
    expect(orgs(g)).toEqual([
      ["远江省教育系统关心下一代工作委员会", "主办"],
      ["远江省总工会宣传教育部", "主办"],
    ]);
    expect(abbreviates("远江市总工会", "远江市青松区总工会")).toBe(false);
    expect(abbreviates("远江市总工会", "远江市总工会女职工部")).toBe(false);
    expect(abbreviates("远江市卫生健康委员会", "远江市卫生健康系统精神文明建设委员会")).toBe(false);
  });

  it("cuts the organiser before 联合举办", () => {
    const g = gold(`${T}5月8日，远江大学工会联合举办第六场劳模进校园活动。`);
    expect(orgs(g)).toEqual([["远江大学工会", null]]);
  });
});

describe("what stands before an event's name (round 11)", () => {
  it("an organisers' clause, a description of its lecturers and a page's 原标题 note are cut", () => {
    const a = gold(`${T}9月25日，远江市总工会举办的劳模工匠进校园示范宣讲活动走进青川县清潭中学。`);
    expect(a.events.map((e) => e.name)).toEqual(["劳模工匠进校园示范宣讲活动"]);
    expect(orgs(a)).toEqual([["远江市总工会", null]]);
    const b = gold(
      `${T}12月15日，由远江市总工会主办，青川区总工会及远江化肥有限公司工会委员会承办的“劳动模范走进远江化肥”事迹报告会在公司礼堂举行。`,
    );
    expect(b.events.map((e) => e.name)).toEqual(["“劳动模范走进远江化肥”事迹报告会"]);
    const c = gold(`${T}以全国劳动模范郎远山、柏雪松为“讲师”的远江“劳模大讲堂”在远江市委党校开讲。`);
    expect(c.events.map((e) => e.name)).toEqual(["远江“劳模大讲堂”"]);
    // A theme is kept: "以“T”为主题的NAME".
    const d = gold(`${T}以“匠心筑梦”为主题的巡回宣讲在青川县举行。`);
    expect(d.events[0]?.name).toContain("巡回宣讲");
  });

  it("an adverb of time between the venue and 举行/开讲 is no part of the venue", () => {
    const g = gold(`${T}远江省劳模工匠大讲堂在省图书馆首次开讲。`);
    expect(g.events[0]?.venue).toEqual(["省图书馆"]);
  });
});

describe("Taiwan's award ceremonies (round 12)", () => {
  it("NAME，今(27)日下午在VENUE举行: the day in brackets is a time word; a banquet 宫 is a site", () => {
    const g = gold(
      `${T}远江市模范劳工暨绩优工会表扬活动，今(27)日下午在林皇宫举行，由市长颁奖表扬74名模范劳工。`,
    );
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([
      ["远江市模范劳工暨绩优工会表扬活动", ["林皇宫"]],
    ]);
  });

  it("a headline that is an event's name (no verb) names the article's event", () => {
    const g = gold(
      "远江市一一四年模范劳工表扬大会\n市长今天颁奖表扬81名模范劳工，模范劳工许德旺任职于北岸客运公司。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["远江市一一四年模范劳工表扬大会"]);
  });
});

describe("a stop's site (round 12)", () => {
  it("what the visitors did there (参观学习, 考察) is no part of it", () => {
    const g = gold(
      "远江市总工会组织开展劳模工匠参观学习活动\n近日，全国劳动模范祁文涛等20余名劳模工匠来到远江科技园参观学习。",
    );
    expect(g.events[0]?.venue).toEqual(["远江科技园"]);
  });
});

describe("venues and organisers, round 17", () => {
  it("两地 names places, a talk after the site is no part of it, 组织部 is a department", () => {
    const g = gold(
      `${T}5月8日至9日，远江“职工思政课”巡回宣讲活动在远江市和青川州两地举行。全国劳动模范、远江机床集团首席技师祁文涛应邀走进远江职业技术学院、远江青年干部学院作示范宣讲。\n活动由远江市委组织部、市总工会主办，青川州总工会承办。`,
    );
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([
      ["远江“职工思政课”巡回宣讲活动", ["远江职业技术学院", "远江青年干部学院"]],
    ]);
    expect(orgs(g)).toEqual([
      ["远江市委组织部", "主办"],
      ["市总工会", "主办"],
      ["青川州总工会", "承办"],
    ]);
  });
});

describe("a talk's venue, round 18", () => {
  it("the session's verb after the site is no part of it; a city alone is no venue", () => {
    const g = gold(
      `${T}8月2日，远江市委宣传部主办的“远江楷模”巡回报告会在青川市举行首场宣讲，随后又在远江水务集团进行了第二场宣讲。`,
    );
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([["“远江楷模”巡回报告会", ["远江水务集团"]]]);
  });
});

describe("a venue ends as a site does, round 18", () => {
  it("a verb read with the site goes; a town alone or a clause is no venue", () => {
    const held = gold(`${T}昨天上午，远江省总工会主办的劳模事迹报告会在远江职工大学礼堂隆重举行。`);
    expect(held.events.map((e) => e.venue)).toEqual([["远江职工大学礼堂"]]);
    const town = gold(`${T}上周，青川区总工会组织劳模宣讲队赴石桥镇开展宣讲活动。`);
    expect(town.events.flatMap((e) => e.venue)).toEqual([]);
    const kept = gold(`${T}5月1日，远江市总工会在远江市青川县青松陶瓷举办劳模宣讲活动。`);
    expect(kept.events.map((e) => e.venue)).toEqual([["远江市青川县青松陶瓷"]]);
  });
});

describe("campaigns of selection or publicity, round 18", () => {
  it("are no events; an event of such a campaign (its award ceremony) is", () => {
    const campaign = gold(`${T}为弘扬工匠精神，远江市总工会开展“远江工匠”推荐宣传学习活动。`);
    expect(campaign.events).toEqual([]);
    const ceremony = gold(`${T}5月8日，首届“最美社区医生”评选活动颁奖仪式在远江市工人文化宫举行。`);
    expect(ceremony.events.map((e) => e.name)).toEqual(["首届“最美社区医生”评选活动颁奖仪式"]);
  });
});

describe("a bare head named from a headline clause, round 18", () => {
  it("某演讲团到某县举行报告会 names the body's 报告会 by who holds it", () => {
    const g = gold(
      "远江州技能人才事迹巡回演讲团到青川举行报告会\n远江州的演讲团一行5人日前来到青川，与当地职工见面。\n报告会上，青川县全国劳动模范祁文涛、远江县全国技术能手柏雪松等五人先后登台演讲。",
    );
    expect(g.events.map((e) => e.name)).toEqual(["远江州技能人才事迹巡回演讲团报告会"]);
  });
});

describe("organisers joined by 和 (round 21)", () => {
  it("splits two bodies at 和 before 与, and keeps one department's name whole", () => {
    expect(orgs(gold(`${T}11月1日，学校工会和团委举办“劳模进校园”分享会活动。`))).toEqual([
      ["学校工会", null],
      ["团委", null],
    ]);
    expect(orgs(gold(`${T}远江大学工会和港口海岸与近海工程学院举办“劳模精神进校园”系列活动。`))).toEqual([
      ["远江大学工会", null],
      ["港口海岸与近海工程学院", null],
    ]);
    expect(orgs(gold(`${T}远江市卫生和健康委员会举办护士节表彰大会。`))).toEqual([
      ["远江市卫生和健康委员会", null],
    ]);
  });
});

describe("events held in shapes the readers missed (round 24)", () => {
  const talk = "全国劳动模范韩春林作了发言。";
  const events = (g: ReturnType<typeof gold>) => g.events.map((e) => [e.name, e.venue]);

  it("a date, then 在VENUE召开NAME with no subject: the event and its venue", () => {
    const g = gold(`${T}5月8日，在青川汽车发动机制造有限公司召开第二届“青川十大工匠”表彰大会。${talk}`);
    expect(events(g)).toEqual([["第二届“青川十大工匠”表彰大会", ["青川汽车发动机制造有限公司"]]]);
    expect(spoke(g, "韩春林")).toEqual(["e1"]);
  });

  it("ORG为…举行NAME: the purpose phrase is no part of the organiser", () => {
    const g = gold(`${T}远江茶业公司为获得“远江工匠年度人物”荣誉称号的人员举行颁授仪式。${talk}`);
    expect(orgs(g)).toEqual([["远江茶业公司", null]]);
  });

  it("A、B共同举办 with a department named with 和: each body one organiser", () => {
    const g = gold(`${T}远江省总工会、工业和信息化厅共同举办“远江工匠”年度人物发布活动。${talk}`);
    expect(orgs(g)).toEqual([
      ["远江省总工会", null],
      ["工业和信息化厅", null],
    ]);
  });

  it("举行了 “T”为主题的“N”专题报告: the theme without 以 is no part of the name", () => {
    const g = gold(
      `${T}日前，远江市总工会在青川机械厂多功能厅举行了 “奋进新时代”为主题的“工匠精神·引领成长”专题报告。${talk}`,
    );
    expect(events(g)).toEqual([["“工匠精神·引领成长”专题报告", ["青川机械厂多功能厅"]]]);
  });

  it("a meeting an organisation holds is named by its head alone; a bare service is no event", () => {
    expect(events(gold(`${T}远江矿业集团专门举行欢迎会，向全国劳动模范韩春林献花祝贺。`))).toEqual([
      ["欢迎会", []],
    ]);
    expect(orgs(gold(`${T}远江矿业集团专门举行欢迎会，向全国劳动模范韩春林献花祝贺。`))).toEqual([
      ["远江矿业集团", null],
    ]);
    expect(events(gold(`${T}远江县开展义诊和送温暖服务，全国劳动模范韩春林参加。`))).toEqual([]);
  });

  it("参加了在VENUE举行的NAME: the site of the lead is the venue, not part of the name", () => {
    const g = gold(`${T}全国劳动模范韩春林5月8日参加了在青川医院举行的“远江好护士”现场交流活动。`);
    expect(events(g)).toEqual([["“远江好护士”现场交流活动", ["青川医院"]]]);
  });

  it("NAME正式开营: a camp's opening holds it", () => {
    const g = gold(`${T}远江区总工会组织的暑期中小学生“匠心模范寻访”主题一日营活动近日正式开营。${talk}`);
    expect(g.events.map((e) => e.name)).toEqual(["暑期中小学生“匠心模范寻访”主题一日营活动"]);
  });

  it("a troupe that 开展活动 in cities: the event is named by the troupe", () => {
    const g = gold(
      `${T}近日，第七届“远江最美铁路人”先进事迹巡回报告团陆续在青川、白杨等城市开展活动。${talk}`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["第七届“远江最美铁路人”先进事迹巡回报告团活动"]);
  });

  it("…，开展“T”主题活动 with no subject names the event; a quoted 行动 is a campaign", () => {
    const g = gold(`${T}五一前夕，全体人员来到青川纺织工业园，开展“听劳模讲初心故事”主题活动。${talk}`);
    expect(events(g)).toEqual([["“听劳模讲初心故事”主题活动", ["青川纺织工业园"]]]);
    expect(gold(`${T}五一前夕，全体职工追寻红色记忆，开展“学劳模、当先锋”主题活动。`).events.length).toBe(1);
    expect(gold(`${T}五一前夕，全体职工追寻红色记忆，开展“学劳模、当先锋”行动。`).events).toEqual([]);
  });

  it("A聯合B in traditional script: two organisers", () => {
    const g = gold(
      "測試標題\n遠江區總工會聯合區教育局精心組織的暑期中小學生「匠心模範尋訪」主題一日營活動近日正式開營，全國勞動模範韓春林講述了故事。",
    );
    expect(orgs(g)).toEqual([
      ["遠江區總工會", null],
      ["區教育局", null],
    ]);
  });
});

describe("more event shapes the readers missed (round 24)", () => {
  const events = (g: ReturnType<typeof gold>) => g.events.map((e) => [e.name, e.venue]);

  it("an occasion 将届 with its name quoted is coming; the event held after it is past", () => {
    const g = gold(
      "測試標題\n一年一度「五一勞動節」將屆，縣府為表達對勞工們的重視與敬意，28日在遠江市樂涼園藝餐廳隆重舉行「遠江縣111年度模範勞工表揚大會」，縣長韓春林特出席致賀。",
    );
    expect(events(g)).toEqual([["「遠江縣111年度模範勞工表揚大會」", ["遠江市樂涼園藝餐廳"]]]);
  });

  it("a clock time and 特於 between the organiser and its venue", () => {
    const g = gold(
      "測試標題\n遠江市公所特於今(29)日上午10時30分在遠江市民活動中心舉辦「遠江勞工讚」模範勞工代表表揚大會。",
    );
    expect(events(g)).toEqual([["「遠江勞工讚」模範勞工代表表揚大會", ["遠江市民活動中心"]]]);
    expect(orgs(g)).toEqual([["遠江市公所", null]]);
  });

  it("通报会 is an event's head", () => {
    const g = gold(`${T}近日，市总工会召开“青川工匠”选树结果通报会，全国劳动模范韩春林发言。`);
    expect(events(g)).toEqual([["“青川工匠”选树结果通报会", []]]);
    expect(spoke(g, "韩春林")).toEqual(["e1"]);
  });

  it("a place that holds an event for someone: the purpose phrase is no part of the place", () => {
    const g = gold(`${T}青川区为受表彰的先进集体和个人举办奖励仪式。全国劳动模范韩春林发言。`);
    expect(events(g)).toEqual([["奖励仪式", []]]);
    expect(orgs(g)).toEqual([]);
  });
});
