import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IngestFileError, InvalidInputError } from "../../model/errors.ts";
import { readDocument } from "./index.ts";

const dir = path.join(import.meta.dirname, "testdata");
const at = (name: string) => path.join(dir, name);

async function reason(file: string, options?: Parameters<typeof readDocument>[1]): Promise<string> {
  try {
    await readDocument(file, options);
    return "read";
  } catch (e) {
    expect(e).toBeInstanceOf(IngestFileError);
    expect((e as IngestFileError).file).toBe(file);
    return (e as IngestFileError).reason;
  }
}

describe("readDocument: text files", () => {
  it("renders a page's source pasted into a txt (block tags become lines)", async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "read-doc-markup-"));
    const file = path.join(tmp, "pasted.txt");
    writeFileSync(
      file,
      '远江市劳动奖送奖下乡活动仪式\n\n<p class="ql-block">远江市五一劳动奖章（2名）</p><p class="ql-block">祁龙成 远江新星煤业有限公司副总经理</p><p class="ql-block">柏利军 远江煤电有限公司洗煤厂厂长</p>\n',
    );
    const doc = await readDocument(file);
    expect(doc.text).not.toContain("<p");
    expect(doc.text).toContain("远江市五一劳动奖章（2名）\n");
    expect(doc.text).toContain("\n祁龙成 远江新星煤业有限公司副总经理");
  });

  it("reads a GB18030 txt with front matter", async () => {
    const doc = await readDocument(at("article.gb18030.txt"));
    expect(doc.encoding).toBe("GB18030");
    expect(doc.format).toBe("txt");
    expect(doc.titleHint).toBe("白杨纺织厂举办技能比武");
    expect(doc.date).toBe("2024-05-06");
    expect(doc.source).toBe("江川工人报");
    expect(doc.text.startsWith("白杨纺织厂举办技能比武\n\n本报讯（记者 梁若溪）")).toBe(true);
    expect(doc.text).not.toContain("---");
    expect(doc.simplified).toBe(doc.text);
  });

  it("reads the same article from UTF-16LE with a BOM and from a UTF-8-BOM markdown file", async () => {
    const gb = await readDocument(at("article.gb18030.txt"));
    const wide = await readDocument(at("article.utf16le.txt"));
    expect(wide.encoding).toBe("UTF-16LE");
    expect(wide.text).toBe(gb.text);
    const md = await readDocument(at("article.bom.md"));
    expect(md.format).toBe("md");
    expect(md.encoding).toBe("UTF-8");
    expect(md.text).toBe(gb.text);
    expect(md.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("reads Big5 traditional text and gives a same-length simplified form", async () => {
    const doc = await readDocument(at("article.big5.txt"));
    expect(doc.encoding).toBe("Big5");
    expect(doc.text.startsWith("雲港造船廠焊工獲評全國勞動模範")).toBe(true);
    expect(doc.simplified.startsWith("云港造船厂焊工获评全国劳动模范")).toBe(true);
    expect(doc.simplified.length).toBe(doc.text.length);
    const be = await readDocument(at("article.utf16be-nobom.txt"));
    expect(be.encoding).toBe("UTF-16BE");
    expect(be.text).toBe(doc.text);
  });

  it("repairs PDF-style breaks in a txt export and takes the date from the file name", async () => {
    const doc = await readDocument(at("2024-05-01-pdf-export.txt"));
    expect(doc.date).toBe("2024-05-01");
    expect(doc.text).toContain("维修班长曹启航带领班组");
    expect(doc.text).toContain("提供了坚实保障。");
    expect(doc.text).toContain("创造不平凡的业绩。");
    expect(doc.text.split("\n\n")).toEqual([
      "长河水务集团表彰一线技术标兵",
      expect.stringMatching(/^本报讯.*三百余次，平均到场时间缩短至二十分钟以内。$/),
      expect.stringMatching(/^化验室主任欧阳晴.*坚实保障。$/),
      expect.stringMatching(/^集团工会负责人.*业绩。$/),
      "本报记者 邹静怡 摄",
    ]);
  });

  it("lets options.date override every other date", async () => {
    expect((await readDocument(at("article.gb18030.txt"), { date: "2020-01-02" })).date).toBe("2020-01-02");
    expect((await readDocument(at("2024-05-01-pdf-export.txt"), { date: "2020-01-02" })).date).toBe(
      "2020-01-02",
    );
    await expect(readDocument(at("article.gb18030.txt"), { date: "yesterday" })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });
});

describe("readDocument: html, docx, pdf", () => {
  it("reads a GB-encoded HTML page and a UTF-8 page that declares gb2312", async () => {
    const gb = await readDocument(at("article-gb.htm"));
    expect(gb.encoding).toBe("GB18030");
    expect(gb.format).toBe("html");
    expect(gb.date).toBe("2024-06-18");
    expect(gb.source).toBe("江川工人报");
    expect(gb.titleHint).toBe("晨光电力公司巡线班获评先进班组");
    expect(gb.text).toContain("班长潘立群带领队员翻山越岭");
    expect(gb.text).not.toContain("版权所有");
    const utf8 = await readDocument(at("article.html"));
    expect(utf8.encoding).toBe("UTF-8");
    expect(utf8.text).toBe(gb.text);
  });

  it("reads a docx as one paragraph per line", async () => {
    const doc = await readDocument(at("article.docx"));
    expect(doc.format).toBe("docx");
    expect(doc.encoding).toBe("binary");
    expect(doc.text.split("\n\n")).toEqual([
      "东岭矿业公司机修工获评省级技术能手",
      "本报讯（记者 任思远）东岭矿业公司机修车间钳工孟海川近日获评省级技术能手。",
      "孟海川参加工作十五年，先后完成设备技术改造二十余项，其中两项获得国家实用新型专利。",
    ]);
  });

  it("reads a two-column PDF in reading order and repairs the column break", async () => {
    const doc = await readDocument(at("page.pdf"));
    expect(doc.format).toBe("pdf");
    const paragraphs = doc.text.split("\n\n");
    expect(paragraphs[0]).toBe("青松机械厂技术工人宣讲团走进车间");
    expect(paragraphs[1]).toMatch(/^本报讯（记者 林晓舟）近日，青松机械厂.*钻研技术的经历。$/);
    expect(doc.text).toContain("使一次装配合格率提高到百分之九十九以上");
    expect(paragraphs.at(-1)).toMatch(/^本报记者 林晓舟 ?摄$/);
    expect(paragraphs).toHaveLength(7);
    for (const p of paragraphs.slice(1, -1)) expect(p).toMatch(/。$/);
  });

  it("reads a three-column page with a centred subtitle and a second story below", async () => {
    const doc = await readDocument(at("page3.pdf"));
    const paragraphs = doc.text.split("\n\n");
    expect(paragraphs.slice(0, 3)).toEqual([
      "北山煤矿综采一队获评工人先锋号",
      "连续八年安全生产无事故",
      expect.stringMatching(/^本报讯（记者 甘雨桐）近日，.*逐年攀升。$/),
    ]);
    expect(paragraphs).toContain("本报记者 甘雨桐 摄");
    const second = paragraphs.indexOf("东湖区总工会为环卫工人送清凉");
    expect(second).toBe(paragraphs.indexOf("本报记者 甘雨桐 摄") + 1);
    expect(paragraphs.slice(second + 1)).toHaveLength(3);
    for (const p of paragraphs.slice(second + 1)) expect(p).toMatch(/。$/);
    // Kangxi radical glyphs (⼭ ⼀ ⼯ …) come back as ordinary characters.
    expect(doc.text).not.toMatch(/[\u2e80-\u2fdf]/);
    expect(doc.simplified.length).toBe(doc.text.length);
  });
});

describe("readDocument: refusals", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "read-doc-"));

  it.each([
    ["empty.txt", /^empty file$/],
    ["binary.txt", /^binary content, not text/],
    ["garbage.txt", /^text encoding not recognised/],
    ["page-truncated.pdf", /^PDF is truncated or corrupt: /],
    ["article-truncated.docx", /^docx is corrupt or truncated: /],
    ["page.html", /^read$/],
  ])("%s → %s", async (name, expected) => {
    expect(await reason(at(name))).toMatch(expected);
  });

  it("refuses files over the size limit, saying the size and the limit", async () => {
    expect(await reason(at("page.pdf"), { maxBytes: 100_000 })).toMatch(/^file is 0\.3 MB, limit 0\.1 MB$/);
    const big = path.join(tmp, "big.txt");
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(await reason(big)).toBe("file is 21 MB, limit 20 MB");
  });

  it("reads the bytes a caller already read as the file, refusing them by the same limits", async () => {
    const { readFileSync } = await import("node:fs");
    for (const name of ["article.gb18030.txt", "article.html", "article.docx", "page.pdf"]) {
      const bytes = readFileSync(at(name));
      expect(await readDocument(at(name), { bytes })).toEqual(await readDocument(at(name)));
    }
    // The bytes are read: the file itself is not (a name that does not exist reads the same).
    const bytes = readFileSync(at("article.utf8.txt"));
    const gone = path.join(tmp, "gone.txt");
    expect((await readDocument(gone, { bytes })).text).toBe(
      (await readDocument(at("article.utf8.txt"))).text,
    );
    expect(await reason(at("page.pdf"), { bytes: readFileSync(at("page.pdf")), maxBytes: 100_000 })).toMatch(
      /^file is 0\.3 MB, limit 0\.1 MB$/,
    );
    expect(await reason(gone, { bytes: new Uint8Array(0) })).toBe("empty file");
  });

  it("refuses unknown extensions, missing files, folders and misnamed binaries", async () => {
    expect(await reason(at("make-fixtures.sh"))).toMatch(/^unsupported file type \.sh/);
    expect(await reason(path.join(tmp, "missing.txt"))).toBe("file not found");
    const folder = path.join(tmp, "folder.txt");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder);
    expect(await reason(folder)).toBe("is a directory, not a file");
    const fakePdf = path.join(tmp, "fake.pdf");
    writeFileSync(fakePdf, "这不是一个PDF文件。");
    expect(await reason(fakePdf)).toMatch(/^PDF is truncated or corrupt/);
    const fakeDocx = path.join(tmp, "fake.docx");
    writeFileSync(fakeDocx, "plain text");
    expect(await reason(fakeDocx)).toMatch(/^docx is corrupt: not a zip archive/);
    const pdfAsTxt = path.join(tmp, "pdf.txt");
    writeFileSync(pdfAsTxt, "%PDF-1.4\n%âãÏÓ\n1 0 obj");
    expect(await reason(pdfAsTxt)).toBe("binary content, not text (the file is a PDF)");
    const blank = path.join(tmp, "blank.md");
    writeFileSync(blank, "---\ntitle: 空白\n---\n\n   \n");
    expect(await reason(blank)).toBe("empty file (no text)");
  });
});

describe("pinyin glosses after characters", () => {
  it("are dropped from the text; brackets without a tone mark stay", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gloss-"));
    const file = path.join(dir, "page.txt");
    writeFileSync(
      file,
      "遠江市勞動(dòng)模範表彰大會(huì)舉行\n\n全國勞動（dòng）模範、遠江機械廠技師祁文濤（左一）發言(A組)。\n",
    );
    const doc = await readDocument(file);
    expect(doc.text).toContain("遠江市勞動模範表彰大會舉行");
    expect(doc.text).toContain("全國勞動模範、遠江機械廠技師祁文濤（左一）發言(A組)。");
  });

  it("come with a stray comma before other marks on the same copies: it goes, a single comma stays", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gloss-"));
    const file = path.join(dir, "page.txt");
    writeFileSync(
      file,
      "遠江市勞模表彰會召開,。受表彰的有:遠江機械廠技師祁文濤,,青川礦業公司礦工柏雪松,、車曉燕等,,全場鼓掌。\n",
    );
    const doc = await readDocument(file);
    expect(doc.text).toContain(
      "遠江市勞模表彰會召開。受表彰的有:遠江機械廠技師祁文濤,青川礦業公司礦工柏雪松、車曉燕等,全場鼓掌。",
    );
  });

  it("drop a gloss without tone marks only where it reads the character before it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gloss-"));
    const file = path.join(dir, "page.txt");
    writeFileSync(file, "2024年(nian)远江职工(gong)运动会举行。劳模祁(qi)文(wen)涛见图(a)和表(ab)。\n");
    const doc = await readDocument(file);
    expect(doc.text).toContain("2024年远江职工运动会举行。劳模祁文涛见图(a)和表(ab)。");
  });
});
