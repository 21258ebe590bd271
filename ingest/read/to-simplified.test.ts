import * as OpenCC from "opencc-js/t2cn";
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

/** The conversion before its fast path: opencc's three converters over each whole line. */
const convs = (["hk", "tw", "t"] as const).map((from) => OpenCC.Converter({ from, to: "cn" }));
function reference(text: string): string {
  const all = (s: string) => convs.reduce((acc, c) => c(acc), s);
  return text
    .split("\n")
    .map((line) => {
      const whole = all(line);
      if (whole.length === line.length) return whole;
      let out = "";
      for (const ch of line) {
        const c = all(ch);
        out += c.length === ch.length ? c : ch;
      }
      return out;
    })
    .join("\n");
}

describe("toSimplified's fast path", () => {
  it("gives opencc's own result on mixed and random lines", () => {
    const fixed = [
      "雲港造船廠焊工賴德勝獲評全國勞動模範，帶領班組攻克難題。",
      "本報訊 2024年5月1日，勞模工作室（第3期）在“匠心”大講堂開講。",
      "简体里夹着幾個繁體字：後來、發展、乾淨、頭髮、著作、瞭解。",
      "⿰木土 is a description; 勞模 after it",
      "鬱鬱蔥蔥的台灣與臺灣，里程與裡面，干部與幹部。",
    ];
    // Deterministic pseudo-random lines over a pool of traditional, simplified and other characters.
    const pool = [..."勞動模範獎章員廠體發後乾髮著裡臺灣幹面里干台云雲讲講师師的了是在与與，。“”（）A1 "];
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const random: string[] = [];
    for (let i = 0; i < 400; i++) {
      let line = "";
      const len = 1 + (next() % 30);
      for (let j = 0; j < len; j++) line += pool[next() % pool.length];
      random.push(line);
    }
    for (const line of [...fixed, ...random]) expect(toSimplified(line)).toBe(reference(line));
    expect(toSimplified(fixed.join("\n"))).toBe(reference(fixed.join("\n")));
  });

  it("leaves a text with no traditional-only character as it is (no phrase of it is rewritten)", () => {
    const simplified = "青川支局理财经理沈默琰讲述了自己的故事。";
    expect(toSimplified(simplified)).toBe(simplified);
    // The same phrase in a traditional text is converted as opencc does.
    expect(toSimplified("他沈默不語，遠江勞模沈默琰發言。")).toBe("他沉默不语，远江劳模沉默琰发言。");
  });
});
