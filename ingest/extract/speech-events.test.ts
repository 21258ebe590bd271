/**
 * Shapes of issue 12 on hand-written sentences (fictional people and units): speech acts beyond
 * 讲述/分享, speaker lists, the article-level event, venue vs employer, touring groups, event
 * names and organiser roles. The rule tables (rules/speech.ts, rules/event.ts) test one example
 * per rule; these tests pin the attachments: who spoke where, which venue, which organiser.
 */
import { describe, expect, it } from "vitest";
// How talks and lists are read, speakers without an honour included (persons in the graph are the honourees).
import { extractKeepingOfficials as extractArticle } from "./index.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const gold = (text: string) => toGoldArticle(extractArticle(testArticle(text)));
const spoke = (g: ReturnType<typeof gold>, name: string) =>
  g.persons.find((p) => p.name === name)?.spokeAt ?? [];
const H = "远江劳模风采录\n";
const EV = "5月8日，远江市劳模事迹报告会在青川县文化馆举行。";

describe("speech acts", () => {
  it.each([
    ["作了…报告", "全国劳动模范郎春舟作了题为《焊花里的青春》的事迹报告。"],
    ["分别作了事迹报告宣讲", "全国劳动模范郎春舟、省劳动模范蔺秋禾分别作了事迹报告宣讲。"],
    ["围绕《…》为主题", "全国劳动模范郎春舟围绕《守好一方电网》为主题，与职工交流。"],
    ["进行宣讲", "全国劳动模范郎春舟来到车间为一线职工进行宣讲。"],
    ["授课", "全国劳动模范郎春舟为青年技工授课。"],
    ["带来…的故事", "全国劳动模范郎春舟为大家带来了扎根山区三十年的故事。"],
    ["做了报告", "全国劳动模范郎春舟首先做了报告。"],
  ])("%s makes the honouree a speaker", (_shape, sentence) => {
    expect(spoke(gold(`${H}${EV}${sentence}`), "郎春舟")).toEqual(["e1"]);
  });

  it("a speaker list shares one verb, names without an honour included", () => {
    const g = gold(
      `${H}${EV}青川机械厂高级技师郎春舟、远江医院护士长蔺秋禾、远江港务公司码头班长覃立川等3位先进人物，讲述了各自的奋斗故事。`,
    );
    for (const n of ["郎春舟", "蔺秋禾", "覃立川"]) expect(spoke(g, n), n).toEqual(["e1"]);
  });

  it("a pronoun subject after the lead (宣讲中，他们…) resolves to the people named before", () => {
    const g = gold(`${H}${EV}全国劳动模范郎春舟、省劳动模范蔺秋禾应邀出席。宣讲中，他们讲述了劳动故事。`);
    expect(spoke(g, "郎春舟")).toEqual(["e1"]);
    expect(spoke(g, "蔺秋禾")).toEqual(["e1"]);
  });

  it("a listener (听完宣讲) and an official's 讲话 are no speakers", () => {
    const g = gold(
      `${H}${EV}远江市总工会主席邰国梁出席并讲话。远江建设集团设计师阚书遥听完宣讲后深受触动，全国劳动模范郎春舟讲述了创业经历。`,
    );
    expect(spoke(g, "邰国梁")).toEqual([]);
    expect(spoke(g, "阚书遥")).toEqual([]);
    expect(spoke(g, "郎春舟")).toEqual(["e1"]);
  });

  it("a new counted subject after a comma takes the verb away from the judges named before", () => {
    const g = gold(
      `${H}${EV}特别邀请了全国劳动模范郎春舟、全国技术能手蔺秋禾等2名行业专家作为评委，7位参赛工匠各显身手，他们讲述了各自的创新故事。`,
    );
    expect(spoke(g, "郎春舟")).toEqual([]);
  });
});

describe("the article-level event", () => {
  it("an event named only in the headline takes the speeches of the body (活动现场，…)", () => {
    const g = gold("远江市举行劳模工匠座谈会\n活动现场，全国劳动模范郎春舟分享了技术革新的心得。");
    expect(g.events.map((e) => e.name)).toEqual(["劳模工匠座谈会"]);
    expect(spoke(g, "郎春舟")).toEqual(["e1"]);
  });

  it("在ORG召开的NAME上: the event and its organiser", () => {
    const g = gold(`${H}在远江市总工会召开的2025年劳模表彰大会上，全国劳动模范郎春舟代表受表彰者发言。`);
    expect(g.events.map((e) => [e.name, e.organizers.map((o) => o.org)])).toEqual([
      ["2025年劳模表彰大会", ["远江市总工会"]],
    ]);
    expect(spoke(g, "郎春舟")).toEqual(["e1"]);
  });

  it("a campaign launched at the article's 启动仪式 is no second event", () => {
    const g = gold(
      `${H}6月19日，远江市总工会在青川职业学院举行了“劳模进校园”启动仪式。远江市总工会主席邰国梁宣布，远江市2025年“劳模进校园”活动正式启动。`,
    );
    expect(g.events.length).toBe(1);
  });
});

describe("venues", () => {
  it("在 + site + 讲述: each speaker's own venue; 来自 + unit is an employer", () => {
    const g = gold(
      `${H}5月8日，远江市劳模巡回宣讲活动启动。全国劳动模范郎春舟在青川机械厂为职工讲述了技术攻关的故事；来自远江水厂的省劳动模范蔺秋禾在远江购物中心分享了服务心得。`,
    );
    expect(g.events[0]?.venue).toEqual(["青川机械厂", "远江购物中心"]);
    expect(g.persons.find((p) => p.name === "蔺秋禾")?.employers).toContain("远江水厂");
  });

  it("a list of stops keeps the sites and drops the cities and districts", () => {
    const g = gold(
      `${H}远江市劳模事迹报告会于5月19日至21日分别在青川机械股份有限公司、白杨县、远江港务公司和远江监狱举行。`,
    );
    expect(g.events[0]?.venue).toEqual(["青川机械股份有限公司", "远江港务公司", "远江监狱"]);
  });

  it("a district alone (走进龙岗区) is no venue", () => {
    const g = gold(`${H}5月8日，远江市劳模宣讲会走进龙岗区。`);
    expect(g.events[0]?.venue).toEqual([]);
  });
});

describe("event names and organisers", () => {
  it("an event name never starts with 、…承办的", () => {
    const g = gold(`${H}由远江市总工会主办、青川县总工会承办的2025年远江市劳模分享会近日举行。`);
    expect(g.events.map((e) => e.name)).toEqual(["2025年远江市劳模分享会"]);
    expect(g.events[0]?.organizers).toEqual([
      { org: "远江市总工会", role: "主办" },
      { org: "青川县总工会", role: "承办" },
    ]);
  });

  it("这场X由A主办、B承办，在C举行", () => {
    const g = gold(`${H}这场劳模事迹报告会由远江市总工会主办、青川县总工会承办，在青川县文化馆举行。`);
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([["劳模事迹报告会", ["青川县文化馆"]]]);
    expect(g.events[0]?.organizers.map((o) => o.role)).toEqual(["主办", "承办"]);
  });

  it("a quoted name with 在 and a comma inside is one event", () => {
    const g = gold(`${H}近日，“匠心在线，技能报国”劳模分享会在青川县文化馆举行。`);
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([
      ["“匠心在线，技能报国”劳模分享会", ["青川县文化馆"]],
    ]);
  });

  it("other event nouns: 篮球赛, 技能比武, 展示会", () => {
    for (const name of ["远江市首届职工篮球赛", "青川县职工技能比武", "远江市劳模创新成果展示会"]) {
      const g = gold(`${H}4月2日，${name}在远江市体育中心举行。`);
      expect(g.events.map((e) => e.name)).toEqual([name]);
    }
  });

  it("a troupe organised by A and B is no event; the single talk is", () => {
    const g = gold(
      `${H}远江市总工会、远江市关工委，联合组织劳模报告团赴各区县进职校进行巡回报告。5月8日下午，东线首场劳模事迹报告会在青川职业学校报告厅举行。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["东线首场劳模事迹报告会"]);
  });
});

describe("speaker lists and lecturers (round 24)", () => {
  it("a list of described speakers sharing 分别讲述: 将 in a description is no future", () => {
    const g = gold(
      `${H}${EV}讲堂上，投身于数字化矿山研究的全国劳动模范、远江开磷有限责任公司副总经理韩春林，第一个将动车组开进青川的全国五一劳动奖章获得者、远江机务段火车司机柏雪松，带领村民致富的远江煤电集团劳动模范车晓燕，分别讲述了他们的奋斗故事。`,
    );
    expect(["韩春林", "柏雪松", "车晓燕"].map((n) => spoke(g, n))).toEqual([["e1"], ["e1"], ["e1"]]);
  });

  it("a talk still to come in the person's own clause is no talk", () => {
    const g = gold(`${H}${EV}全国劳动模范韩春林将在下周宣讲，全国劳动模范柏雪松讲述了奋斗故事。`);
    expect([spoke(g, "韩春林"), spoke(g, "柏雪松")]).toEqual([[], ["e1"]]);
  });

  it("以A、B为“讲师”的NAME: the lecturers speak at the event named after them", () => {
    const g = gold(
      `${H}以全国劳动模范韩春林、柏雪松为“讲师”的“劳模大讲堂”今天走进远江省委党校，来自各市的劳模代表、工会干部等近200人聆听了劳模们精彩的报告。`,
    );
    expect(g.events.map((e) => e.name)).toEqual(["“劳模大讲堂”"]);
    expect([spoke(g, "韩春林"), spoke(g, "柏雪松")]).toEqual([["e1"], ["e1"]]);
  });
});
