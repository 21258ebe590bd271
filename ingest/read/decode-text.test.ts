import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { canonicalEncoding, decodeText } from "./decode-text.ts";
import { ReadRefusal } from "./read-refusal.ts";

const enc = (s: string, e: string) => new Uint8Array(iconv.encode(s, e));

const SHORT_SIMPLIFIED = ["劳动模范", "焊工秦海峰", "他获得五一劳动奖章。", "全国劳模、大国工匠"];
const SHORT_TRADITIONAL = ["勞動模範", "焊工秦海峰", "他獲得五一勞動獎章。", "全國勞模、大國工匠"];
const LONG =
  "本报讯（记者 闵若兰）近日，西岭钢铁公司轧钢厂召开劳模座谈会。轧钢工人卫长河介绍，他在岗位上工作了二十多年，带领班组完成多项技术革新。\n与会职工表示，要以劳模为榜样，立足岗位多作贡献。";

describe("decodeText", () => {
  it.each(SHORT_SIMPLIFIED)("detects GB18030 for the short simplified text %s", (s) => {
    expect(decodeText(enc(s, "gb18030"))).toEqual({ text: s, encoding: "GB18030" });
  });

  it.each(SHORT_TRADITIONAL)("detects Big5 for the short traditional text %s", (s) => {
    expect(decodeText(enc(s, "big5"))).toEqual({ text: s, encoding: "Big5" });
  });

  it("decodes GBK/GB2312 bytes (a subset) as GB18030", () => {
    expect(decodeText(enc(LONG, "gbk"))).toEqual({ text: LONG, encoding: "GB18030" });
    expect(decodeText(enc(LONG, "gb2312"))).toEqual({ text: LONG, encoding: "GB18030" });
  });

  it("decodes long Big5 text", () => {
    const trad =
      "本報訊（記者 閔若蘭）近日，西嶺鋼鐵公司軋鋼廠召開勞模座談會。軋鋼工人衛長河介紹，他在崗位上工作了二十多年。";
    expect(decodeText(enc(trad, "big5"))).toEqual({ text: trad, encoding: "Big5" });
  });

  it("decodes UTF-8 with and without BOM", () => {
    expect(decodeText(enc(LONG, "utf8"))).toEqual({ text: LONG, encoding: "UTF-8" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc("劳模", "utf8")]);
    expect(decodeText(bom)).toEqual({ text: "劳模", encoding: "UTF-8" });
  });

  it("decodes UTF-16 with a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...enc(LONG, "utf16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...enc(LONG, "utf16be")]);
    expect(decodeText(le)).toEqual({ text: LONG, encoding: "UTF-16LE" });
    expect(decodeText(be)).toEqual({ text: LONG, encoding: "UTF-16BE" });
  });

  it.each([...SHORT_SIMPLIFIED, LONG, "Model worker Li Ming, 2024"])("decodes BOM-less UTF-16 of %s", (s) => {
    expect(decodeText(enc(s, "utf16le"))).toEqual({ text: s, encoding: "UTF-16LE" });
    expect(decodeText(enc(s, "utf16be"))).toEqual({ text: s, encoding: "UTF-16BE" });
  });

  it("uses a declared charset as a hint but not against the bytes", () => {
    expect(decodeText(enc(LONG, "gb18030"), { hint: "gb2312" }).encoding).toBe("GB18030");
    // Declared GB2312, stored as UTF-8: the bytes win.
    expect(decodeText(enc(LONG, "utf8"), { hint: "gb2312" }).encoding).toBe("UTF-8");
  });

  it("refuses empty, binary and undecodable input with a reason", () => {
    const reason = (b: Uint8Array) => {
      try {
        decodeText(b);
        return "decoded";
      } catch (e) {
        expect(e).toBeInstanceOf(ReadRefusal);
        return (e as ReadRefusal).reason;
      }
    };
    expect(reason(new Uint8Array())).toBe("empty file");
    expect(
      reason(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x42, 0x00, 0x00, 0x07])),
    ).toMatch(/^binary content, not text/);
    expect(reason(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe(
      "binary content, not text (the file is a PDF)",
    );
    const junk = new Uint8Array(300).map((_, i) => 0x80 + ((i * 37 + 5) % 0x20));
    expect(reason(junk)).toMatch(/^text encoding not recognised/);
    const replaced = enc(`${"\uFFFD".repeat(50)}劳模`, "utf8");
    expect(reason(replaced)).toMatch(/^text encoding not recognised/);
  });

  it("names charsets canonically", () => {
    expect(canonicalEncoding("GBK")).toBe("GB18030");
    expect(canonicalEncoding("x-gbk")).toBe("GB18030");
    expect(canonicalEncoding("big5-hkscs")).toBe("Big5");
    expect(canonicalEncoding("utf8")).toBe("UTF-8");
    expect(canonicalEncoding("no-such-charset")).toBeNull();
  });
});
