/**
 * Bylines printed where a page copied from the web put them (fictional pages): glued to the end of
 * a header line, credited 文/图, a bare line of names under the header, and metadata fields that
 * name no person ("作者：消息").
 */
import { describe, expect, it } from "vitest";
import { segmentDocument } from "./index.ts";
import { bareNames, gluedByline, leadByline, parseCreditText } from "./parse-credits.ts";
import { creditsOf, pageDoc } from "./test-page.ts";

const doc = pageDoc;

const credits = creditsOf;
const roles = (cs: { role: string; name: string }[] | undefined) => cs?.map((c) => `${c.role}:${c.name}`);

const BODY =
  "本报讯韦立新、葛长风、袁浩然，三位在远江家喻户晓的劳模昨天走上文化中心的讲台，讲述了各自几十年扎根一线的经历。";
const BODY_2 = "远江市总工会主席柏雪松在会上讲话，号召全市职工学习劳模精神，在各自岗位上建功立业。";

describe("a byline glued to the end of a header line", () => {
  it("is split off the subtitle: the first line stays the title, the names are the credits", () => {
    const arts = segmentDocument(
      doc([
        "远江劳模上台说说身边的“故事”",
        "远江劳模报告团昨日开讲首场，柏雪松出席并致辞首席记者 祁文涛 通讯员 贺云舟",
        BODY,
        BODY_2,
      ]),
    );
    expect(arts).toHaveLength(1);
    const [a] = arts;
    expect(a?.title).toBe("远江劳模上台说说身边的“故事”");
    expect(a?.subtitles).toEqual(["远江劳模报告团昨日开讲首场，柏雪松出席并致辞"]);
    expect(credits(a)).toEqual(["reporter:祁文涛", "correspondent:贺云舟"]);
    // The body keeps its 本报讯 opening and all its text.
    expect(a?.text.slice(a.bodyStart, a.bodyStart + 5)).toBe("本报讯韦立");
    expect(a?.text.endsWith(BODY_2)).toBe(true);
  });

  it("works with a 融媒体 reporter, several names and no correspondent", () => {
    const [a] = segmentDocument(
      doc([
        "青松镇百名职工技能比武",
        "远江工匠现场传技，十二名选手获评青松工匠融媒体记者 祁文涛 贺云舟",
        "5月8日，青松镇总工会在镇文体中心举办职工技能比武，远江钢铁高级技师葛长风担任评委并现场示范。",
      ]),
    );
    expect(a?.title).toBe("青松镇百名职工技能比武");
    expect(a?.subtitles).toEqual(["远江工匠现场传技，十二名选手获评青松工匠"]);
    expect(credits(a)).toEqual(["reporter:祁文涛", "reporter:贺云舟"]);
  });

  it("is found only when space-separated names run to the end of the line", () => {
    expect(gluedByline("柏雪松到会并讲话首席记者 祁文涛 通讯员 贺云舟")).toBe(8);
    expect(gluedByline("远江工匠现场传技特约记者 祁文涛")).toBe(8);
    // Headlines that mention 记者 in their text.
    expect(gluedByline("记者节：远江新闻人走进青松镇")).toBe(-1);
    expect(gluedByline("跟着记者走进远江钢铁 看一线工人的坚守")).toBe(-1);
    expect(gluedByline("远江劳模向记者 讲述心路")).toBe(-1);
    expect(gluedByline("青松镇小记者 走进田间地头")).toBe(-1);
    expect(gluedByline("远江钢铁记者 祁文涛的采访笔记")).toBe(-1);
    // A byline line of its own is not glued to anything.
    expect(gluedByline("记者 祁文涛 通讯员 贺云舟")).toBe(-1);
  });

  it("leaves a headline about reporters whole", () => {
    const [a] = segmentDocument(
      doc([
        "跟着记者走进远江钢铁 看一线工人的坚守",
        "本报讯（记者 祁文涛）5月8日，远江钢铁炼钢车间的工人们迎来了一批特殊的客人，青松镇的中学生走进车间体验劳动。",
      ]),
    );
    expect(a?.title).toBe("跟着记者走进远江钢铁 看一线工人的坚守");
    expect(credits(a)).toEqual(["reporter:祁文涛"]);
  });
});

describe("文/图 credits", () => {
  it("a name credited 文/图 after it is the reporter and the photographer", () => {
    expect(roles(leadByline("远江日报社全媒体记者 祁文涛 文/图", 0)?.credits)).toEqual([
      "reporter:祁文涛",
      "photographer:祁文涛",
    ]);
    expect(roles(leadByline("贺云舟 文/图", 0)?.credits)).toEqual(["reporter:贺云舟", "photographer:贺云舟"]);
  });

  it("文/图 before the names credits them both ways; 文/X 图/Y stay apart", () => {
    expect(roles(parseCreditText("文/图 祁文涛", 0, null))).toEqual([
      "reporter:祁文涛",
      "photographer:祁文涛",
    ]);
    // (文/X: the text's author, a reporter by the annotation convention, as 作者 is.)
    expect(roles(parseCreditText("文/祁文涛 图/贺云舟", 0, null))).toEqual([
      "reporter:祁文涛",
      "photographer:贺云舟",
    ]);
  });

  it("an article closed by such a credit line", () => {
    const [a] = segmentDocument(
      doc([
        "葛长风：远江钢铁的“炉火匠人”",
        "葛长风是远江钢铁的一名高级技师，三十年来他扎根炼钢一线，带出了四十多名徒弟，被职工们称为“炉火匠人”。",
        "远江日报社全媒体记者 祁文涛 文/图",
      ]),
    );
    expect(credits(a)).toEqual(["reporter:祁文涛", "photographer:祁文涛"]);
  });
});

describe("文/X 图/Y in brackets, and 摄影报道", () => {
  it("（文/X 图/Y） opening the body or closing the article: X the reporter, Y the photographer", () => {
    const [a] = segmentDocument(doc(["葛长风：远江钢铁的“炉火匠人”", `（文/祁文涛 图/贺云舟）${BODY_2}`]));
    expect(credits(a)).toEqual(["reporter:祁文涛", "photographer:贺云舟"]);
    const [b] = segmentDocument(doc(["葛长风：远江钢铁的“炉火匠人”", BODY_2, "（文/祁文涛 图/贺云舟）"]));
    expect(credits(b)).toEqual(["reporter:祁文涛", "photographer:贺云舟"]);
  });

  it("（记者 X 摄影报道）: X wrote the report and took its pictures", () => {
    expect(roles(leadByline(`本报讯（记者 祁文涛 摄影报道）${BODY_2}`, 0)?.credits)).toEqual([
      "reporter:祁文涛",
      "photographer:祁文涛",
    ]);
  });

  it("a region in brackets after a heading's quoted title is no byline (“H”（江西）)", () => {
    const [a] = segmentDocument(
      doc(["葛长风：远江钢铁的“炉火匠人”", BODY_2, "2021年“十大最美公路人”（江西）", BODY_2]),
    );
    expect(credits(a)).toEqual([]);
  });

  it("a body credited where a name would be is no one (文/院工会 图/摄影室)", () => {
    const [a] = segmentDocument(doc(["葛长风：远江钢铁的“炉火匠人”", "文/院工会 图/摄影室", BODY_2, BODY_2]));
    expect(credits(a)).toEqual([]);
  });
});

describe("credits that name no one, and bare names", () => {
  it("作者：消息 in a web page's metadata is no reporter", () => {
    const [a] = segmentDocument(
      doc([
        "葛长风的炉火人生",
        "2024-05-08 09:12 来源：远江文旅网 作者：消息 责任编辑：贺云舟",
        "葛长风，男，1963年7月出生，远江市青松镇人，中共党员，远江钢铁高级技师，曾获全国五一劳动奖章。",
      ]),
    );
    expect(a?.title).toBe("葛长风的炉火人生");
    expect(credits(a)).toEqual([]);
  });

  it("X 整理 credits X only", () => {
    expect(roles(parseCreditText("记者 祁文涛 整理", 0, null))).toEqual(["reporter:祁文涛"]);
  });

  it("a line of two or three bare names under the header is the byline", () => {
    const [a] = segmentDocument(
      doc([
        "葛长风：炉火旁的三十年",
        "祁文涛 贺云舟",
        "葛长风是远江钢铁的一名高级技师，三十年来他扎根炼钢一线，带出了四十多名徒弟，被职工们称为“炉火匠人”。",
      ]),
    );
    expect(a?.title).toBe("葛长风：炉火旁的三十年");
    expect(a?.subtitles).toEqual([]);
    expect(credits(a)).toEqual(["reporter:祁文涛", "reporter:贺云舟"]);
  });

  it("bare names must read as names", () => {
    expect(roles(bareNames("祁文涛 贺云舟", 0) ?? undefined)).toEqual(["reporter:祁文涛", "reporter:贺云舟"]);
    expect(bareNames("奋斗 奉献 担当", 0)).toBeNull();
    expect(bareNames("劳模 工匠", 0)).toBeNull();
    expect(bareNames("祁文涛", 0)).toBeNull();
    expect(bareNames("青松镇 远江市", 0)).toBeNull();
  });
});
