/**
 * Where one article ends and the next begins on a page of several (fictional pages): an end credit
 * in brackets after half-width punctuation, a byline line of names only, a short first paragraph.
 * Each of these had glued two articles into one, and the next article's headline and reporters
 * into its first sentence (an organiser read as "（记者 X 通讯员 Y）某市总工会").
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../extract/index.ts";
import { readDocument } from "../read/index.ts";
import { repairBreaks } from "../read/repair-breaks.ts";
import { segmentDocument } from "./index.ts";
import { creditsOf, pageDoc } from "./test-page.ts";

const FIRST = [
  "远江市劳模代表畅谈建功体会",
  "5月6日下午,由远江市青川区总工会主办的劳模代表座谈会在青川区职工之家举行。",
  "座谈会上,劳模代表们结合各自工作畅谈体会,远江钢铁集团技师韦立新介绍了班组攻关的做法。",
  "据了解,今年以来该市已组织劳模宣讲12场,覆盖职工8000余人次。(记者 祁文涛 通讯员 贺云舟)",
];
const SECOND = [
  "青川县总工会开展劳模宣讲活动",
  "青川县总工会2024年劳模宣讲团首场宣讲近日在县图书馆报告厅举办。本次活动由青川县总工会主办。",
  "宣讲中，远江水务集团高级技师葛长风讲述了自己扎根一线二十年的故事。",
];

describe("an end credit in brackets after half-width punctuation", () => {
  it("closes its paragraph: break repair never joins the next headline to it", () => {
    const text = `${FIRST.join("\n\n")}\n\n\n${SECOND.join("\n\n")}`;
    const repaired = repairBreaks(text);
    expect(repaired.split("\n")).toContain("青川县总工会开展劳模宣讲活动");
    expect(repaired).toContain("(记者 祁文涛 通讯员 贺云舟)\n");
  });

  it("keeps a bracket that is no credit open: a line cut inside a sentence is still joined", () => {
    const repaired = repairBreaks(
      "远江钢铁集团(简称远江钢铁)技师韦立新,多年来带领班组攻关,先后\n\n完成技术革新十余项。",
    );
    expect(repaired).toBe("远江钢铁集团(简称远江钢铁)技师韦立新,多年来带领班组攻关,先后完成技术革新十余项。");
  });

  describe("read from a file", () => {
    let dir = "";
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "laomo-bounds-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("gives two articles; the credit is the first one's, the second's title is its headline", async () => {
      const file = path.join(dir, "2024-05-08-page.txt");
      await writeFile(file, `${FIRST.join("\n\n")}\n\n\n${SECOND.join("\n\n")}\n`);
      const arts = segmentDocument(await readDocument(file));
      expect(arts.map((a) => a.title)).toEqual([
        "远江市劳模代表畅谈建功体会",
        "青川县总工会开展劳模宣讲活动",
      ]);
      expect(creditsOf(arts[0])).toEqual(["reporter:祁文涛", "correspondent:贺云舟"]);
      expect(arts[1]?.text.startsWith("青川县总工会开展劳模宣讲活动")).toBe(true);
      expect(arts[1]?.text).not.toContain("记者");
    });
  });
});

describe("the next article on a credited page", () => {
  it("begins after a line holding only a byline (通讯员 X)", () => {
    const arts = segmentDocument(
      pageDoc([
        "远江市总工会举办职工技能比武",
        "本报讯（记者 祁文涛）5月8日，远江市总工会在市职工文化中心举办职工技能比武，百余名选手参赛。",
        "比武设置了焊接、钳工等六个项目，远江钢铁集团技师韦立新担任评委。",
        "通讯员 贺云舟",
        "\n青川县总工会举办劳模宣讲活动",
        "5月7日，由青川县总工会主办的劳模宣讲活动在县职工之家举行，三位劳模讲述了扎根一线的故事。",
        "活动共吸引120余名职工参加。",
      ]),
    );
    expect(arts.map((a) => a.title)).toEqual([
      "远江市总工会举办职工技能比武",
      "青川县总工会举办劳模宣讲活动",
    ]);
    expect(creditsOf(arts[0])).toEqual(["reporter:祁文涛", "correspondent:贺云舟"]);
  });

  it("begins with a short first paragraph that opens like news", () => {
    const arts = segmentDocument(
      pageDoc([
        "远江市总工会举办职工技能比武",
        "本报讯（记者 祁文涛）5月8日，远江市总工会在市职工文化中心举办职工技能比武，百余名选手参赛。",
        "比武设置了焊接、钳工等六个项目，远江钢铁集团技师韦立新担任评委并现场示范。",
        "\n青川县总工会举办青年职工联谊活动",
        "近日，青川县总工会在县职工之家开展青年职工联谊活动。",
        "活动中，现场设置了才艺展示等环节。",
        "据了解，该工会今年已开展服务职工活动20场。（记者 葛长风）",
      ]),
    );
    expect(arts.map((a) => a.title)).toEqual([
      "远江市总工会举办职工技能比武",
      "青川县总工会举办青年职工联谊活动",
    ]);
    expect(creditsOf(arts[1])).toEqual(["reporter:葛长风"]);
  });

  it("begins after a wide gap under a short finished sentence", () => {
    const arts = segmentDocument(
      pageDoc([
        "远江市总工会举办职工技能比武",
        "本报讯（记者 祁文涛）5月8日，远江市总工会在市职工文化中心举办职工技能比武，百余名选手参赛。",
        "青年职工袁浩然表示，要把劳模的干劲带回岗位。",
        "\n青川县总工会开展劳模宣讲活动",
        "青川县总工会2024年劳模宣讲团首场宣讲近日在县图书馆报告厅举办，三位劳模登台讲述。",
        "通讯员 贺云舟",
      ]),
    );
    expect(arts.map((a) => a.title)).toEqual([
      "远江市总工会举办职工技能比武",
      "青川县总工会开展劳模宣讲活动",
    ]);
  });

  it("does not begin at a heading inside an article that nothing closed (one blank line)", () => {
    const arts = segmentDocument(
      pageDoc([
        "远江市总工会举办职工技能比武",
        "本报讯（记者 祁文涛）5月8日，远江市总工会在市职工文化中心举办职工技能比武，百余名选手参赛。",
        "青年职工袁浩然表示，要把劳模的干劲带回岗位。",
        "赛场之外的故事",
        "比武间隙，远江钢铁集团技师韦立新为年轻选手讲解焊接要领，手把手示范了三遍。",
      ]),
    );
    expect(arts.map((a) => a.title)).toEqual(["远江市总工会举办职工技能比武"]);
  });
});

describe("a body that opens with its reporters in brackets, no dateline before them", () => {
  const LEAD =
    "远江市总工会近日在市职工文化中心举办劳模宣讲活动，远江钢铁集团技师韦立新讲述了扎根一线的故事。";

  it.each([
    ["full-width", `（记者 祁文涛 通讯员 贺云舟）${LEAD}`],
    ["half-width", `(记者 祁文涛 通讯员 贺云舟)${LEAD.replace(/，/g, ",")}`],
  ])("takes them as credits and starts the body after the bracket (%s)", (_, body) => {
    const [a, ...rest] = segmentDocument(pageDoc(["远江市总工会举办劳模宣讲活动", body]));
    expect(rest).toEqual([]);
    expect(creditsOf(a)).toEqual(["reporter:祁文涛", "correspondent:贺云舟"]);
    expect(a?.text.slice(a.bodyStart).startsWith("远江市总工会近日")).toBe(true);
  });

  it("leaves the organiser as the organisation only", () => {
    const [a] = segmentDocument(
      pageDoc([
        "远江市总工会举办劳模宣讲活动",
        "（记者 祁文涛 通讯员 贺云舟）由远江市总工会主办的劳模宣讲活动近日在市职工文化中心举行，全国劳动模范、远江钢铁集团技师韦立新讲述了扎根一线的故事。",
      ]),
    );
    const x = extractArticle(a!);
    expect(x.events.flatMap((e) => e.organizers.map((o) => o.org))).toEqual(["远江市总工会"]);
  });

  it("is no byline when the bracket says something else (记者从…获悉)", () => {
    const [a] = segmentDocument(
      pageDoc(["远江市总工会举办劳模宣讲活动", `（记者从远江市总工会获悉）${LEAD}`]),
    );
    expect(creditsOf(a)).toEqual([]);
    expect(a?.text.slice(a.bodyStart).startsWith("（记者从")).toBe(true);
  });
});
