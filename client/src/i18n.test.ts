import { describe, expect, it } from "vitest";
import { allStrings, setLang, t } from "./i18n.ts";

describe("i18n", () => {
  it("has a Chinese and an English text for every key, with the same placeholders", () => {
    for (const [key, v] of Object.entries(allStrings())) {
      expect(v.zh.length, key).toBeGreaterThan(0);
      expect(v.en.length, key).toBeGreaterThan(0);
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(v.zh), key).toEqual(ph(v.en));
    }
  });
  it("fills placeholders in the current language", () => {
    setLang("en");
    expect(t("nodesEdges", { n: 3, e: 2 })).toBe("3 nodes · 2 edges");
    setLang("zh");
    expect(t("nodesEdges", { n: 3, e: 2 })).toBe("节点 3 · 关系 2");
  });
});
