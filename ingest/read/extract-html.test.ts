import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { declaredCharset, extractHtml, renderPastedMarkup } from "./extract-html.ts";

const page = readFileSync(path.join(import.meta.dirname, "testdata/article.html"), "utf8");

describe("extractHtml", () => {
  const doc = extractHtml(page);

  it("keeps the article paragraphs, a blank line between them, <br> as a line break", () => {
    expect(doc.text.split("\n\n")).toEqual([
      "晨光电力公司巡线班获评先进班组",
      "本报讯（记者 葛云舒）近日，晨光电力公司输电运检中心巡线一班被评为市级先进班组。",
      "巡线一班负责山区一百八十公里输电线路的日常巡视。班长潘立群带领队员翻山越岭，\n坚持每月徒步巡线两次，及时发现并消除隐患六十余处。",
      "潘立群曾获市劳动模范称号。他说，线路安全没有小事，每一基杆塔都要看仔细。",
    ]);
  });

  it("drops navigation, scripts, share buttons, comments, sidebars and the footer", () => {
    for (const junk of [
      "首页",
      "劳模风采",
      "统计代码",
      "分享到",
      "网友评论",
      "点赞",
      "热点新闻",
      "版权所有",
      "ICP",
      "责任编辑",
    ]) {
      expect(doc.text).not.toContain(junk);
    }
  });

  it("reads title, date and source hints", () => {
    expect(doc.titleHint).toBe("晨光电力公司巡线班获评先进班组");
    expect(doc.date).toBe("2024-06-18");
    expect(doc.source).toBe("江川工人报");
  });

  it("falls back to visible dates, 来源 lines and the element with the most Chinese text", () => {
    const html = `<html><head><title>标题甲 - 某网站</title></head><body>
      <div id="menu"><a>首页</a><a>要闻</a></div>
      <div class="box"><span>2023年09月07日 来源：北岭日报</span></div>
      <div class="x"><p>北岭市汽修厂技师柯远航带领团队改进喷漆工艺，节约涂料三成。</p>
      <p>柯远航说，<b>技术</b>创新<br/>永无止境。</p>
      <p>
        第二段在源码里
        换了行。
      </p></div>
      <footer>联系我们</footer></body></html>`;
    const d = extractHtml(html);
    expect(d.date).toBe("2023-09-07");
    expect(d.source).toBe("北岭日报");
    expect(d.titleHint).toBe("标题甲");
    expect(d.text).toBe(
      "标题甲\n\n北岭市汽修厂技师柯远航带领团队改进喷漆工艺，节约涂料三成。\n\n柯远航说，技术创新\n永无止境。\n\n第二段在源码里换了行。",
    );
  });

  it("reads article:published_time and <article>", () => {
    const html = `<html><head><meta property="article:published_time" content="2022-03-15T08:00:00+08:00"></head>
      <body><nav>导航</nav><article><h1>南川铁路工务段表彰青年岗位能手</h1><p>南川铁路工务段近日表彰了十名青年岗位能手，他们长期坚守线路养护一线。</p></article></body></html>`;
    const d = extractHtml(html);
    expect(d.date).toBe("2022-03-15");
    expect(d.titleHint).toBe("南川铁路工务段表彰青年岗位能手");
    expect(d.text.split("\n\n")[0]).toBe("南川铁路工务段表彰青年岗位能手");
    expect(d.text).not.toContain("导航");
  });

  it("finds the declared charset", () => {
    expect(declaredCharset(Buffer.from(page))).toBe("gb2312");
    expect(declaredCharset(Buffer.from('<meta charset="utf-8">'))).toBe("utf-8");
    expect(declaredCharset(Buffer.from("<p>none</p>"))).toBeNull();
  });
});

describe("renderPastedMarkup", () => {
  it("renders lines of a page's pasted source as paragraphs and keeps the plain lines", () => {
    const text = [
      "远江市劳动奖送奖下乡活动仪式",
      "",
      '<p class="ql-block">会议在县宾馆举行。</p><p class="ql-block"><br></p><p class="ql-block">远江市五一劳动奖章（2名）</p><p class="ql-block">祁龙成&nbsp;远江新星煤业有限公司副总经理</p>',
    ].join("\n");
    expect(
      renderPastedMarkup(text)
        .split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "远江市劳动奖送奖下乡活动仪式",
      "会议在县宾馆举行。",
      "远江市五一劳动奖章（2名）",
      "祁龙成 远江新星煤业有限公司副总经理",
    ]);
  });

  it("leaves a text with a stray tag or an angle bracket as it is", () => {
    const text = "他说：<p>是网页里的一个标签，x<y 也不是。\n第二行。";
    expect(renderPastedMarkup(text)).toBe(text);
  });
});
