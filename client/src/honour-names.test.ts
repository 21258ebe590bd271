import { afterEach, describe, expect, it } from "vitest";
import { HONOUR_HEADS } from "../../ingest/lexicon/honours.ts";
import { CATEGORY_EN, categoryName } from "./honour-names.ts";
import { setLang } from "./i18n.ts";

describe("categoryName", () => {
  afterEach(() => setLang("zh"));

  it("has an English name for every category the extractor gives", () => {
    const categories = new Set(HONOUR_HEADS.values());
    const missing = [...categories].filter((c) => !CATEGORY_EN[c]);
    expect(missing).toEqual([]);
    for (const name of Object.values(CATEGORY_EN)) expect(name).toMatch(/^[A-Z][A-Za-z0-9' -]+$/);
  });

  it("shows Chinese in the Chinese UI and English in the English UI", () => {
    expect(categoryName("劳动模范")).toBe("劳动模范");
    setLang("en");
    expect(categoryName("劳动模范")).toBe("Model worker");
    expect(categoryName("五一劳动奖章")).toBe("May Day Labour Medal");
    // An unknown category keeps its own form rather than vanishing.
    expect(categoryName("某某奖")).toBe("某某奖");
  });
});
