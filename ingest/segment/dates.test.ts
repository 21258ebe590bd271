/**
 * Article dates printed on the page (fictional pages): a newspaper's masthead or page line dates
 * every article of its page, a web page's metadata line dates its article, dates inside sentences
 * and years alone date nothing, and a date given for the file (--date, front matter) wins.
 * Event dates without a year take the article's year.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../extract/index.ts";
import { readDocument } from "../read/index.ts";
import { segmentDocument } from "./index.ts";
import { pageDoc } from "./test-page.ts";

const doc = pageDoc;

const dates = (lines: string[], date: string | null = null) =>
  segmentDocument(doc(lines, date)).map((a) => a.date);

const NEWS_1 = [
  "远江市劳模宣讲团走进青松镇",
  "本报讯（记者 钟立言）近日，远江市劳模宣讲团走进青松镇，全国劳动模范葛长风为当地职工讲述了三十年扎根一线的故事。",
];
const NEWS_2 = [
  "青松区举办职工篮球赛",
  "本报讯（记者 韦立新）4月29日，青松区总工会在区体育中心举办职工篮球赛，来自全区的16支队伍参赛。",
];
const WEB_TITLE = "远江钢铁高级技师葛长风：三十年炉火淬炼匠心";
const WEB_BODY =
  "5月8日上午，远江市总工会在远江职工之家举办劳模工匠进校园活动，全国劳动模范葛长风为三百余名师生讲述了自己的成长故事。";

describe("a newspaper page's masthead dates every article of the page", () => {
  it.each([
    ["paper, date, weekday and page", "远江工人报 2025年5月20日 星期二 第3版"],
    ["date and weekday", "2025年5月20日 星期二"],
    ["page, section and date", "第3版 要闻 2025年5月20日"],
    ["paper, numeric date and page", "远江日报 2025-05-20 A3版"],
    ["date in Chinese numerals", "远江工人报 二〇二五年五月二十日 星期二"],
    ["page line with a bracketed weekday", "2025年05月20日（星期二） 第03版：工会新闻"],
  ])("%s", (_, masthead) => {
    expect(dates([masthead, ...NEWS_1, ...NEWS_2])).toEqual(["2025-05-20", "2025-05-20"]);
  });

  it("two pages in one file: each article takes the date of its page", () => {
    expect(
      dates([
        "远江工人报 2025年5月20日 星期二 第3版",
        ...NEWS_1,
        "远江工人报 2025年5月21日 星期三 第2版",
        ...NEWS_2,
      ]),
    ).toEqual(["2025-05-20", "2025-05-21"]);
  });

  it("a page line printed at the foot of the page", () => {
    expect(dates([...NEWS_1, ...NEWS_2, "远江工人报 2025年5月20日 星期二 第3版"])).toEqual([
      "2025-05-20",
      "2025-05-20",
    ]);
  });
});

describe("a web page's metadata line dates its article", () => {
  it.each([
    ["发布日期 with time and source", "发布日期:2024-06-20 08:40:00 来源: 远江市总工会", "2024-06-20"],
    ["traditional date, time and 來源", "2023年04月01日 17:09:14 來源: 遠江市總工會", "2023-04-01"],
    [
      "source and 发布时间 run together",
      "来源:远江交通网 通讯员 柏林发布时间:2015-01-08 13:32:00",
      "2015-01-08",
    ],
    ["发布时间 alone", "发布时间:2015-01-08 13:32:00", "2015-01-08"],
    ["outlet, date and clock", "远江新闻 2019-09-05 00:27", "2019-09-05"],
    ["source and 时间", "来源:青松区总工会  时间:2022年06月06日", "2022-06-06"],
  ])("%s", (_, meta, iso) => {
    expect(dates([WEB_TITLE, meta, WEB_BODY])).toEqual([iso]);
  });

  it("a 发布时间 line at the foot of the article", () => {
    expect(dates([WEB_TITLE, WEB_BODY, "发布时间：2024-05-08 09:12"])).toEqual(["2024-05-08"]);
  });

  it("the metadata of one article does not date the next one", () => {
    const got = dates([
      "远江工人报 2025年5月20日 星期二 第3版",
      NEWS_1[0]!,
      "发布时间：2025-05-19 18:00",
      NEWS_1[1]!,
      ...NEWS_2,
    ]);
    expect(got).toEqual(["2025-05-19", "2025-05-20"]);
  });
});

describe("dates that are not the article's", () => {
  it("a full date inside the first sentence is the event's", () => {
    expect(dates([WEB_TITLE, `2025年4月29日，${WEB_BODY}`])).toEqual([null]);
  });

  it("a date without a year, and a year alone", () => {
    expect(dates([...NEWS_2, "2025年", "远江市总工会 2025年工作要点"])).toEqual([null]);
    expect(dates(["2025年 第3版", ...NEWS_1])).toEqual([null]);
  });

  it("a dated subtitle names an event", () => {
    expect(dates(["远江市劳模表彰大会召开", "——2025年5月20日远江市劳模表彰大会侧记", WEB_BODY])).toEqual([
      null,
    ]);
  });
});

describe("a date given for the file wins", () => {
  it("the document's date over the masthead and the metadata line", () => {
    expect(dates(["远江工人报 2025年5月20日 星期二 第3版", ...NEWS_1], "2024-01-02")).toEqual(["2024-01-02"]);
    expect(dates([WEB_TITLE, "发布时间:2015-01-08 13:32:00", WEB_BODY], "2024-01-02")).toEqual([
      "2024-01-02",
    ]);
  });

  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  async function file(text: string): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), "laomo-dates-"));
    dirs.push(dir);
    const f = path.join(dir, "page.txt");
    await writeFile(f, text);
    return f;
  }
  const page = ["远江工人报 2025年5月20日 星期二 第3版", ...NEWS_1].join("\n\n");

  it("front matter and --date over the masthead; the masthead when neither is given", async () => {
    const plain = await file(page);
    const front = await file(`---\ndate: 2024-03-04\n---\n${page}`);
    const read = async (f: string, date?: string) =>
      segmentDocument(await readDocument(f, date ? { date } : {})).map((a) => a.date);
    expect(await read(plain)).toEqual(["2025-05-20"]);
    expect(await read(front)).toEqual(["2024-03-04"]);
    expect(await read(plain, "2023-07-08")).toEqual(["2023-07-08"]);
  });
});

describe("event dates without a year take the article's year", () => {
  const event = (lines: string[]) => {
    const [a] = segmentDocument(doc(lines));
    return extractArticle(a!).events.map((e) => e.date);
  };
  const BODY =
    "本报讯（记者 钟立言）4月29日，远江市总工会在远江职工之家举办劳模工匠宣讲活动，全国劳动模范葛长风为职工作宣讲。";

  it("from the masthead", () => {
    expect(event(["远江工人报 2025年5月20日 星期二 第3版", "远江市劳模工匠宣讲活动举行", BODY])).toEqual([
      "2025-04-29",
    ]);
  });

  it("from the web page's metadata line", () => {
    expect(event(["远江市劳模工匠宣讲活动举行", "发布时间:2024-05-08 09:12 来源:远江新闻", BODY])).toEqual([
      "2024-04-29",
    ]);
  });

  it("none without a printed year", () => {
    expect(event(["远江市劳模工匠宣讲活动举行", BODY])).toEqual([null]);
  });
});
