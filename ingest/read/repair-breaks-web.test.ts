/**
 * Break repair on pages copied from the web (fictional text): a long headline without sentence
 * punctuation stays apart from the metadata line and the first paragraph under it, and such a
 * header is no evidence of PDF damage.
 */
import { describe, expect, it } from "vitest";
import { hasPdfBreaks, isCredit, repairBreaks } from "./repair-breaks.ts";

// 46 characters, no sentence punctuation: long enough to pass for a body line by length alone.
const LONG_TITLE = "听劳模讲奋斗故事 学非遗竹编手艺 庆“五一”远江市职工思政课走进青松镇工业园区暨首场宣讲";
const FIRST =
  "春风送暖，万物生长。在“五一”国际劳动节即将来临之际，远江市总工会组织劳模宣讲活动走进青松镇工业园区，百余名职工参加。";

describe("repairBreaks on a web page's header", () => {
  it("does not glue a long headline to a metadata line or to the first paragraph", () => {
    expect(LONG_TITLE.length).toBeGreaterThanOrEqual(40);
    for (const meta of [
      "发布时间: 2026-04-28",
      "2026 04/28 10:15:02 来源: 远江网",
      "来源：远江日报",
      "作者：祁文涛",
    ]) {
      const text = `${LONG_TITLE}\n\n${meta}\n\n${FIRST}\n\n第二段，活动持续了两个小时。`;
      expect(repairBreaks(text), meta).toBe(text);
      expect(hasPdfBreaks(text), meta).toBe(false);
    }
  });

  it("does not glue a long headline to the first paragraph right under it", () => {
    const text = `${LONG_TITLE}\n\n${FIRST}`;
    expect(repairBreaks(text)).toBe(text);
    expect(hasPdfBreaks(text)).toBe(false);
  });

  it("never takes a metadata line as the rest of an open body line", () => {
    const text = "活动由远江市总工会主办，青松镇总工会承办\n\n【编辑：柏雪松】";
    expect(repairBreaks(text)).toBe(text);
    const stamp = "远江市总工会今天召开座谈会，与会劳模代表\n2026 04/28 10:15:02 来源: 远江网";
    expect(repairBreaks(stamp)).toBe(stamp);
  });

  it("still joins a word cut across a blank line after a line without punctuation", () => {
    expect(repairBreaks("青松镇劳动\n\n模范祁文涛介绍，今年班组完成了三项技改任务。")).toBe(
      "青松镇劳动模范祁文涛介绍，今年班组完成了三项技改任务。",
    );
  });

  it("still joins a long unpunctuated body line to its continuation on the next line", () => {
    const line = "远江市第三热电厂锅炉二车间检修班组的技术员们在全市职工职业技能大赛决赛中包揽前三名并";
    expect(line.length).toBeGreaterThanOrEqual(40);
    expect(repairBreaks(`${line}\n获得团体一等奖。`)).toBe(`${line}获得团体一等奖。`);
  });

  it("keeps a photo credit naming the picture agency on its own line", () => {
    expect(isCredit("记者 祁文涛 摄/远江视觉")).toBe(true);
    expect(isCredit("活动现场。记者 祁文涛 摄／远江视觉")).toBe(true);
    const text =
      "5月1日，远江市劳模表彰大会举行。记者 祁文涛 摄/远江视觉\n\n这十名获得荣誉的职工分别是柏雪松、贺云舟等，他们都来自生产一线。";
    expect(repairBreaks(text)).toBe(text);
  });
});
