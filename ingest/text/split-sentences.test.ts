import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.ts";

const texts = (t: string) => splitSentences(t).map((r) => t.slice(r.start, r.end));

describe("splitSentences", () => {
  it("splits on stops and line breaks, never inside quotes", () => {
    expect(texts("祁文涛说：“好。再来。”他笑了。\n第二段")).toEqual([
      "祁文涛说：“好。再来。”他笑了。",
      "第二段",
    ]);
  });

  it("keeps a list printed one item a line together (a break after 、 is layout)", () => {
    const t =
      "获得者分别为：远江机械厂祁文涛、\n青川水厂柏雪松、\n远江农场车晓燕。\n见面会上，他们讲了故事。";
    expect(texts(t)).toEqual([
      "获得者分别为：远江机械厂祁文涛、\n青川水厂柏雪松、\n远江农场车晓燕。",
      "见面会上，他们讲了故事。",
    ]);
  });

  it("joins a header ending in a colon to the list on the next lines, not to a paragraph", () => {
    const list = "“青川工匠”获得者分别为：\n远江机械厂祁文涛、\n青川水厂柏雪松。";
    expect(texts(list)).toEqual([list]);
    expect(texts("事迹分享：\n祁文涛讲了他的故事。")).toEqual(["事迹分享：", "祁文涛讲了他的故事。"]);
  });
});
