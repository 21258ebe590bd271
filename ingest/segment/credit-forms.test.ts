/**
 * Credit forms that web copies of news pages print (fictional pages): a caption credit with the
 * outlet before the photographer's name, a 【…讯】 dateline tag with a bare name, an outlet's 电
 * dateline with its place and date, an end byline whose closing bracket was lost, a photographer
 * with the picture agency after a slash, "作者 X Y" without a colon (names without a Han surname
 * too), and a metadata stamp "YYYY MM/DD hh:mm:ss 来源: X".
 */
import { describe, expect, it } from "vitest";
import { repairBreaks } from "../read/repair-breaks.ts";
import { segmentDocument } from "./index.ts";
import { endByline, leadByline, opensWithByline, photoCredit } from "./parse-credits.ts";
import { creditsOf, pageDoc } from "./test-page.ts";

const roles = (cs: { role: string; name: string }[] | null | undefined) =>
  cs?.map((c) => `${c.role}:${c.name}`) ?? null;
const body = (a: { text: string; bodyStart: number } | undefined) =>
  a?.text.slice(a.bodyStart, a.bodyStart + 6);

const PARA =
  "远江市总工会当天还组织劳模代表走进青松镇工业园区，与一线职工面对面交流技术革新经验，现场气氛热烈。";
const TITLE = "远江市劳模工匠故事会在青松镇举行";

describe("a caption credit with the outlet before the photographer's name", () => {
  it("reads the name after the outlet", () => {
    expect(roles(photoCredit("活动现场（远江融媒祁文涛摄）", 0))).toEqual(["photographer:祁文涛"]);
    expect(roles(photoCredit("颁奖仪式现场（青川日报 柏雪松 摄）", 0))).toEqual(["photographer:柏雪松"]);
    expect(roles(photoCredit("活动现场（远江融媒体中心贺云舟摄）", 0))).toEqual(["photographer:贺云舟"]);
  });

  it("keeps offsets on the name and leaves credits without an outlet alone", () => {
    const line = "活动现场（远江融媒祁文涛摄）";
    const [c] = photoCredit(line, 10) ?? [];
    expect(line.slice((c?.start ?? 0) - 10, (c?.end ?? 0) - 10)).toBe("祁文涛");
    expect(roles(photoCredit("活动现场（祁文涛 摄）", 0))).toEqual(["photographer:祁文涛"]);
    expect(roles(photoCredit("本报记者 祁文涛 摄", 0))).toEqual(["photographer:祁文涛"]);
  });

  it("is the article's photographer", () => {
    const [a] = segmentDocument(pageDoc([TITLE, `6月3日，${PARA}`, "活动现场（远江融媒祁文涛摄）", PARA]));
    expect(creditsOf(a)).toEqual(["photographer:祁文涛"]);
  });
});

describe("a 【…讯】 dateline tag followed by a bracket of bare names", () => {
  it("is a lead byline naming the reporters", () => {
    const line = `【新远江讯】（祁文涛）5月20日，${PARA}`;
    expect(opensWithByline(line)).toBe(true);
    const b = leadByline(line, 0);
    expect(roles(b?.credits)).toEqual(["reporter:祁文涛"]);
    expect(line.slice(b?.bodyAt)).toMatch(/^5月20日/);
    expect(roles(leadByline(`【远江日报讯】（祁文涛 贺云舟）${PARA}`, 0)?.credits)).toEqual([
      "reporter:祁文涛",
      "reporter:贺云舟",
    ]);
    expect(roles(leadByline(`【远江讯】（记者 祁文涛 通讯员 贺云舟）${PARA}`, 0)?.credits)).toEqual([
      "reporter:祁文涛",
      "correspondent:贺云舟",
    ]);
  });

  it("gives no reporter for a bracket that holds no person's name", () => {
    expect(roles(leadByline(`【新远江讯】（远江市总工会供稿）${PARA}`, 0)?.credits)).toEqual([]);
    expect(roles(leadByline(`【新远江讯】（综合报道）${PARA}`, 0)?.credits)).toEqual([]);
  });

  it("opens the article's body after the tag", () => {
    const [a, ...rest] = segmentDocument(pageDoc([TITLE, `【新远江讯】（祁文涛）5月20日，${PARA}`, PARA]));
    expect(rest).toEqual([]);
    expect(a?.title).toBe(TITLE);
    expect(creditsOf(a)).toEqual(["reporter:祁文涛"]);
    expect(body(a)).toBe("5月20日，");
  });
});

describe("an outlet's 电 dateline with its place and date", () => {
  it("is a lead byline when 记者 or 通讯员 follows", () => {
    const line = `远江网青川4月4日电（记者祁文涛、魏青宇）3日上午，${PARA}`;
    expect(opensWithByline(line)).toBe(true);
    const b = leadByline(line, 0);
    expect(roles(b?.credits)).toEqual(["reporter:祁文涛", "reporter:魏青宇"]);
    expect(line.slice(b?.bodyAt)).toMatch(/^3日上午/);
    expect(roles(leadByline(`远江通讯社青川5月1日电 记者 祁文涛 ${PARA}`, 0)?.credits)).toEqual([
      "reporter:祁文涛",
    ]);
  });

  it("is no byline when a headline follows the dateline instead", () => {
    expect(opensWithByline("远江网青川3月3日电 全国人大代表祁文涛：守护高原的光明")).toBe(false);
    expect(opensWithByline(`青川4月4日电力检修班组完成了春检任务，${PARA}`)).toBe(false);
  });
});

describe("an end byline that lost its closing bracket", () => {
  it("is read at the end of the last body line", () => {
    expect(roles(endByline("远江市总工会将对他们一并进行表彰。（记者 祁文涛 通讯员 曾立龙", 0))).toEqual([
      "reporter:祁文涛",
      "correspondent:曾立龙",
    ]);
    expect(roles(endByline("会议号召全市职工向劳模学习。（通讯员 曾立龙", 0))).toEqual([
      "correspondent:曾立龙",
    ]);
    expect(roles(endByline("（记者 祁文涛", 0))).toEqual(["reporter:祁文涛"]);
  });

  it("needs a finished sentence before the bracket and a role word in it", () => {
    expect(endByline("他说（记者 祁文涛", 0)).toBeNull();
    expect(endByline("远江市总工会将对他们一并进行表彰。（祁文涛 曾立龙", 0)).toBeNull();
    expect(
      endByline("远江市总工会将对他们一并进行表彰。（记者从会上了解到，今年共有三十人获评", 0),
    ).toBeNull();
  });

  it("credits the article, whose page ends with an editor's tag", () => {
    const [a] = segmentDocument(
      pageDoc([
        TITLE,
        "发布时间：2026-05-06 09:30",
        `5月5日，${PARA}`,
        "远江市总工会决定对获评的三十名职工一并进行表彰。（记者 祁文涛 通讯员 曾立龙",
        "【编辑：柏雪松】",
      ]),
    );
    expect(creditsOf(a)).toEqual(["reporter:祁文涛", "correspondent:曾立龙"]);
  });
});

describe("a photographer credited with the picture agency after a slash", () => {
  it("is read at the end of a caption", () => {
    expect(roles(photoCredit("5月1日，远江市劳模表彰大会举行。记者 祁文涛 摄/远江视觉", 0))).toEqual([
      "photographer:祁文涛",
    ]);
    expect(roles(photoCredit("祁文涛 摄／远江视觉", 0))).toEqual(["photographer:祁文涛"]);
    expect(photoCredit("他把这些照片都传到了网上/远江视觉", 0)).toBeNull();
  });

  it("credits the article whose caption it ends", () => {
    const [a] = segmentDocument(
      pageDoc([TITLE, `5月1日，${PARA}`, "5月1日，远江市劳模表彰大会举行。记者 祁文涛 摄/远江视觉", PARA]),
    );
    expect(creditsOf(a)).toEqual(["photographer:祁文涛"]);
  });
});

describe("作者 and names without a colon", () => {
  it("names the reporters, surname or not, and is no subtitle", () => {
    const [a, ...rest] = segmentDocument(
      pageDoc([
        "全国人大代表洛桑达娃：雪域电网的守护者",
        "远江网青川3月3日电 全国人大代表洛桑达娃：雪域电网的守护者",
        "作者 次仁 格桑卓玛",
        `全国劳动模范洛桑达娃从事电网检修二十年，${PARA}`,
        PARA,
      ]),
    );
    expect(rest).toEqual([]);
    expect(a?.title).toBe("全国人大代表洛桑达娃：雪域电网的守护者");
    expect(a?.subtitles).not.toContain("作者 次仁 格桑卓玛");
    expect(creditsOf(a)).toEqual(["reporter:次仁", "reporter:格桑卓玛"]);
    expect(body(a)).toBe("全国劳动模范");
  });

  it("reads a line of names with a Han surname too, and leaves a sentence about an author alone", () => {
    const [a] = segmentDocument(pageDoc([TITLE, "作者 祁文涛 贺云舟", PARA, PARA]));
    expect(creditsOf(a)).toEqual(["reporter:祁文涛", "reporter:贺云舟"]);
    const [b] = segmentDocument(pageDoc([TITLE, "作者 祁文涛在青松镇采访时说", PARA, PARA]));
    expect(creditsOf(b)).toEqual([]);
  });
});

describe("a metadata stamp with a space after the year", () => {
  it("is metadata (dating the page), not a subtitle", () => {
    const [a] = segmentDocument(
      pageDoc([
        TITLE,
        "2024 04/04 18:09:27 来源: 远江网",
        `远江网青川4月4日电（记者祁文涛、魏青宇）3日上午，${PARA}`,
        PARA,
      ]),
    );
    expect(a?.title).toBe(TITLE);
    expect(a?.subtitles).toEqual([]);
    expect(a?.date).toBe("2024-04-04");
    expect(creditsOf(a)).toEqual(["reporter:祁文涛", "reporter:魏青宇"]);
    expect(body(a)).toMatch(/^3日上午，/);
  });
});

describe("a web page with a long headline, read through break repair", () => {
  it("keeps the headline as the title and the whole page as one article", () => {
    const title = "听劳模讲奋斗故事 学非遗竹编手艺 庆“五一”远江市职工思政课走进青松镇工业园区暨首场宣讲";
    const text = repairBreaks(
      [title, "发布时间: 2026-04-28", `在“五一”国际劳动节即将来临之际，${PARA}`, "劳模宣讲传薪火", PARA].join(
        "\n\n",
      ),
    );
    const [a, ...rest] = segmentDocument({ ...pageDoc([]), text, simplified: text });
    expect(rest).toEqual([]);
    expect(a?.title).toBe(title);
    expect(a?.date).toBe("2026-04-28");
  });
});

describe("a byline line naming two outlets joined by a dash", () => {
  it("reads the reporter and the correspondent", () => {
    const b = leadByline("远江日报-远江网记者祁文涛 通讯员贺云舟", 0);
    expect(roles(b?.credits)).toEqual(["reporter:祁文涛", "correspondent:贺云舟"]);
    const [a] = segmentDocument(
      pageDoc([TITLE, "来源：远江日报客户端", "远江日报－远江网记者 祁文涛 通讯员 贺云舟", PARA, PARA]),
    );
    expect(creditsOf(a)).toEqual(["reporter:祁文涛", "correspondent:贺云舟"]);
  });
});

describe("an end byline naming the writer's unit before the name", () => {
  it("reads the names after the unit", () => {
    expect(roles(endByline("活动受到师生欢迎。 （远江市委讲师团祁文涛）", 0))).toEqual([
      "correspondent:祁文涛",
    ]);
    expect(roles(endByline("活动受到师生欢迎。（青松镇总工会 祁文涛 贺云舟）", 0))).toEqual([
      "correspondent:祁文涛",
      "correspondent:贺云舟",
    ]);
    const line = "活动受到师生欢迎。（远江市总工会宣传部柏雪松）";
    const [c] = endByline(line, 0) ?? [];
    expect(line.slice(c?.start, c?.end)).toBe("柏雪松");
  });

  it("leaves a bracket without a person's name alone", () => {
    expect(endByline("活动受到师生欢迎。（远江市总工会供稿）", 0)).toBeNull();
    expect(endByline("活动受到师生欢迎。（远江市总工会办公室）", 0)).toBeNull();
    expect(endByline("活动受到师生欢迎。（远江市劳动模范协会会长）", 0)).toBeNull();
  });
});

describe("a headline with one short sentence under it before the first paragraph", () => {
  it("opens the article there, and a list item further down does not", () => {
    const arts = segmentDocument(
      pageDoc([
        "远江市七名职工获评五一劳动奖章",
        "2024年5月3日，远江网发布本消息。",
        "今年远江市共有七名职工获得省五一劳动奖章，他们来自制造、交通、教育等各行各业。",
        "获得奖章的职工有：",
        "青松镇：祁文涛 青松镇第二小学教师",
        "贺云舟 远江机床厂高级技师",
        "远江市：柏雪松 远江市第一人民医院护士长（民盟盟员韦立新任院长）",
        "五一劳动奖章是总工会授予在经济社会建设中作出突出贡献的职工的荣誉，每年评选一次，颁发范围包括各行各业。",
      ]),
    );
    expect(arts.map((a) => a.title)).toEqual(["远江市七名职工获评五一劳动奖章"]);
    expect(arts[0]?.text).toContain("祁文涛");
  });
});

describe("an outlet's stationed reporter with 文/图 under a headline with a comma", () => {
  const TITLE2 = "2021年10位“远江工匠”亮相,青川这2位名列其中";
  const LINE = "青川特区报驻穗记者 祁文涛 通讯员 林青山 罗春红 文/图";
  const FIRST2 =
    "1月7日,由远江省总工会主办的2021年“远江工匠”发布仪式在远江广播电视台举行。省总工会主席吕青海等出席活动。";

  it("stays on its line through break repair, and the page is one article", () => {
    const text = `${TITLE2}\n\n${LINE}\n\n${FIRST2}`;
    expect(repairBreaks(text)).toBe(text);
    const arts = segmentDocument(pageDoc([TITLE2, LINE, FIRST2]));
    expect(arts.map((a) => a.title)).toEqual([TITLE2]);
    expect(creditsOf(arts[0])).toEqual(
      expect.arrayContaining(["reporter:祁文涛", "correspondent:林青山", "photographer:罗春红"]),
    );
  });

  it("a 驻 reporter line is a byline of its own", () => {
    expect(opensWithByline("远江日报驻京记者 祁文涛")).toBe(true);
  });
});

describe("a bulleted 图文 credit under a short headline", () => {
  it("credits both names as reporters and photographers; the headline stays the title", () => {
    const arts = segmentDocument(
      pageDoc([
        "劳模的五一",
        "○ 图文:祁文涛 林  青",
        "劳模，在很多人眼中是一种荣誉，是对自己工作的肯定和褒扬，但对罗春红来说意义远不止于此。",
      ]),
    );
    expect(arts.map((a) => a.title)).toEqual(["劳模的五一"]);
    expect(creditsOf(arts[0])?.sort()).toEqual(
      ["photographer:林青", "photographer:祁文涛", "reporter:林青", "reporter:祁文涛"].sort(),
    );
  });
});

describe("Taiwan papers' credits", () => {
  it("reads a 【】 byline after the outlet's desk in brackets", () => {
    const line = `（远江传媒青川新闻）【记者祁文涛/青川报导】${PARA}`;
    expect(opensWithByline(line)).toBe(true);
    const b = leadByline(line, 0);
    expect(roles(b?.credits)).toEqual(["reporter:祁文涛"]);
    expect(line.slice(b?.bodyAt)).toBe(PARA);
    expect(opensWithByline(`（远江传媒青川新闻）${PARA}`)).toBe(false);
  });
  it("reads 翻摄 (a picture of a picture) as a photo credit's verb, not the name's end", () => {
    expect(roles(photoCredit("局长致词。（图/记者祁文涛翻摄）", 0))).toEqual(["photographer:祁文涛"]);
  });
});

describe("two names printed without a space", () => {
  it("split where both halves open with a surname (one split only)", () => {
    expect(roles(leadByline(`本报讯（记者柏晓锐祁杰实习生贺云舟）${PARA}`, 0)?.credits)).toEqual([
      "reporter:柏晓锐",
      "reporter:祁杰",
      "reporter:贺云舟",
    ]);
  });
  it("do not split off a place name (an author field's county)", () => {
    expect(roles(leadByline(`本报讯（记者武义祁建胜）${PARA}`, 0)?.credits)).toEqual([]);
  });
});

describe("a role word early in the line, after an outlet or a dateline", () => {
  it.each([
    [`︹记者祁文涛青川报导︺${PARA}`, ["reporter:祁文涛"]],
    ["远江振道/记者 祁文涛/青川报导", ["reporter:祁文涛"]],
    [`【News586/记者祁文涛报导】${PARA}`, ["reporter:祁文涛"]],
    [`远江网/青川客户端讯 通讯员贺云舟报道：${PARA}`, ["correspondent:贺云舟"]],
    [`远江在线青川报道(祁文涛 通讯员 贺云舟)：${PARA}`, ["reporter:祁文涛", "correspondent:贺云舟"]],
    [`远江民航网 通讯员贺云舟 报道：${PARA}`, ["correspondent:贺云舟"]],
    [`51网讯 (记者 祁文涛)${PARA}`, ["reporter:祁文涛"]],
  ])("%s", (line, expected) => {
    expect(roles(leadByline(line, 0)?.credits)).toEqual(expected);
  });
  it("is no byline inside a sentence", () => {
    expect(leadByline("全国劳模祁文涛说，记者采访时他正在工作。", 0)).toBeNull();
    expect(leadByline("据记者了解，活动举行。", 0)).toBeNull();
  });
});

describe("what stands where a credit's name would be and names no one (round 21)", () => {
  it("drops a filing place, a thanks line and a staff field after the names", () => {
    const credits = (line: string, at: 1 | 2 = 1) => {
      const lines = [TITLE, `6月3日，${PARA}`, PARA];
      lines.splice(at, 0, line);
      return creditsOf(segmentDocument(pageDoc(lines))[0]);
    };
    expect(credits("【记者祁文涛/远江报导】 2025/04/27")).toEqual(["reporter:祁文涛"]);
    expect(credits("劳模们在会上合影。(县府提供)", 2)).toEqual([]);
    expect(credits("文/图 校工会 审核/柏雪松")).toEqual([]);
    expect(credits("文/图 祁文涛 审核/柏雪松")).toEqual(["reporter:祁文涛", "photographer:祁文涛"]);
  });
});
