/**
 * Unit tests of the pure pieces: RFC 4180 field quoting, region derivation, month filling of
 * the timeline, and the SVG charts' escaping.
 */
import { describe, expect, it } from "vitest";
import { regionOf, regionOfHolder } from "./derive-region.ts";
import { parseCsv } from "./open-test-store.ts";
import { barChart, fillMonths } from "./render-charts.ts";
import { csvField, toCsv } from "./render-csv.ts";

describe("csv", () => {
  it("quotes commas, quotes and line breaks and round-trips", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    const rows = [
      ["section", "text"],
      ["x", '第一行\n第二行，"引号"'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(toCsv(rows).endsWith("\r\n")).toBe(true);
  });
});

describe("regions", () => {
  it("derives provinces from scopes, cities and employer names", () => {
    expect(regionOf("浙江省五一劳动奖章")).toBe("浙江");
    expect(regionOf("全国交通运输系统")).toBe("全国");
    expect(regionOf("杭州市劳动模范")).toBe("浙江");
    expect(regionOf("内蒙古自治区劳动模范")).toBe("内蒙古");
    expect(regionOf("中国铁路某局")).toBeNull();
    expect(regionOfHolder(["全国"], ["上海某某公司"])).toBe("上海");
    expect(regionOfHolder(["全国"], [])).toBe("全国");
    expect(regionOfHolder([], [])).toBeNull();
  });
});

describe("charts", () => {
  it("fills missing months so gaps show", () => {
    expect(
      fillMonths([
        { key: "2024-11", count: 2 },
        { key: "2025-02", count: 1 },
      ]).map((r) => r.count),
    ).toEqual([2, 0, 0, 1]);
  });

  it("escapes labels in SVG", () => {
    const svg = barChart({ kind: "bar", zh: "图", en: "chart", data: [{ key: "<b>&", count: 3 }] });
    expect(svg).toContain("&#60;b&#62;&#38;");
    expect(svg).not.toContain("<b>");
  });
});
