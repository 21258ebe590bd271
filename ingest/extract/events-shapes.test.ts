/**
 * Event names, venues and organisers of shapes seen across union-newspaper articles (issue 12,
 * events and speeches), each checked on hand-written sentences with fictional people and places.
 */
import { describe, expect, it } from "vitest";
import { toSimplified } from "../read/to-simplified.ts";
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
