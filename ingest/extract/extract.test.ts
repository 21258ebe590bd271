/**
 * Table-driven checks of the genre patterns on hand-written sentences with fictional people:
 * lists, shared scopes, appositive chains, honours after the name, employers, events,
 * organisers, venues, speeches, talk titles and nicknames.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const T = "测试标题\n";
const gold = (body: string) => toGoldArticle(extractArticle(testArticle(T + body)));
const person = (body: string, name: string) => gold(body).persons.find((p) => p.name === name);

describe("persons, honours and employers", () => {
  it.each([
    [
      "list with employers before names and a count suffix",
      "近日，青松镇职工宣讲会在镇文化站举行。来自星河机械厂的葛云飞、蓝湾水务的柏思远2位全国劳模分别讲述了奋斗故事。",
      [
        ["葛云飞", ["全国劳动模范"], ["星河机械厂"]],
        ["柏思远", ["全国劳动模范"], ["蓝湾水务"]],
      ],
    ],
    [
      "scope shared by the names after it",
      "近日，青松镇职工宣讲会在镇文化站举行。全国劳模欧阳青，省劳模屠明轩、凤佳宁，市级劳模栾晓东依次登台讲述。",
      [
        ["欧阳青", ["全国劳动模范"], []],
        ["屠明轩", ["省劳动模范"], []],
        ["凤佳宁", ["省劳动模范"], []],
        ["栾晓东", ["市级劳动模范"], []],
      ],
    ],
    [
      "appositive chain: honours, then unit and job title, then the name",
      "近日，青松镇职工宣讲会在镇文化站举行。全国劳动模范、“时代楷模”、远江市供电公司营业厅值班长郝立春作了题为《灯火可亲》的宣讲。",
      [["郝立春", ["全国劳动模范", "时代楷模"], ["远江市供电公司营业厅"]]],
    ],
    [
      "employer with 的 and several honours before the name",
      "近日，青松镇职工宣讲会在镇文化站举行。白鹭港务集团的全国劳模、大国工匠柯望舒，以《码头上的毫米》为题，讲述了自己的故事。",
      [["柯望舒", ["全国劳动模范", "大国工匠"], ["白鹭港务集团"]]],
    ],
    [
      "honours after the name",
      "柴远航，东岭矿业公司高级技师，先后荣获全国五一劳动奖章、全国技术能手称号。",
      [["柴远航", ["全国五一劳动奖章", "全国技术能手"], ["东岭矿业公司"]]],
    ],
  ])("%s", (_label, body, expected) => {
    const got = gold(body);
    for (const [name, honours, employers] of expected as [string, string[], string[]][]) {
      const p = got.persons.find((x) => x.name === name);
      expect(p, name).toBeDefined();
      expect(p!.honours).toEqual(honours);
      if (employers.length > 0) expect(p!.employers).toEqual(employers);
    }
  });

  it("does not take a mentioned worker for an honouree", () => {
    const got = gold("近日，青松镇职工宣讲会在镇文化站举行。职工房晓雨表示，收获很大。");
    expect(got.persons.map((p) => p.name)).not.toContain("房晓雨");
  });

  it("reads nicknames and talk titles", () => {
    const body =
      "近日，青松镇职工宣讲会在镇文化站举行。全国劳动模范、雪原热力公司维修班长宁向北以《暖气片里的春天》为题作报告，他被居民亲切称为“暖气医生”。";
    const p = person(body, "宁向北");
    expect(p?.talkTitle).toBe("暖气片里的春天");
    expect(p?.aliases).toEqual(["暖气医生"]);
    expect(p?.spokeAt).toEqual(["e1"]);
  });

  it("a future talk is not a talk given", () => {
    const body =
      "近日，青松镇职工宣讲会在镇文化站举行。宣讲团成员、全国劳动模范殷长河将于下月赴林场为职工宣讲。";
    expect(person(body, "殷长河")?.spokeAt ?? []).toEqual([]);
  });
});

describe("events, venues and organisers", () => {
  it("names the event, its theme venue and organisers with roles", () => {
    const body =
      "近日，以“匠心向未来”为主题的远江市职工技能宣讲活动在远江职工之家举行。此次活动由远江市总工会主办，远江市机械工会、远江技师学院工会承办。";
    const [e] = gold(body).events;
    expect(e?.name).toBe("远江市职工技能宣讲活动");
    expect(e?.venue).toEqual(["远江职工之家"]);
    expect(e?.organizers).toEqual([
      { org: "远江市总工会", role: "主办" },
      { org: "远江市机械工会", role: "承办" },
      { org: "远江技师学院工会", role: "承办" },
    ]);
  });

  it("reads ORG在VENUE举办NAME and does not take the venue company for an organiser", () => {
    const [e] = gold("近日，青松区总工会在蓝湾汽车零部件有限公司举办劳模工匠进企业宣讲活动。").events;
    expect(e?.name).toBe("劳模工匠进企业宣讲活动");
    expect(e?.venue).toEqual(["蓝湾汽车零部件有限公司"]);
    expect(e?.organizers).toEqual([{ org: "青松区总工会", role: null }]);
  });

  it("adds touring stops as venues but not future ones", () => {
    const body =
      "近日，远江市劳模宣讲活动走进远江钢铁集团、远江港务公司和远江第一中学。下一步，宣讲团将走进远江农场。";
    expect(gold(body).events[0]?.venue).toEqual(["远江钢铁集团", "远江港务公司", "远江第一中学"]);
  });

  it("half-width punctuation reads like full-width", () => {
    const body =
      '近日,以"匠心向未来"为主题的远江市职工技能宣讲活动在远江职工之家举行。全国劳模、远江电机厂装配班长袁浩然(左一)讲述了创新故事。';
    const got = gold(body);
    expect(got.events[0]?.venue).toEqual(["远江职工之家"]);
    expect(got.persons.find((p) => p.name === "袁浩然")?.honours).toEqual(["全国劳动模范"]);
  });
});
