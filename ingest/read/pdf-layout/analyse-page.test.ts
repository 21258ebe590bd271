import { describe, expect, it } from "vitest";
import { analysePage } from "./analyse-page.ts";
import { buildLines } from "./build-lines.ts";
import { drawLayout } from "./draw-layout.ts";
import type { LayoutItem } from "./types.ts";

const PAGE = { width: 600, height: 800 };
const S = 10;

/** Body lines of one column: 11 characters a line, 15 units apart, fictional text. */
function column(text: string, x: number, top: number, perLine = 11): LayoutItem[] {
  const out: LayoutItem[] = [];
  for (let i = 0, row = 0; i < text.length; i += perLine, row++) {
    const str = text.slice(i, i + perLine);
    out.push({ str, x, y: top + row * 15, width: str.length * S, height: S, font: "Serif-Regular" });
  }
  return out;
}

const head = (str: string, x: number, y: number, size = 20): LayoutItem => ({
  str,
  x,
  y,
  width: str.length * size,
  height: size,
  font: "Sans-Bold",
});

const A_BODY =
  "本报讯（记者 江晓禾）近日，青禾机械厂举行技能比武，八十名职工同台竞技。比赛设车工、钳工两个项目，评委现场打分。厂工会负责人表示，比武为青年职工搭建了成长平台。";
const B_BODY =
  "本报讯（记者 林远舟）日前，白石港务公司工会开展夏送清凉活动，为一线装卸工人送去防暑用品。工会干部走进码头班组，与职工交流。活动将持续到八月底。";

describe("analysePage", () => {
  it("reads two side-by-side articles, each headline over its own columns, as two regions", () => {
    const items = [
      head("晨光日报", 20, 10, 40),
      { str: "2025年6月3日 星期二 第2版", x: 400, y: 30, width: 150, height: 8 },
      head("青禾机械厂举行技能比武", 20, 80),
      ...column(A_BODY.slice(0, 44), 20, 110),
      ...column(A_BODY.slice(44), 140, 110),
      head("白石港务公司夏送清凉", 300, 80),
      ...column(B_BODY.slice(0, 44), 300, 110),
      ...column(B_BODY.slice(44), 420, 110),
      { str: "2", x: 20, y: 780, width: 6, height: 8 },
    ];
    const layout = analysePage(items, PAGE);
    expect(layout.regions.map((r) => r.headline)).toEqual(["青禾机械厂举行技能比武", "白石港务公司夏送清凉"]);
    const [a, b] = layout.regions;
    expect(a!.paragraphs[0]).toBe("青禾机械厂举行技能比武");
    expect(a!.paragraphs.slice(1).join("")).toBe(A_BODY);
    expect(b!.paragraphs.slice(1).join("")).toBe(B_BODY);
    expect(a!.columns).toHaveLength(2);
    const chrome = layout.blocks.filter((x) => x.role === "chrome").map((x) => x.lines[0]!.text);
    expect(chrome).toEqual(expect.arrayContaining(["晨光日报", "2"]));
  });

  it("keeps a kicker and a subtitle with their headline, a jump line as a marker, a credit last", () => {
    const items = [
      { str: "弘扬劳模精神 争做时代先锋", x: 20, y: 60, width: 156, height: 12, font: "Sans-Regular" },
      head("青禾机械厂举行技能比武", 20, 78),
      { str: "八十名职工同台竞技", x: 20, y: 104, width: 117, height: 13, font: "Serif-Regular" },
      ...column(A_BODY, 20, 130, 26),
      { str: "本报记者 江晓禾 摄", x: 20, y: 240, width: 90, height: 8, font: "Sans-Regular" },
      { str: "（下转第3版）", x: 200, y: 255, width: 60, height: 9, font: "Serif-Regular" },
    ];
    const [r] = analysePage(items, PAGE).regions;
    expect(r!.kicker).toBe("弘扬劳模精神 争做时代先锋");
    expect(r!.subtitle).toBe("八十名职工同台竞技");
    expect(r!.jumps).toEqual(["（下转第3版）"]);
    expect(r!.paragraphs.at(-1)).toBe("本报记者 江晓禾 摄");
    expect(r!.paragraphs.join("\n")).not.toContain("下转");
  });

  it("reads a vertical headline (one glyph under the other) as one headline", () => {
    const glyphs = [..."港城工匠风采"].map((ch, i): LayoutItem => head(ch, 500, 100 + i * 22, 22));
    const lines = buildLines(glyphs);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ text: "港城工匠风采", vertical: true });
    const layout = analysePage(
      [...glyphs, ...column(B_BODY.slice(0, 44), 240, 100), ...column(B_BODY.slice(44), 360, 100)],
      PAGE,
    );
    expect(layout.regions).toHaveLength(1);
    expect(layout.regions[0]!.headline).toBe("港城工匠风采");
    expect(layout.regions[0]!.paragraphs.slice(1).join("")).toBe(B_BODY);
  });

  it("drops a region with no sentence (an ad) and draws the picture", () => {
    const items = [
      head("新书推荐", 300, 400),
      { str: "广告", x: 300, y: 430, width: 20, height: 10 },
      head("青禾机械厂举行技能比武", 20, 80),
      ...column(A_BODY, 20, 110),
    ];
    const layout = analysePage(items, PAGE);
    expect(layout.regions.map((r) => r.headline)).toEqual(["青禾机械厂举行技能比武"]);
    const html = drawLayout([layout], "page.pdf");
    expect(html).toContain("1 article regions");
    expect(html).toContain("青禾机械厂举行技能比武");
  });
});
