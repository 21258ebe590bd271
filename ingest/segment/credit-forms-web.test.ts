/**
 * More credit forms of web copies (fictional pages; one shape each): datelines of any outlet
 * with 讯, 电 or 消息 and a bracket of credits; bylines run into the body without brackets
 * ("某网记者X4月29日报道："); outlet + names + 报道; "记者X/某地报导" and the place after the names;
 * a bracket of bare names opening the body; staff fields in an end bracket; transliterated names
 * with a middle dot; photo credits with other slashes and photo leads; app furniture above a
 * byline; departments and outlets that are no persons.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../read/index.ts";
import { segmentDocument } from "./index.ts";
import { creditsOf, pageDoc } from "./test-page.ts";

const T = "远江市劳模工匠故事会在青松镇举行";
const P =
  "远江市总工会当天还组织劳模代表走进青松镇工业园区，与一线职工面对面交流技术革新经验，现场气氛热烈。";

/** Reads `text` from a .txt file through the reader, as ingest does (break repair included). */
async function readDocumentFromText(text: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "credit-forms-")), "page.txt");
  writeFileSync(file, text);
  return readDocument(file);
}

const credits = (lines: string[]) => segmentDocument(pageDoc(lines)).map(creditsOf);

describe("a dateline of any outlet with a bracket of credits", () => {
  it.each([
    ["本报6日讯", `本报6日讯(远江日报全媒体记者祁文涛 贺云舟)${P}`, ["reporter:祁文涛", "reporter:贺云舟"]],
    ["电 + bare name", `远江网青松1月3日电(祁文涛)1月3日，${P}`, ["reporter:祁文涛"]],
    [
      "本台讯",
      `本台讯(远江广电全媒体记者 祁文涛 通讯员 贺云舟)6月16日下午，${P}`,
      ["reporter:祁文涛", "correspondent:贺云舟"],
    ],
    [
      "outlet·outlet",
      `远江日报·新远江客户端10月29日讯(通讯员 祁文涛)10月25日，${P}`,
      ["correspondent:祁文涛"],
    ],
    ["outlet—outlet", `远工网—远江工人报讯(记者 祁文涛)3月30日下午，${P}`, ["reporter:祁文涛"]],
    [
      "outlet + bare names",
      `远江网(祁文涛  贺云舟)   11月25日，${P}`,
      ["reporter:祁文涛", "reporter:贺云舟"],
    ],
    [
      "place before the date",
      `远江日报青松11月18日讯 (远江日报全媒体记者 祁文涛)11月18日，${P}`,
      ["reporter:祁文涛"],
    ],
    ["消息", `远江网、远江网客户端青松12月25日消息(远江网记者 祁文涛)12月24日，${P}`, ["reporter:祁文涛"]],
    [
      "outlet-outlet",
      `远江在线-青松新闻网讯(远江在线记者 祁文涛 通讯员 贺云舟)近日，${P}`,
      ["reporter:祁文涛", "correspondent:贺云舟"],
    ],
  ])("%s", (_, line, expected) => {
    expect(credits([T, line, P])).toEqual([expected]);
  });

  it("takes no bracket that holds more than credits", () => {
    expect(credits([T, `远江网青松1月3日电(远江市总工会供稿)1月3日，${P}`, P])).toEqual([[]]);
    expect(credits([T, `远江日报(青松县职工文化中心)1月3日，${P}`, P])).toEqual([[]]);
  });
});

describe("a byline run into the body", () => {
  it.each([
    ["发自", `远江妇女报·远江女网记者祁文涛 发自远江 1月9日，${P}`, ["reporter:祁文涛"]],
    ["date 报道", `远江网记者祁文涛4月29日报道:28日，${P}`, ["reporter:祁文涛"]],
    [
      "通讯员 glued",
      `远江日报客户端记者祁文涛通讯员贺云舟“${P}”`,
      ["reporter:祁文涛", "correspondent:贺云舟"],
    ],
    ["outlet names 报道", `远江导医网 祁文涛 报道 12月21日下午，${P}`, ["reporter:祁文涛"]],
    ["bare bracket", `(祁文涛)抱着金灿灿的奖杯，${P}`, ["reporter:祁文涛"]],
    ["photo lead", `摄影:祁文涛 贺云舟 4月28日，${P}`, ["photographer:祁文涛", "photographer:贺云舟"]],
  ])("%s", (_, line, expected) => {
    expect(credits([T, line, P])).toEqual([expected]);
  });

  it("reads no byline into a sentence about a reporter", () => {
    expect(credits([T, `远江网记者走进青松镇，${P}`, P])).toEqual([[]]);
    expect(credits([T, `(左二)祁文涛在车间讲解，${P}`, P])).toEqual([[]]);
  });
});

describe("where the report was filed, and staff fields", () => {
  it("drops 报导 and the place after the names", () => {
    expect(credits([T, "记者祁文涛/青松报导", P, P])).toEqual([["reporter:祁文涛"]]);
    expect(credits([T, "远江网见习记者 祁文涛 通讯员 贺云舟 济宁报道", P, P])).toEqual([
      ["reporter:祁文涛", "correspondent:贺云舟"],
    ]);
    // a name before 报道 stays a name
    expect(credits([T, "记者 祁文涛报道", P, P])).toEqual([["reporter:祁文涛"]]);
  });

  it("keeps the reporter of an end bracket and skips its staff fields", () => {
    expect(credits([T, P, P, "(远江市融媒体中心记者:祁文涛;编辑:贺云舟;一审:柏雪松)"])).toEqual([
      ["reporter:祁文涛"],
    ]);
  });

  it("reads a transliterated name with a middle dot, not a department", () => {
    expect(credits([T, P, `${P}(尼卢帕尔·阿力根)`])).toEqual([["correspondent:尼卢帕尔·阿力根"]]);
    expect(credits([T, P, `${P}(宣教部)`])).toEqual([[]]);
  });

  it("never credits the outlet printed before a role word", () => {
    expect(credits([T, P, `${P}(远江新闻记者 祁文涛 通讯员 贺云舟)`])).toEqual([
      ["reporter:祁文涛", "correspondent:贺云舟"],
    ]);
    expect(credits([T, P, "劳模代表合影。远江网记者 祁文涛 摄", P])).toEqual([["photographer:祁文涛"]]);
  });
});

describe("photo credits", () => {
  it.each([
    ["agency after the slash", "颁奖现场。记者 祁文涛 摄/远江视觉", "photographer:祁文涛"],
    ["box-drawing slash", "颁奖现场。(图╱记者祁文涛摄)", "photographer:祁文涛"],
    ["back slash", "劳模代表合影。\\远江全媒体记者祁文涛摄", "photographer:祁文涛"],
    ["outlet joined by a dash", "劳模代表合影。远江云-远江日报记者祁文涛/摄", "photographer:祁文涛"],
  ])("%s", (_, line, expected) => {
    expect(credits([T, P, line, P])).toEqual([[expected]]);
  });

  it("makes every name of a 摄影/ line a photographer", () => {
    expect(
      credits([T, P, P, "文/远江青年报记者 祁文涛", "摄影/远江青年报记者 贺云舟", "编辑/柏雪松"]),
    ).toEqual([["reporter:祁文涛", "photographer:贺云舟"]]);
  });
});

describe("page furniture", () => {
  it("looks past app prompts above the byline for the headline", () => {
    const lines = [
      "其他",
      T,
      "点击蓝字关注我们",
      "看视频 听音频 赏图文",
      "一个有温度的职工公众号!",
      "点击视频观看节目",
      `本台讯(远江广电全媒体记者 祁文涛 通讯员 贺云舟)6月16日下午，${P}`,
      P,
    ];
    const arts = segmentDocument(pageDoc(lines));
    expect(arts.map((a) => a.title)).toEqual([T]);
    expect(arts.map(creditsOf)).toEqual([["reporter:祁文涛", "correspondent:贺云舟"]]);
  });

  it("reads no credit from an empty 作者 field", () => {
    expect(
      credits([T, "发布时间:2024-06-20 08:40:00  来源: 远江市总工会  作者:      字体:[ ]", P, P]),
    ).toEqual([[]]);
    expect(credits([T, "来源:远江工会网   作者:   浏览:次   发表时间:2024-05-02 16:26:49", P, P])).toEqual([
      [],
    ]);
  });
});

describe("a web copy read from disk", () => {
  it("keeps a headline apart from the dateline under it, in traditional script too", async () => {
    const simplified = await readDocumentFromText(
      `远江劳模宣讲走进技工学校!\n\n远江都市报9月15日讯(全媒体记者 祁文涛) ${P}\n`,
    );
    expect(segmentDocument(simplified).map(creditsOf)).toEqual([["reporter:祁文涛"]]);
    const traditional = await readDocumentFromText(
      `遠江市表揚模範勞工\n\n▲市長表揚模範勞工。(圖╱記者祁文濤攝)\n\n\n記者祁文濤/青松報導\n\n遠江市政府於4月24日在會館舉行模範勞工表揚活動，會中頒獎表揚模範勞工。\n`,
    );
    const [a] = segmentDocument(traditional);
    expect(a?.title).toBe("遠江市表揚模範勞工");
    expect(creditsOf(a)).toEqual(["photographer:祁文濤", "reporter:祁文濤"]);
  });
});

describe("bylines of Taiwan papers and end credits without brackets", () => {
  it.each([
    ["【记者X/place报导】 before the body", [T, `【记者祁文涛/青松报导】 ${P}`, P]],
    ["【outlet/记者X报导】 before the body", [T, `【青松传媒/记者祁文涛报导】${P}`, P]],
    ["one-character outlet before 传媒", [T, `【今传媒/记者祁文涛报导】${P}`, P]],
    ["本报记者 X glued to the paragraph's last sentence", [T, P, `${P}本报记者 祁文涛`]],
  ])("%s", (_, lines) => {
    expect(credits(lines)).toEqual([["reporter:祁文涛"]]);
  });

  it("reads an end bracket before a page's separator, and no byline in a sentence about a reporter", () => {
    expect(credits([T, P, `${P}（祁文涛） |`])).toEqual([["correspondent:祁文涛"]]);
    expect(credits([T, P, `${P}他对记者说出了心里话`])).toEqual([[]]);
  });

  it("reads a byline after a forum code of a reposted page", async () => {
    const doc = await readDocumentFromText(
      `${T}\n\n[align=justify]本报讯（记者 祁文涛） 4月27日，${P}[/align]\n\n${P}\n`,
    );
    expect(doc.text).not.toContain("[align");
    expect(segmentDocument(doc).map(creditsOf)).toEqual([["reporter:祁文涛"]]);
  });
});
