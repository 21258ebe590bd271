import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasPdfBreaks, isByline, isCredit, repairBreaks } from "./repair-breaks.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const shared = path.resolve(repoRoot, "../shared");
const seedDir = path.join(shared, "seed");
const haveSeed = existsSync(seedDir);
const FINAL = /[。！？!?；;：:」』”’…]$/;

describe("repairBreaks", () => {
  it("keeps caption lines that open alike apart: records of a list, not one sentence", () => {
    const text =
      "大会现场。\n\n2020年全国劳动模范，远江环境公司清运部经理祁文涛\n\n2020年全国劳动模范，青川水务公司工会主席 柏雪松\n\n2020年全国先进工作者，远江医院主任医师 车晓燕";
    expect(repairBreaks(text)).toBe(text);
    // Without the shared opening, such lines read as one sentence cut by the layout.
    const cut =
      "大会现场。\n\n全国劳动模范，远江环境公司清运部经理祁文涛\n\n和青川水务公司工会主席柏雪松出席。";
    expect(repairBreaks(cut)).toBe(
      "大会现场。\n\n全国劳动模范，远江环境公司清运部经理祁文涛和青川水务公司工会主席柏雪松出席。",
    );
  });

  it("keeps a roll printed one person a line apart: NAME, a space, unit and post", () => {
    const roll =
      "名单如下：\n远江五一劳动奖章\n祁 川 国网远江省电力有限公司青川供电分公司带电作业管理中心配网带电检修作业班技术负责人\n柏文涛 远江市青松区教育局青松路小学教育集团东校区党支部书记兼校长\n车晓燕 远江新材料科技有限责任公司高分子材料研究院先进复合材料研究所总工程师\n贺 华 远江大学第二附属医院急诊医学科(中心 EICU)重症监护病区副主任医师";
    expect(repairBreaks(roll)).toBe(roll);
    // A wrapped sentence whose next line holds punctuation is still joined.
    const wrapped =
      "祁川 远江供电公司工作负责人柏文涛和远江市实验小学的校长车晓燕今天上午一同来到青川县第一中学的\n课堂上，为同学们讲述了自己的成长故事。";
    expect(repairBreaks(wrapped)).toBe(wrapped.replace("\n", ""));
  });

  it("keeps a line of bare author names between a deck and the text", () => {
    const text =
      "远江劳模的背后推手\n\n她发掘出近千位劳模典型人物，其中包括祁文涛、柏雪松等——\n\n韦立新 葛长风\n\n她从事工会工作三十年，为全省发掘出近千名先进人物。";
    expect(repairBreaks(text)).toBe(text);
  });

  it("never joins a web page's metadata line to the first paragraph", () => {
    const text =
      "远江劳模进校园\n\n发布日期:2024-06-20 08:40:00      来源: 远江市总工会\n\n为大力弘扬劳模精神，远江市总工会举办了宣讲活动。";
    expect(repairBreaks(text)).toBe(text);
    const byline =
      "远江劳模进校园\n\n编辑：柏雪松   作者：祁文涛\n\n近日，远江市总工会举办了宣讲活动，三名劳模登台。";
    expect(repairBreaks(byline)).toBe(byline);
  });

  it("joins a word cut by a column break across several blank lines", () => {
    const text = "当天，技术员许文涛在第三热电厂锅炉二\n\n\n\n车间工作了十年，负责设备巡检。";
    expect(repairBreaks(text)).toBe("当天，技术员许文涛在第三热电厂锅炉二车间工作了十年，负责设备巡检。");
  });

  it("joins a sentence cut after one blank line and keeps the following paragraph apart", () => {
    const text =
      "她先后获得市五一劳动奖章、省劳动\n\n模范等称号，带出徒弟三十多名。\n\n工会负责人表示，将继续做好服务。";
    expect(repairBreaks(text)).toBe(
      "她先后获得市五一劳动奖章、省劳动模范等称号，带出徒弟三十多名。\n\n工会负责人表示，将继续做好服务。",
    );
  });

  it("keeps a headline, a subtitle, a byline paragraph and a photo credit on their own lines", () => {
    const text = [
      "红岭化工集团举办职工技能大赛",
      "",
      "八个工种同台比武 二十人获评岗位能手",
      "",
      "本报讯（记者 钟一帆）近日，红岭化工集团举办职工技能大赛，共有三百余名职工参赛。",
      "",
      "本报记者 钟一帆 摄",
      "",
      "绿洲公交开通劳模服务线路",
      "",
      "本报讯（通讯员 韦思齐）日前，绿洲公交开通劳模服务线路。",
    ].join("\n");
    expect(repairBreaks(text)).toBe(text);
  });

  it("joins a line without punctuation when a dictionary word is cut in two", () => {
    expect(repairBreaks("省级劳动\n\n模范蒋一鸣介绍，今年班组完成了技改任务。")).toBe(
      "省级劳动模范蒋一鸣介绍，今年班组完成了技改任务。",
    );
    // No word spans the cut: may be a headline, so it stays apart.
    const headline = "青川电厂检修班组获评工人先锋号\n\n近日，青川电厂检修班组获评工人先锋号。";
    expect(repairBreaks(headline)).toBe(headline);
  });

  it("does not glue a line that ends a sentence to the next paragraph", () => {
    const text = "车间主任说，今年产量创新高。\n\n班组长补充道，安全生产同样重要。";
    expect(repairBreaks(text)).toBe(text);
  });

  it("does not join a body line to a byline or a credit that follows it", () => {
    const text = "现场气氛热烈，职工们纷纷表示要向劳模学习\n\n本报记者 钟一帆 摄";
    expect(repairBreaks(text)).toBe(text);
  });

  it("does not join into an indented paragraph or a numbered section", () => {
    const text = "他提出了三点意见，包括\n\n　　第二段从这里开始。\n\n会议要求，各单位\n\n一、加强组织领导。";
    expect(repairBreaks(text)).toBe(text);
  });

  it("is idempotent and leaves well-formed text unchanged", () => {
    const wellFormed = "标题一行\n\n正文第一段，说明情况。\n\n正文第二段，继续说明。\n\n记者 甲乙 摄";
    expect(repairBreaks(wellFormed)).toBe(wellFormed);
    const broken = "第一段写到一半，被分栏\n\n\n截断了。";
    expect(repairBreaks(repairBreaks(broken))).toBe(repairBreaks(broken));
  });

  it("adds a space only between Latin words", () => {
    expect(repairBreaks("The workshop, built in\n\n2019, has 40 staff.")).toBe(
      "The workshop, built in 2019, has 40 staff.",
    );
    expect(repairBreaks("扎根一线，工作已有40\n\n年。")).toBe("扎根一线，工作已有40年。");
  });

  it("recognises bylines and credits", () => {
    expect(isByline("本报讯（记者 钟一帆）近日")).toBe(true);
    expect(isByline("（记者 钟一帆）")).toBe(true);
    expect(isByline("钟一帆是一名焊工。")).toBe(false);
    expect(isCredit("本报记者 钟一帆 摄")).toBe(true);
    expect(isCredit("钟一帆 摄影")).toBe(true);
    expect(isCredit("他在车间里摄下了这一幕，令人难忘。")).toBe(false);
  });

  it("continues a byline line whose first sentence has begun after the bracket", () => {
    expect(repairBreaks("本报讯（记者 钟一帆）近\n日，红岭化工集团举办职工技能大赛。")).toBe(
      "本报讯（记者 钟一帆）近日，红岭化工集团举办职工技能大赛。",
    );
    expect(repairBreaks("本报记者 钟一帆\n近日，红岭化工集团举办职工技能大赛。")).toBe(
      "本报记者 钟一帆\n近日，红岭化工集团举办职工技能大赛。",
    );
  });

  it("detects and repairs hard-wrapped text without blank lines", () => {
    const wrapped =
      "队长介绍，队里推行班\n前安全提醒和班后经验分享制度，\n新入职的青年矿工都要跟随老师傅\n学习三个月，考核合格后才能独立\n上岗。";
    expect(hasPdfBreaks(wrapped)).toBe(true);
    expect(repairBreaks(wrapped)).toBe(
      "队长介绍，队里推行班前安全提醒和班后经验分享制度，新入职的青年矿工都要跟随老师傅学习三个月，考核合格后才能独立上岗。",
    );
    expect(hasPdfBreaks("第一行，写完了。\n第二行，也写完了。\n第三行。")).toBe(false);
  });

  it("tells PDF-damaged text from well-formed text", () => {
    expect(hasPdfBreaks("他在锅炉二\n\n\n车间工作，负责巡检。")).toBe(false); // first line has no body punctuation
    expect(hasPdfBreaks("当天，他在锅炉二\n\n车间工作。")).toBe(true);
    expect(hasPdfBreaks("当天，他在分厂工作。\n\n第二段。")).toBe(false);
  });
});

describe.skipIf(!haveSeed && process.env.CI !== "true")("repairBreaks on the seed page", () => {
  const file = haveSeed ? readFileSync(path.join(seedDir, "000_9f06cbba4d791606.txt"), "utf8") : "";
  const gold = haveSeed
    ? (JSON.parse(readFileSync(path.join(shared, "eval/seed-gold.json"), "utf8")) as {
        articles: { title: string }[];
      })
    : { articles: [] };
  const paragraphs = () =>
    repairBreaks(file)
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");

  it("finds PDF-style breaks in the seed", () => {
    expect(hasPdfBreaks(file)).toBe(true);
  });

  it("leaves no paragraph without final punctuation except headlines, bylines and credits", () => {
    const open = paragraphs().filter((p) => !FINAL.test(p));
    expect(open.length).toBeGreaterThan(0);
    for (const p of open) {
      const headline = p.length <= 40 && !/[，。；]/.test(p);
      const credit = /摄$/.test(p) || isCredit(p);
      expect(headline || credit || isByline(p), p).toBe(true);
    }
  });

  it("keeps every headline as a paragraph of its own", () => {
    const ps = new Set(paragraphs());
    expect(gold.articles.length).toBeGreaterThan(0);
    for (const a of gold.articles) expect(ps.has(a.title), a.title).toBe(true);
  });

  it("only removes line breaks: the characters are unchanged", () => {
    const strip = (s: string) => s.replace(/\s+/g, "");
    expect(strip(repairBreaks(file))).toBe(strip(file));
  });
});
