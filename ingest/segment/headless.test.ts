/**
 * Texts without a headline (hand-written, fictional): a 本报讯 lead, an "活动现场，" opening,
 * leading captions and page chrome, a mid-sentence fragment, a subheading inside such a text, the
 * part of a page above its first headline, and chrome only (no article).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { IngestFileError } from "../../model/errors.ts";
import { extractFile } from "../pipeline.ts";
import { firstClauseSpan, hasSentence } from "./headless.ts";
import { segmentDocument } from "./index.ts";
import { creditsOf, pageDoc } from "./test-page.ts";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures");

const clause = (s: string) => {
  const sp = firstClauseSpan(s);
  return sp ? s.slice(sp.start, sp.end) : null;
};

describe("firstClauseSpan", () => {
  it("is the first clause, joined to the next when it is only a time or a place", () => {
    expect(clause("全国劳动模范蔺秋实走上讲台，讲述了自己的故事。")).toBe("全国劳动模范蔺秋实走上讲台");
    expect(clause("近日，栖川市总工会举办劳模宣讲会。")).toBe("近日，栖川市总工会举办劳模宣讲会");
    expect(clause("5月8日上午，栖川市总工会举办劳模宣讲会。")).toBe("5月8日上午，栖川市总工会举办劳模宣讲会");
    expect(clause("活动现场，劳模们与职工互动交流。")).toBe("活动现场，劳模们与职工互动交流");
    expect(clause("近日,栖川市总工会举办劳模宣讲会.")).toBe("近日,栖川市总工会举办劳模宣讲会");
  });

  it("skips a fragment cut off mid-sentence and stops at 40 characters", () => {
    expect(clause("…的工作经验。\n\n随后，栖川港务集团的全国劳动模范蔺秋实讲述了自己的故事。")).toBe(
      "随后，栖川港务集团的全国劳动模范蔺秋实讲述了自己的故事",
    );
    expect(clause("”他说。栖川市总工会随后为宣讲团授旗。")).toBe("栖川市总工会随后为宣讲团授旗");
    expect(clause("一".repeat(60))).toBe("一".repeat(40));
    expect(clause("，。")).toBeNull();
  });
});

describe("hasSentence", () => {
  it("needs a full stop and words, not page chrome", () => {
    expect(hasSentence("栖川市总工会举办劳模宣讲会。")).toBe(true);
    expect(hasSentence("栖川市总工会举办劳模宣讲会")).toBe(false);
    expect(hasSentence("好。")).toBe(false);
    expect(hasSentence("第5版：欢迎来稿！")).toBe(false);
    expect(hasSentence("投稿邮箱：news@example.cn。")).toBe(false);
  });
});

describe("segmentDocument on texts without a headline", () => {
  it("reads a text that opens with a 本报讯 byline as one untitled article", () => {
    const arts = segmentDocument(
      pageDoc([
        "本报讯（记者 尹暮云 通讯员 桑晚舟）近日，栖川市总工会在栖川港务集团举办劳模工匠宣讲会，200余名职工参加。",
        "全国劳动模范、栖川港务集团桥吊司机蔺秋实讲述了自己从装卸工成长为技术能手的经历。",
      ]),
    );
    expect(arts).toHaveLength(1);
    expect(arts[0]!.untitled).toBe(true);
    expect(arts[0]!.title).toBe("近日，栖川市总工会在栖川港务集团举办劳模工匠宣讲会");
    expect(arts[0]!.subtitles).toEqual([]);
    expect(creditsOf(arts[0])).toEqual(["reporter:尹暮云", "correspondent:桑晚舟"]);
    expect(arts[0]!.text.slice(arts[0]!.bodyStart).startsWith("近日")).toBe(true);
  });

  it("is not stopped by leading captions, their credit and page chrome", () => {
    const arts = segmentDocument(
      pageDoc([
        "第2版　工会动态",
        "2025年4月28日　星期一",
        "图为全国劳动模范蔺秋实（右一）与青年职工交流。",
        "本报记者　尹暮云　摄",
        "（图片来源：栖川市总工会）",
        "活动现场，全国劳动模范、栖川港务集团桥吊司机蔺秋实讲述了自己的成长经历。",
        "责任编辑：郜南枝",
        "2",
      ]),
    );
    expect(arts).toHaveLength(1);
    expect(arts[0]!.untitled).toBe(true);
    expect(arts[0]!.title).toBe("活动现场，全国劳动模范、栖川港务集团桥吊司机蔺秋实讲述了自己的成长经历");
    expect(arts[0]!.text.startsWith("图为")).toBe(true);
    expect(creditsOf(arts[0])).toEqual(["photographer:尹暮云"]);
    expect(arts[0]!.date).toBe("2025-04-28");
    expect(arts[0]!.text.slice(arts[0]!.bodyStart).startsWith("活动现场")).toBe(true);
  });

  it("titles a text that starts mid-sentence by its first full sentence, keeping the fragment", () => {
    const arts = segmentDocument(
      pageDoc([
        "…的工作经验。",
        "随后，栖川港务集团的全国劳动模范蔺秋实向青年职工讲述了自己的成长经历。",
        "（通讯员 桑晚舟）",
      ]),
    );
    expect(arts).toHaveLength(1);
    expect(arts[0]!.title).toBe("随后，栖川港务集团的全国劳动模范蔺秋实向青年职工讲述了自己的成长经历");
    expect(arts[0]!.text.startsWith("…的工作经验。")).toBe(true);
    expect(creditsOf(arts[0])).toEqual(["correspondent:桑晚舟"]);
  });

  it("keeps a subheading inside a headless text in its article", () => {
    const arts = segmentDocument(
      pageDoc([
        "本报讯（记者 尹暮云）近日，栖川市总工会在栖川港务集团举办劳模工匠宣讲会，200余名职工参加。",
        "把难题当课题",
        "全国劳动模范、栖川港务集团桥吊司机蔺秋实讲述了自己带领班组攻克技术难题的经历。",
      ]),
    );
    expect(arts.map((a) => a.title)).toEqual(["近日，栖川市总工会在栖川港务集团举办劳模工匠宣讲会"]);
    expect(arts[0]!.text.includes("蔺秋实")).toBe(true);
  });

  it("with a title hint (a web page's <title>), titles the whole headless text by the hint", () => {
    const lines = [
      "栖川市总工会在栖川港务集团举办劳模工匠宣讲会，200余名职工参加。",
      "把难题当课题",
      "全国劳动模范、栖川港务集团桥吊司机蔺秋实讲述了自己带领班组攻克技术难题的经历。",
    ];
    const arts = segmentDocument({ ...pageDoc(lines), titleHint: "劳模工匠宣讲会走进港区" });
    expect(arts.map((a) => [a.title, a.untitled ?? false])).toEqual([["劳模工匠宣讲会走进港区", false]]);
    expect(arts[0]!.text.startsWith("栖川市总工会")).toBe(true);
  });

  it("adds the headless part above a page's first headline and leaves the headlined articles as they were", () => {
    const headed = [
      "栖川市职工篮球赛开赛",
      "本报讯（记者 尹暮云）日前，栖川市总工会在市体育中心举办职工篮球赛，来自全市的16支队伍参赛。",
    ];
    const alone = segmentDocument(pageDoc(headed));
    const arts = segmentDocument(
      pageDoc([
        "上接第1版",
        "栖川港务集团的全国劳动模范蔺秋实随后讲述了自己的成长经历，现场掌声不断。（桑晚舟）",
        ...headed,
      ]),
    );
    expect(arts.map((a) => [a.title, a.untitled ?? false])).toEqual([
      ["栖川港务集团的全国劳动模范蔺秋实随后讲述了自己的成长经历", true],
      ["栖川市职工篮球赛开赛", false],
    ]);
    expect(arts[1]!.text).toBe(alone[0]!.text);
    expect(creditsOf(arts[1])).toEqual(creditsOf(alone[0]));
  });

  it("finds no article in chrome, banners or captions alone", () => {
    expect(
      segmentDocument(pageDoc(["第5版　工会动态", "2025年6月3日　星期二", "责任编辑：郜南枝", "5"])),
    ).toEqual([]);
    expect(segmentDocument(pageDoc(["图为劳模宣讲会现场。", "本报记者 尹暮云 摄"]))).toEqual([]);
    expect(segmentDocument(pageDoc(["弘扬劳模精神", "好。"]))).toEqual([]);
  });
});

describe("extractFile on headless fixtures", () => {
  it("marks the untitled article in its extraction record", async () => {
    const entry = await extractFile(path.join(fixtures, "articles/50-headless-lead.txt"));
    expect(entry.extractions.map((x) => [x.untitled, x.persons.length])).toEqual([[true, 3]]);
  });

  it("still says no articles found for a text of page chrome only", async () => {
    const e = await extractFile(path.join(fixtures, "no-article/chrome-only.txt")).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IngestFileError);
    expect((e as IngestFileError).reason).toMatch(/^no articles found/);
  });
});
