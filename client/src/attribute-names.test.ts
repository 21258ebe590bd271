import { afterEach, describe, expect, it } from "vitest";
import { attributeName, attributeValue } from "./attribute-names.ts";
import { setLang } from "./i18n.ts";

describe("node panel attributes in the UI language", () => {
  afterEach(() => setLang("zh"));

  it("names keys and enumerated values in Chinese, never the raw key", () => {
    expect(attributeName("scope")).toBe("授予范围");
    expect(attributeValue("orgType", "union")).toBe("工会");
    expect(attributeValue("category", "劳动模范")).toBe("劳动模范");
    expect(attributeValue("untitled", true)).toBe("是");
  });

  it("names them in English, honour categories included, and a file without its folders", () => {
    setLang("en");
    expect(attributeName("orgType")).toBe("Organisation type");
    expect(attributeValue("category", "五一劳动奖章")).toBe("May Day Labour Medal");
    expect(attributeValue("orgType", "company")).toBe("company");
    expect(attributeValue("file", "/srv/laomo/uploads/2024/a.txt")).toBe("a.txt");
    // A key the panel does not know is shown as it is, not dropped.
    expect(attributeName("someKey")).toBe("someKey");
  });
});
