/**
 * Page segmentation on hand-written pages (fictional people): banners dropped, headline
 * blocks with subtitles, bylines of several shapes, photo credits belonging to the article
 * above them, end-of-article bylines, padded names, and pages without any article.
 */
import { describe, expect, it } from "vitest";
import type { RawDocument } from "../types.ts";
import { segmentDocument } from "./index.ts";

function doc(text: string, titleHint: string | null = null): RawDocument {
  return {
    file: "page.txt",
    text,
    simplified: text,
    format: "txt",
    encoding: "UTF-8",
    date: null,
    source: null,
    titleHint,
  };
}

const PAGE = [
  "奋进新征程 建功新时代",
  "",
  "远江市劳模宣讲团首场报告会举行",
  "",
  "3位劳模分享奋斗故事",
  "",
  "本报讯（记者 罗  青 通讯员 顾晓岚、蒲一凡）近日，远江市劳模宣讲团首场报告会在远江职工之家举行，全国劳动模范、远江钢铁集团高级技师葛长风讲述了自己的故事。",
  "",
  "本报记者 罗  青 摄",
  "",
  "青松区举办职工篮球赛",
  "",
  "本报讯 记者沙晓棠报道 日前，青松区总工会在区体育中心举办职工篮球赛，来自全区的16支队伍参赛。图为比赛现场。通讯员 柏林 摄",
  "",
  "远江港务集团开展安全月活动",
  "",
  "近日，远江港务集团工会在港区开展安全生产月活动，组织职工学习安全操作规程并进行应急演练。",
  "",
  "（柴明远）",
].join("\n");

describe("segmentDocument", () => {
  const arts = segmentDocument(doc(PAGE));

  it("cuts the page into its articles and drops the banner", () => {
    expect(arts.map((a) => a.title)).toEqual([
      "远江市劳模宣讲团首场报告会举行",
      "青松区举办职工篮球赛",
      "远江港务集团开展安全月活动",
    ]);
    expect(arts[0]!.subtitles).toEqual(["3位劳模分享奋斗故事"]);
    expect(arts[0]!.text.startsWith("远江市劳模宣讲团")).toBe(true);
  });

  it("reads bylines, padded names and photo credits", () => {
    const credits = arts.map((a) => a.credits.map((c) => `${c.role}:${c.name}`));
    expect(credits[0]).toEqual([
      "reporter:罗青",
      "correspondent:顾晓岚",
      "correspondent:蒲一凡",
      "photographer:罗青",
    ]);
    expect(credits[1]).toEqual(["reporter:沙晓棠", "photographer:柏林"]);
    expect(credits[2]).toEqual(["correspondent:柴明远"]);
  });

  it("keeps offsets: credits and body start point into the article text", () => {
    for (const a of arts) {
      for (const c of a.credits) expect(a.text.slice(c.start, c.end).replace(/\s/g, "")).toBe(c.name);
      expect(a.text.length).toBe(a.simplified.length);
    }
    expect(arts[0]!.text.slice(arts[0]!.bodyStart).startsWith("近日")).toBe(true);
  });

  it("returns no article for a page of banners only", () => {
    expect(segmentDocument(doc("奋进新征程 建功新时代\n\n弘扬劳模精神"))).toEqual([]);
  });

  it("uses the title hint for a one-article document without a headline", () => {
    const body = "近日，远江市总工会在远江职工之家举办劳模工匠座谈会，十余名劳模代表参加并交流了工作体会。";
    const got = segmentDocument(doc(body, "远江市总工会举办劳模工匠座谈会"));
    expect(got.map((a) => a.title)).toEqual(["远江市总工会举办劳模工匠座谈会"]);
  });
});

describe("one-paragraph articles and kickers", () => {
  it("keeps a headline with one body paragraph that ends with an end byline", () => {
    const page = [
      "远江市劳模宣讲走进青松街道",
      "近日，远江市总工会劳模宣讲团来到青松街道，全国劳动模范祁文涛为社区居民讲述了扎根一线三十年的故事。（柏雪松）",
      "青松区举办职工篮球赛",
      "近日，青松区总工会在区体育中心举办职工篮球赛，来自全区的16支队伍参赛，比赛持续三天。（记者 钟立言）",
    ].join("\n");
    const got = segmentDocument(doc(page));
    expect(got.map((a) => a.title)).toEqual(["远江市劳模宣讲走进青松街道", "青松区举办职工篮球赛"]);
    expect(got.map((a) => a.credits.map((c) => c.name))).toEqual([["柏雪松"], ["钟立言"]]);
  });

  it("takes the longer main title after a kicker line", () => {
    const page = [
      "弘扬劳模精神",
      "远江市劳模宣讲团走进青松街道社区",
      "近日，远江市总工会劳模宣讲团来到青松街道，全国劳动模范祁文涛为社区居民讲述了扎根一线的故事。",
      "现场居民纷纷点赞。（柏雪松）",
    ].join("\n");
    expect(segmentDocument(doc(page)).map((a) => a.title)).toEqual(["远江市劳模宣讲团走进青松街道社区"]);
  });

  it("starts a bylineless article whose body opens with a date after a finished paragraph", () => {
    const page = [
      "远江市劳模宣讲走进青松街道",
      "本报讯（记者 钟立言）近日，远江市总工会劳模宣讲团来到青松街道，全国劳动模范祁文涛讲述了扎根一线的故事。",
      "现场居民纷纷点赞。",
      "青松区举办职工篮球赛",
      "5月8日，青松区总工会在区体育中心举办职工篮球赛，来自全区的16支队伍参赛，比赛持续三天。",
    ].join("\n");
    expect(segmentDocument(doc(page)).map((a) => a.title)).toEqual([
      "远江市劳模宣讲走进青松街道",
      "青松区举办职工篮球赛",
    ]);
  });
});

describe("credit shapes", () => {
  it("reads 本报讯 记者 X before the body and a closing 通讯员 X line", () => {
    const page = [
      "远江市举办女职工权益保护讲座",
      "本报讯 记者 钟立言 女职工权益保护讲座日前在远江会展中心举办，来自全市的两百名职工参加。",
      "现场气氛热烈。",
      "通讯员 柏雪松",
    ].join("\n");
    const [a] = segmentDocument(doc(page));
    expect(a?.credits.map((c) => [c.name, c.role])).toEqual([
      ["钟立言", "reporter"],
      ["柏雪松", "correspondent"],
    ]);
    expect(a?.text.slice(a.bodyStart).startsWith("女职工权益保护讲座")).toBe(true);
  });
});

describe("web page furniture", () => {
  it("a 发布日期/来源 line between headline and body is neither a headline nor a separator", () => {
    const text = [
      "远江市总工会举办职工读书会",
      "",
      "发布日期:2024-03-08   来源:远江市总工会   浏览次数:",
      "",
      "3月7日上午，远江市总工会在市图书馆举办职工读书会，全国劳动模范葛长风讲述了读书心得。",
    ].join("\n");
    const articles = segmentDocument(doc(text));
    expect(articles.map((a) => a.title)).toEqual(["远江市总工会举办职工读书会"]);
    expect(articles[0]?.text).toContain("葛长风讲述了读书心得");
  });
});

describe("a byline line naming the paper", () => {
  it("reads 某某日报全媒体记者 X on its own line as the reporter", () => {
    const text = [
      "远江市职工技能节开幕",
      "",
      "远江日报全媒体记者 韦立新",
      "",
      "5月8日，远江市职工技能节在市体育中心开幕，全国技术能手葛长风作了示范讲解。",
    ].join("\n");
    const [a] = segmentDocument(doc(text));
    expect(a?.title).toBe("远江市职工技能节开幕");
    expect(a?.credits.map((c) => [c.name, c.role])).toEqual([["韦立新", "reporter"]]);
  });
});
