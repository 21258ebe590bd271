import { describe, expect, it } from "vitest";
import { toSimplified } from "./to-simplified.ts";

describe("toSimplified", () => {
  it("converts traditional text with the same length", () => {
    const t = "雲港造船廠焊工賴德勝獲評全國勞動模範，帶領班組攻克難題。";
    const s = toSimplified(t);
    expect(s).toBe("云港造船厂焊工赖德胜获评全国劳动模范，带领班组攻克难题。");
    expect(s.length).toBe(t.length);
  });

  it("returns simplified input unchanged", () => {
    const s = "云港造船厂焊工获评全国劳动模范。乾隆年间的著作。";
    expect(toSimplified(s)).toBe(s);
    expect(toSimplified("Model worker, 2024")).toBe("Model worker, 2024");
  });

  it("keeps the length for Hong Kong and Taiwan variants and astral characters", () => {
    for (const t of ["綫路維修", "電腦軟體與滑鼠", "𠮷野家的員工", "乾燥的頭髮"]) {
      expect(toSimplified(t).length).toBe(t.length);
    }
    expect(toSimplified("綫路")).toBe("线路");
  });

  it("keeps offsets aligned line by line", () => {
    const t = "第一行：勞模。\n第二行：獎章。";
    const s = toSimplified(t);
    expect(s.split("\n").map((l) => l.length)).toEqual(t.split("\n").map((l) => l.length));
    expect(s).toBe("第一行：劳模。\n第二行：奖章。");
  });
});
