/**
 * Table-driven checks of genre-wide rules found on real union-newspaper articles, each on
 * hand-written sentences with fictional people and companies: scoped honours, speech verbs,
 * subject lists, organisation names with 和, organiser lists, venues and branded awards.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const T = "测试标题\n";
const EVENT = "近日，青松镇劳模宣讲会在镇文化站举行。";
const gold = (body: string) => toGoldArticle(extractArticle(testArticle(T + body)));
const person = (body: string, name: string) => gold(body).persons.find((p) => p.name === name);

describe("1. a named place before 级 keeps the place and drops 级", () => {
  it.each([
    ["远江市级劳模", "远江市劳动模范"],
    ["省级劳模", "省劳动模范"],
    ["青松区级劳模", "青松区劳动模范"],
    ["白杨县级劳动模范", "白杨县劳动模范"],
  ])("%s → %s", (printed, canonical) => {
    const body = `${EVENT}${printed}祁文涛、柏雪松分别讲述了创业故事。`;
    expect(person(body, "祁文涛")?.honours).toEqual([canonical]);
    expect(person(body, "柏雪松")?.honours).toEqual([canonical]);
  });
});

describe("2. honour spans never swallow the words before them", () => {
  it("takes the scope, not the verb phrase, before 全国劳模", () => {
    const body = `${EVENT}活动特邀了全国劳模、远江电机厂装配班长袁浩然登台讲述。`;
    expect(person(body, "袁浩然")?.honours).toEqual(["全国劳动模范"]);
  });

  it("a bare 劳模 after other words is no honour", () => {
    const body = `${EVENT}节目主持人与劳模贺云舟聊起了家常。`;
    expect(gold(body).persons.map((p) => p.name)).not.toContain("贺云舟");
  });
});

describe("3. appositive chains joined by ， and 和 all become persons", () => {
  it("gives each of three chained honourees honour, employer and talk", () => {
    const body = `${EVENT}全国劳动模范、星河机械公司工程师祁文涛，湖北省劳动模范、蓝湾公交公司驾驶员柏雪松和荆楚工匠、远江重工集团焊工贺云舟三位劳模工匠先后登台，讲述了各自的奋斗故事。`;
    const got = gold(body);
    const byName = new Map(got.persons.map((p) => [p.name, p]));
    expect(byName.get("祁文涛")).toMatchObject({
      honours: ["全国劳动模范"],
      employers: ["星河机械公司"],
      spokeAt: ["e1"],
    });
    expect(byName.get("柏雪松")).toMatchObject({
      honours: ["湖北省劳动模范"],
      employers: ["蓝湾公交公司"],
      spokeAt: ["e1"],
    });
    expect(byName.get("贺云舟")).toMatchObject({
      honours: ["荆楚工匠"],
      employers: ["远江重工集团"],
      spokeAt: ["e1"],
    });
  });
});

describe("4. speech verbs beyond 讲述 and 分享", () => {
  it.each([
    "全国劳模、星河机械公司工程师祁文涛畅谈了岗位成才的体会。",
    "全国劳模、星河机械公司工程师祁文涛为职工开展精彩宣讲。",
    "全国劳模、星河机械公司工程师祁文涛作了事迹分享。",
    "全国劳模、星河机械公司工程师祁文涛受邀作专题分享。",
    "全国劳模、星河机械公司工程师祁文涛与听众分享了成长经历。",
    "全国劳模、星河机械公司工程师祁文涛作了题为《把小事做到极致》的宣讲。",
    "全国劳模、星河机械公司工程师祁文涛第一个登台。",
    "全国劳模、星河机械公司工程师祁文涛亮相并分享了创新故事。",
  ])("%s", (sentence) => {
    expect(person(EVENT + sentence, "祁文涛")?.spokeAt).toEqual(["e1"]);
  });

  it("every name in a subject list before the verb spoke", () => {
    const body = `${EVENT}全国劳模祁文涛，省劳模柏雪松、贺云舟，市级劳模钟立言等，与听众分享了各自的奋斗历程。`;
    const got = gold(body);
    for (const name of ["祁文涛", "柏雪松", "贺云舟", "钟立言"])
      expect(got.persons.find((p) => p.name === name)?.spokeAt).toEqual(["e1"]);
  });
});

describe("5. organisation names keep 和; organisers end with an organisation word", () => {
  it("keeps 和 inside a department name", () => {
    const body = "近日，远江市劳模事迹报告会在远江职工之家举行。活动由远江市总工会职工服务部指导。";
    expect(gold(body).events[0]?.organizers).toEqual([{ org: "远江市总工会职工服务部", role: "指导" }]);
  });

  it("a clause without an organisation word is no organiser", () => {
    const body = "近日，远江市劳模事迹报告会在远江职工之家举行。宣讲团针对工艺瓶颈开展现场指导。";
    expect(gold(body).events[0]?.organizers ?? []).toEqual([]);
  });
});

describe("6. organiser lists and programme events", () => {
  it("reads A和B合力打造了《…》节目", () => {
    const got = gold("近日，远江市总工会和远江广播电视台合力打造了《劳模面对面》访谈节目。");
    expect(got.events[0]?.name).toContain("劳模面对面");
    expect(got.events[0]?.organizers).toEqual([
      { org: "远江市总工会", role: null },
      { org: "远江广播电视台", role: null },
    ]);
  });

  it.each([
    ["远江市总工会、远江市教育局联合举办劳模进校园报告会。", null],
    ["远江市总工会与远江市教育局共同主办劳模进校园报告会。", "主办"],
  ])("%s", (sentence, role) => {
    const got = gold(`近日，${sentence}`);
    expect(got.events[0]?.name).toBe("劳模进校园报告会");
    expect(got.events[0]?.organizers).toEqual([
      { org: "远江市总工会", role },
      { org: "远江市教育局", role },
    ]);
  });
});

describe("8. venues after 来到/走进/在, never employers", () => {
  it("takes a street office after 来到 as the venue", () => {
    const got = gold("近日，远江市劳模宣讲团来到青松街道为社区居民开展宣讲。");
    expect(got.events[0]?.venue).toEqual(["青松街道"]);
  });

  it("the company after 在 is the venue, not the employer of the speaker", () => {
    const body =
      "近日，远江市总工会在星河汽车有限公司举办劳模宣讲活动。全国劳动模范祁文涛讲述了自己的创新故事。";
    const got = gold(body);
    expect(got.events[0]?.venue).toEqual(["星河汽车有限公司"]);
    expect(got.persons.find((p) => p.name === "祁文涛")?.employers).toEqual([]);
  });
});

describe("9. unscoped medals, branded awards and regional titles", () => {
  it.each([
    ["五一劳动奖章获得者祁文涛讲述了坚守岗位的故事。", "祁文涛", "五一劳动奖章"],
    ["“阳光湖城最美劳动者”柏雪松分享了服务群众的经历。", "柏雪松", "阳光湖城最美劳动者"],
    ["浙江省首席技师、星河机械公司钳工贺云舟讲述了技能报国的故事。", "贺云舟", "浙江省首席技师"],
    ["全国优秀乡村医生钟立言讲述了扎根山村的经历。", "钟立言", "全国优秀乡村医生"],
  ])("%s", (sentence, name, honour) => {
    expect(person(EVENT + sentence, name)?.honours).toEqual([honour]);
  });

  it("an enterprise's chief technician is a job, not an honour", () => {
    const p = person(`${EVENT}全国劳模、星河机械公司首席技师祁文涛讲述了创新故事。`, "祁文涛");
    expect(p?.honours).toEqual(["全国劳动模范"]);
    expect(p?.employers).toEqual(["星河机械公司"]);
  });
});

describe("employers and honours around a name", () => {
  it("来自X的 names an organisation even without a suffix", () => {
    const p = person(`${EVENT}来自蔚岚精机的山东省劳动模范祁文涛，先后登台讲述了创新故事。`, "祁文涛");
    expect(p).toMatchObject({ honours: ["山东省劳动模范"], employers: ["蔚岚精机"], spokeAt: ["e1"] });
  });

  it("a unit-and-job clause before the honour and name is the employer", () => {
    const p = person(`${EVENT}星河机械公司检修车间班长，江苏省五一劳动奖章获得者祁文涛作了分享。`, "祁文涛");
    expect(p).toMatchObject({
      honours: ["江苏省五一劳动奖章"],
      employers: ["星河机械公司检修车间"],
      spokeAt: ["e1"],
    });
  });

  it("a stop word never starts a three-character name", () => {
    const got = gold(`${EVENT}来自蔚岚精机的全国五一劳动奖章获得者祁文涛，先后登台讲述了故事。`);
    expect(got.persons.map((p) => p.name)).toEqual(["祁文涛"]);
  });

  it("an honour clause after 是ORG的JOB belongs to the person just named", () => {
    const p = person(`${EVENT}柏雪松是星河机械公司的一名高级技师，2019年荣获“全国五一劳动奖章”。`, "柏雪松");
    expect(p).toMatchObject({ honours: ["全国五一劳动奖章"], employers: ["星河机械公司"] });
  });
});

describe("10. invitations, attributive organiser verbs and non-places", () => {
  it("A邀请…，到PLACE开展NAME: PLACE is the venue and A the organiser", () => {
    const g = gold(
      "5月6日，白杨县总工会邀请省劳模代表，到县实验中学开展“劳模工匠进课堂”活动。省劳动模范、白杨县供电公司班长秦望舒进行宣讲。",
    );
    expect(g.events).toHaveLength(1);
    expect(g.events[0]?.venue).toEqual(["县实验中学"]);
    expect(g.events[0]?.organizers.map((o) => o.org)).toEqual(["白杨县总工会"]);
    expect(g.persons.find((p) => p.name === "秦望舒")?.spokeAt).toEqual([g.events[0]?.key]);
  });

  it("由A主办的以“…”为主题的NAME is one event, not a second one named 的以…", () => {
    const g = gold("6月2日，由远江市总工会主办的以“岗位建新功”为主题的劳模故事会在市文化馆举行。");
    expect(g.events.map((e) => e.name)).toEqual(["“岗位建新功”劳模故事会"]);
    expect(g.events[0]?.organizers).toEqual([{ org: "远江市总工会", role: "主办" }]);
  });

  it("a song or book title after 在 is no venue", () => {
    const g = gold("近日，远江市职工读书会在市图书馆举行。读书会在歌曲《奋斗的人》中拉开帷幕。");
    expect(g.events.flatMap((e) => e.venue)).toEqual(["市图书馆"]);
  });
});

describe("11. a province and city alone are no venue", () => {
  it("在湖东省远江市举行 names no venue, 在远江市体育中心举行 does", () => {
    expect(gold("9月2日，首届职工技能论坛在湖东省远江市举行。").events[0]?.venue).toEqual([]);
    expect(gold("9月2日，首届职工技能论坛在远江市体育中心举行。").events[0]?.venue).toEqual([
      "远江市体育中心",
    ]);
  });
});

describe("12. HONOUR代表NAME", () => {
  it("大国工匠代表X and 全国劳模代表Y hold the honour before 代表", () => {
    const g = gold(
      "9月2日，远江市职工技能论坛在市职工之家举行。大国工匠代表韦立新作了发言，全国劳模代表葛长风讲述了创新故事。",
    );
    expect(g.persons.find((p) => p.name === "韦立新")?.honours).toEqual(["大国工匠"]);
    expect(g.persons.find((p) => p.name === "葛长风")?.honours).toEqual(["全国劳动模范"]);
  });
});

describe("13. a quoted utterance opening the sentence", () => {
  it("“……。”HONOUR、UNIT-JOB NAME在发言中说 still reads the chain after the quote", () => {
    const g = gold(
      "近日，远江市技能大会在市体育中心开幕。“技艺要传承。”全国劳动模范、远江纸业公司研究所副所长韦立新在发言中说。",
    );
    expect(g.persons).toEqual([
      expect.objectContaining({
        name: "韦立新",
        honours: ["全国劳动模范"],
        employers: ["远江纸业公司研究所"],
      }),
    ]);
  });
});

describe("14. a bare studio or meeting room is no venue", () => {
  it("在直播间举行 / 在会场举行 name no venue", () => {
    expect(gold("近日，远江市劳模访谈在直播间举行。").events.flatMap((e) => e.venue)).toEqual([]);
    expect(gold("近日，远江市劳模座谈会在主会场举行。").events.flatMap((e) => e.venue)).toEqual([]);
    expect(gold("近日，远江市劳模座谈会在远江宾馆会议室举行。").events.flatMap((e) => e.venue)).toEqual([
      "远江宾馆会议室",
    ]);
  });
});

describe("15. common surnames that are also words elsewhere", () => {
  it.each(["洪", "傅", "荀", "靖"])("%s starts a name after a job title", (surname) => {
    const name = `${surname}立群`;
    const body = `${EVENT}全国劳动模范、远江木业科技发展有限公司工程师${name}讲述了创业故事。`;
    expect(person(body, name)).toMatchObject({
      honours: ["全国劳动模范"],
      employers: ["远江木业科技发展有限公司"],
      spokeAt: ["e1"],
    });
  });
});

describe("16. an event as the whole subject of its clause, without 在", () => {
  it("NAME首场开讲 / NAME隆重开幕 name the event; the session word is dropped", () => {
    const g = gold(
      "5月8日，远江市职工宣讲团事迹报告会首场开讲。五一劳动奖章获得者祁文涛来到青松街道为职工开展宣讲。",
    );
    expect(g.events.map((e) => [e.name, e.venue])).toEqual([["远江市职工宣讲团事迹报告会", ["青松街道"]]]);
    expect(g.persons.find((p) => p.name === "祁文涛")?.spokeAt).toEqual(["e1"]);
    expect(gold("近日，远江市第三届职工技能大赛隆重开幕。").events.map((e) => e.name)).toEqual([
      "远江市第三届职工技能大赛",
    ]);
  });

  it("a clause that refers back (活动正式启动) or lies in the future names no new event", () => {
    expect(gold("近日，远江市职工书屋正式启动。此次活动正式启动。").events).toEqual([]);
    expect(gold("远江市劳模论坛将于下月隆重开幕。").events).toEqual([]);
  });
});
