/**
 * Web article layouts (fictional pages): one web page is one article whatever short lines sit
 * in it (captions, subtitles, metadata, card headers, headings in the text), and the credits
 * printed in its metadata and bylines are read; newspaper pages with several bylines still split.
 */
import { describe, expect, it } from "vitest";
import type { SegmentedArticle } from "../types.ts";
import { segmentDocument } from "./index.ts";
import { creditsOf, pageDoc } from "./test-page.ts";

const doc = pageDoc;

const credits = creditsOf;
const body = (a: SegmentedArticle | undefined) => a?.text.slice(a.bodyStart, a.bodyStart + 8);

const PARA_1 =
  "5月8日上午，远江市总工会在远江职工之家举办劳模工匠进校园活动，全国劳动模范葛长风为三百余名师生讲述了自己的成长故事。";
const PARA_2 =
  "活动现场，远江技师学院的学生们围着几位劳模工匠请教问题，大家纷纷表示要以劳模为榜样，学好技能，将来在岗位上建功立业。";

describe("one web page is one article", () => {
  it("a date-and-time line, a card header, a byline line naming the outlet and a heading inside the text", () => {
    const [a, ...rest] = segmentDocument(
      doc([
        "远江钢铁高级技师葛长风：三十年炉火淬炼匠心",
        "远江新闻 2024-05-08 09:12",
        "人物名片",
        "葛长风",
        "远江钢铁集团炼钢厂高级技师，全国劳动模范，从业三十年，带出徒弟四十余人，多项技术革新获得国家专利。",
        "远江新闻记者 祁文涛 柏雪松",
        PARA_1,
        "炉火旁的坚守",
        PARA_2,
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("远江钢铁高级技师葛长风：三十年炉火淬炼匠心");
    expect(credits(a)).toEqual(["reporter:祁文涛", "reporter:柏雪松"]);
    expect(a?.text).toContain("建功立业");
  });

  it("a card and a name line between headline and text, no metadata: still one article", () => {
    const [a, ...rest] = segmentDocument(
      doc([
        "远江钢铁高级技师葛长风：三十年炉火淬炼匠心",
        "人物简介",
        "葛长风",
        "远江钢铁集团炼钢厂高级技师，全国劳动模范，从业三十年，带出徒弟四十余人，多项技术革新获得国家专利。",
        "远江融媒记者 祁文涛",
        PARA_1,
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("远江钢铁高级技师葛长风：三十年炉火淬炼匠心");
    expect(credits(a)).toEqual(["reporter:祁文涛"]);
  });

  it("captions marked ▲ or 图片来源 under the headline are skipped", () => {
    const [a, ...rest] = segmentDocument(
      doc([
        "远江市劳模工匠进校园活动举行",
        "▲劳模工匠与师生代表交流",
        "（图片来源：远江市总工会）",
        PARA_1,
        PARA_2,
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("远江市劳模工匠进校园活动举行");
    expect(a?.subtitles).toEqual([]);
    expect(body(a)).toBe("5月8日上午，远");
  });

  it("a photo caption under the headline is neither the title nor a subtitle", () => {
    const [a, ...rest] = segmentDocument(
      doc(["远江市劳模工匠进校园活动举行", "劳模工匠与师生代表在远江技师学院合影", PARA_1, PARA_2]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("远江市劳模工匠进校园活动举行");
    expect(a?.subtitles).toEqual([]);
    expect(body(a)).toBe("5月8日上午，远");
  });

  it("with a 本报讯 byline the headline block reads like a newspaper's: the longest line is the title", () => {
    const [a] = segmentDocument(
      doc([
        "学习榜样精神争做时代先锋",
        "远江市总工会举办劳模工匠事迹报告会暨职工技能展示活动",
        "2024-05-08 09:12 来源：远江工人报",
        `本报讯（记者 钟立言）${PARA_1}`,
      ]),
    );
    expect(a?.title).toBe("远江市总工会举办劳模工匠事迹报告会暨职工技能展示活动");
    expect(credits(a)).toEqual(["reporter:钟立言"]);
  });

  it("the first line stays the title over a longer subtitle under it", () => {
    const [a, ...rest] = segmentDocument(
      doc(["我市三人当选“远江工匠”", "全省“中国梦·劳动美”工匠选树活动结果揭晓", PARA_1, PARA_2]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("我市三人当选“远江工匠”");
    expect(a?.subtitles).toEqual(["全省“中国梦·劳动美”工匠选树活动结果揭晓"]);
  });

  it("a 原标题 line under the headline is metadata; as the only headline it loses its prefix", () => {
    const under = segmentDocument(
      doc([
        "远江市总工会劳模宣讲团走进青松镇",
        "原标题；远江市总工会劳模宣讲团赴青松镇开展宣讲",
        PARA_1,
        PARA_2,
      ]),
    );
    expect(under.map((a) => a.title)).toEqual(["远江市总工会劳模宣讲团走进青松镇"]);
    const only = segmentDocument(doc(["原标题：远江市总工会劳模宣讲团赴青松镇开展宣讲", PARA_1, PARA_2]));
    expect(only.map((a) => a.title)).toEqual(["远江市总工会劳模宣讲团赴青松镇开展宣讲"]);
  });

  it("作者 in the metadata line is the reporter; a sentence-like line under it is no title", () => {
    const [a, ...rest] = segmentDocument(
      doc([
        "劳模工匠走进远江校园",
        "2024-04-26 07:49:49来源：远江日报  作者：祁文涛 柏雪松",
        "他们，是校园里最亮的那束光",
        PARA_1,
        "劳模为新入团的学生佩戴团徽。记者 柏雪松 摄",
        PARA_2,
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("劳模工匠走进远江校园");
    expect(credits(a)).toEqual(["reporter:祁文涛", "reporter:柏雪松", "photographer:柏雪松"]);
  });

  it("a reporter glued to the next field of the metadata line; editors are no reporters", () => {
    const [a] = segmentDocument(
      doc([
        "远江港务集团技师获全国技术能手称号",
        "来源：远江交通网 特约记者 韦立新发布时间：2015-01-08 13:32:00",
        PARA_1,
        "编辑：蒲一凡",
      ]),
    );
    expect(a?.title).toBe("远江港务集团技师获全国技术能手称号");
    expect(credits(a)).toEqual(["reporter:韦立新"]);
  });

  it("an 编辑/发布时间 line, then a dated 网讯 byline", () => {
    const [a, ...rest] = segmentDocument(
      doc([
        "远江市首席技师名单公布 青松镇两人入选",
        "编辑：远江网 发布时间：2017年12月26日",
        "远江网12月25日讯 （记者 钟立言）远江市人民政府日前公布首席技师名单，经逐级推荐、选拔，五十名优秀技能人才入选。",
        PARA_2,
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("远江市首席技师名单公布 青松镇两人入选");
    expect(credits(a)).toEqual(["reporter:钟立言"]);
    expect(body(a)).toBe("远江市人民政府日");
  });

  it("credits printed twice, in the metadata line and in the 本报讯 byline, are read once", () => {
    const [a] = segmentDocument(
      doc([
        "远江市劳模工匠宣讲团来到青松中学",
        "远江工报 2025年05月30日 全媒体记者韦立新 通讯员顾晓岚",
        `本报讯 （全媒体记者韦立新 通讯员顾晓岚）${PARA_1}`,
        PARA_2,
      ]),
    );
    expect(credits(a)).toEqual(["reporter:韦立新", "correspondent:顾晓岚"]);
    expect(body(a)).toBe("5月8日上午，远");
  });

  it("a traditional-character page goes through the same rules", () => {
    const [a, ...rest] = segmentDocument(
      doc([
        "遠江區“勞模工匠進校園”活動正式啟動",
        "發布時間:2022年09月28日 08:50 信息來源:遠江市總工會 作者:祁文濤",
        "9月27日，遠江區總工會聯合區教育分局走進青松小學，全國勞動模範葛長風為師生講述了自己的成長故事。",
        "活動現場，同學們圍著葛長風請教問題，大家紛紛表示要以勞模為榜樣，學好本領，將來建功立業。",
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("遠江區“勞模工匠進校園”活動正式啟動");
    expect(credits(a)).toEqual(["reporter:祁文濤"]);
  });
});

describe("web page furniture and headings", () => {
  it("a heading inside a page without any byline does not open a second article", () => {
    const arts = segmentDocument(
      doc(["远江市劳模工匠进校园活动举行", PARA_1, "一堂生动的劳动课", `5月9日，${PARA_2}`]),
    );
    expect(arts.map((a) => a.title)).toEqual(["远江市劳模工匠进校园活动举行"]);
    expect(arts[0]?.text).toContain("一堂生动的劳动课");
  });

  it("a breadcrumb above the headline, 作者/来源 and 字号 lines under it", () => {
    const [a, ...rest] = segmentDocument(
      doc([
        "首页 > 工会动态 > 基层传真",
        "青松镇总工会举办劳模事迹报告会",
        "作者：祁文涛 来源：远江市总工会",
        "【字号：大 中 小】",
        PARA_1,
        PARA_2,
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("青松镇总工会举办劳模事迹报告会");
    expect(credits(a)).toEqual(["reporter:祁文涛"]);
    expect(body(a)).toBe("5月8日上午，远");
  });

  it("a site's bulleted menu and a 当前位置 breadcrumb above the headline are no headline", () => {
    const [a, ...rest] = segmentDocument(
      doc([
        "• 远江要闻",
        "  • 青松风景区",
        "当前位置: 远江新闻",
        "",
        "青松镇总工会组织开展劳模工匠参观学习活动",
        "",
        "来源: 远江晚报  作者:祁文涛",
        PARA_1,
        PARA_2,
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("青松镇总工会组织开展劳模工匠参观学习活动");
  });

  it("an 作者 line of its own under the headline names the reporters", () => {
    const [a, ...rest] = segmentDocument(
      doc(["青松镇总工会举办劳模事迹报告会", "作者：祁文涛 柏雪松", PARA_1, PARA_2]),
    );
    expect(rest).toEqual([]);
    expect(credits(a)).toEqual(["reporter:祁文涛", "reporter:柏雪松"]);
    expect(body(a)).toBe("5月8日上午，远");
  });
});

describe("bylines of regional papers", () => {
  it("某某日报讯（全媒体记者/X） and a ■通讯员 line of two names", () => {
    const [a] = segmentDocument(
      doc([
        "远江市劳模工匠共迎新春",
        "■通讯员 顾晓岚 蒲一凡",
        `远江日报讯（全媒体记者/韦立新）${PARA_1}`,
        PARA_2,
      ]),
    );
    expect(credits(a)).toEqual(["correspondent:顾晓岚", "correspondent:蒲一凡", "reporter:韦立新"]);
  });

  it("a place's 讯 with bracketed correspondents", () => {
    const [a] = segmentDocument(
      doc(["远江市总工会召开劳模工匠座谈会", `青松讯（通讯员 顾晓岚 蒲一凡）${PARA_1}`, PARA_2]),
    );
    expect(credits(a)).toEqual(["correspondent:顾晓岚", "correspondent:蒲一凡"]);
    expect(body(a)).toBe("5月8日上午，远");
  });

  it("a bracketed name closing the last paragraph is the author; a closing 编辑 line is not", () => {
    const [a] = segmentDocument(
      doc(["远江市总工会开展劳模宣讲活动", PARA_1, `${PARA_2}（柏雪松）`, "编辑：蒲一凡"]),
    );
    expect(credits(a)).toEqual(["correspondent:柏雪松"]);
  });
});

describe("more byline and credit shapes of web pages", () => {
  it("通讯员：X 记者：Y on one line, a bracketed photo credit, a bracketed 责任编辑", () => {
    const [a] = segmentDocument(
      doc([
        "远江市劳模工匠进校园活动举行",
        "通讯员：顾晓岚 记者：韦立新",
        PARA_1,
        "图为劳模工匠与学生交流。（记者 韦立新 摄）",
        PARA_2,
        "（责任编辑：蒲一凡）",
      ]),
    );
    expect(credits(a)).toEqual(["correspondent:顾晓岚", "reporter:韦立新", "photographer:韦立新"]);
  });

  it("a media centre's reporter line and a bracketed 作者/来源 metadata line", () => {
    const [a, ...rest] = segmentDocument(
      doc([
        "青松镇总工会举办劳模事迹报告会",
        "[ 作者：祁文涛 | 来源：远江市总工会 ]",
        "青松县融媒体中心记者 柏雪松",
        PARA_1,
      ]),
    );
    expect(rest).toEqual([]);
    expect(credits(a)).toEqual(["reporter:祁文涛", "reporter:柏雪松"]);
  });
});

describe("newspaper pages still split", () => {
  it("a dated page header above two 本报讯 articles", () => {
    const arts = segmentDocument(
      doc([
        "远江工人报 2025年05月20日",
        "远江市劳模宣讲团走进青松镇",
        `本报讯（记者 钟立言）${PARA_1}`,
        "青松区举办职工篮球赛",
        "本报讯（记者 韦立新）近日，青松区总工会在区体育中心举办职工篮球赛，来自全区的16支队伍参赛。",
      ]),
    );
    expect(arts.map((a) => a.title)).toEqual(["远江市劳模宣讲团走进青松镇", "青松区举办职工篮球赛"]);
    expect(arts.map(credits)).toEqual([["reporter:钟立言"], ["reporter:韦立新"]]);
  });
});

describe("page furniture above the headline", () => {
  it("a site's telephone line and a notice to old browsers are no headline", () => {
    const [a] = segmentDocument(
      doc([
        "请更新您的浏览器",
        "您使用的浏览器版本较旧，已不再受支援。",
        "15300000000",
        "远江钢铁高级技师葛长风获全国五一劳动奖章",
        "时间：2024-05-03    点击：75",
        PARA_1,
        PARA_2,
      ]),
    );
    expect(a?.title).toBe("远江钢铁高级技师葛长风获全国五一劳动奖章");
  });
});
