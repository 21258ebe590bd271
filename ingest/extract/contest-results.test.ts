/**
 * Contest results (…技能大赛…项目冠军, 金牌, 一等奖) are results, not titles a person holds: they
 * keep a run of honours whole while it is read, and are dropped from the output (fictional text).
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.ts";
import { testArticle } from "./test-article.ts";

const honoursOf = (text: string) =>
  Object.fromEntries(
    extractArticle(testArticle(text)).persons.map((p) => [p.name, p.honours.map((h) => h.name)]),
  );

describe("contest results", () => {
  it("are no honour of a person who holds titles too", () => {
    const h = honoursOf(
      "远江技师学院举办劳模进校园活动\n活动中，第四十六届世界技能大赛数控铣项目冠军、全国技术能手、远江技师学院教师祁文涛分享了备赛经历。",
    );
    expect(h["祁文涛"]).toEqual(["全国技术能手"]);
  });

  it("make no honouree alone", () => {
    const h = honoursOf(
      "远江技师学院举办劳模进校园活动\n活动中，全国职业院校技能大赛焊接项目金牌、远江技师学院学生贺云舟分享了备赛经历。",
    );
    expect(h["贺云舟"]).toBeUndefined();
  });
});
