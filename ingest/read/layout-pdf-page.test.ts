import { describe, expect, it } from "vitest";
import { layoutPage, type PdfItem } from "./layout-pdf-page.ts";
import { mapRadicals } from "./map-radicals.ts";

/** One text item per line of `text`, as a PDF would place them (size 10, 14 pt leading). */
function column(
  lines: string[],
  x: number,
  top: number,
  opts: { size?: number; indentFirst?: boolean } = {},
) {
  const size = opts.size ?? 10;
  return lines.map(
    (str, i): PdfItem => ({
      str,
      x: x + (opts.indentFirst && i === 0 ? 2 * size : 0),
      y: top - i * 14,
      width: str.length * size,
      size,
    }),
  );
}

describe("layoutPage", () => {
  it("joins the lines of a paragraph and starts a new one at a short line or an indent", () => {
    const items = column(
      ["第一段第一行写满了整整十个字", "第一段第二行也写满了十个字", "第一段结束。"],
      50,
      700,
    );
    items.push(
      ...column(["第二段首行缩进了两个字", "第二段第二行也写满了十个字啊", "结束。"], 50, 658, {
        indentFirst: true,
      }),
    );
    // Equal-width full lines: the short third line ends the first paragraph.
    for (const it of items) if (it.str.length > 10) it.width = 190 - it.x;
    expect(layoutPage(items)).toEqual([
      "第一段第一行写满了整整十个字第一段第二行也写满了十个字第一段结束。",
      "第二段首行缩进了两个字第二段第二行也写满了十个字啊结束。",
    ]);
  });

  it("reads two columns left then right, under a full-width headline", () => {
    const head: PdfItem = { str: "跨栏大标题", x: 50, y: 760, width: 400, size: 20 };
    const left = column(
      ["左栏第一行文字左栏第一行", "左栏第二行文字左栏第二行", "左栏第三行文字左栏第三行"],
      50,
      720,
    );
    const right = column(
      ["右栏第一行文字右栏第一行", "右栏第二行文字右栏第二行", "右栏第三行结束。"],
      260,
      720,
    );
    for (const it of [...left, ...right]) it.width = 120;
    // Items arrive in row order (left, right, left, right …), as in many PDFs.
    const rows = left.flatMap((l, i) => [l, right[i]!]);
    expect(layoutPage([head, ...rows])).toEqual([
      "跨栏大标题",
      "左栏第一行文字左栏第一行左栏第二行文字左栏第二行左栏第三行文字左栏第三行",
      "右栏第一行文字右栏第一行右栏第二行文字右栏第二行右栏第三行结束。",
    ]);
  });

  it("puts a space where a visible gap separates words, and none inside Chinese runs", () => {
    const items: PdfItem[] = [
      { str: "本报记者", x: 50, y: 500, width: 40, size: 10 },
      { str: "林某", x: 95, y: 500, width: 20, size: 10 },
      { str: "摄", x: 120, y: 500, width: 10, size: 10 },
      { str: "下一段紧挨", x: 50, y: 480, width: 50, size: 10 },
      { str: "着的字写满一整行", x: 100, y: 480, width: 80, size: 10 },
    ];
    expect(layoutPage(items)).toEqual(["本报记者 林某 摄", "下一段紧挨着的字写满一整行"]);
  });

  it("returns nothing for an empty page", () => {
    expect(layoutPage([])).toEqual([]);
    expect(layoutPage([{ str: " ", x: 0, y: 0, width: 5, size: 10 }])).toEqual([]);
  });
});

describe("mapRadicals", () => {
  it("maps Kangxi radicals and radical-supplement forms to ordinary characters", () => {
    expect(mapRadicals("\u2F08\u2F2F会议")).toBe("人工会议");
    expect(mapRadicals("\u2EC5习\u2ED4卫")).toBe("见习门卫");
    expect(mapRadicals("劳动模范")).toBe("劳动模范");
  });
});
