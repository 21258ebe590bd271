import { describe, expect, it } from "vitest";
import { normalisePunct } from "./normalise-punct.ts";

describe("normalisePunct", () => {
  it("maps half-width punctuation to full width, keeping the length", () => {
    const t = "甲乙,丙(丁):戊;己!庚?辛\u3000「壬」";
    const out = normalisePunct(t);
    expect(out).toBe("甲乙，丙（丁）：戊；己！庚？辛 “壬”");
    expect(out).toHaveLength(t.length);
  });

  it("turns ASCII double quotes into opening and closing quotes, reset by a line break", () => {
    expect(normalisePunct('他说"好"和"行"')).toBe("他说“好”和“行”");
    expect(normalisePunct('一"甲\n"乙"')).toBe("一“甲\n“乙”");
    // A typographic quote sets the state: after “ the next ASCII quote closes.
    expect(normalisePunct('“甲"乙')).toBe("“甲”乙");
    expect(normalisePunct('”"甲"')).toBe("”“甲”");
  });

  it("reads a full stop after a Han character as 。, not in numbers or Latin", () => {
    expect(normalisePunct("完成了.下一句 3.5米 v1.2 好.8")).toBe("完成了。下一句 3.5米 v1.2 好.8");
    expect(normalisePunct('结束."')).toBe("结束。“");
  });

  it("returns the text itself when nothing changes", () => {
    const t = "某厂钳工张某获评全国劳动模范。";
    expect(normalisePunct(t)).toBe(t);
  });
});
