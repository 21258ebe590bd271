/**
 * Curation in headless Chromium against the real server (two fictional articles ingested by
 * the real pipeline into a temp embedded store, a write token): reject a fact in the node
 * panel, add a missed fact by selecting its words with the mouse in the article view, merge
 * two persons through the panel's search — each checked through the API and the graph after.
 * Screenshots in test-output/screenshots/curation-*.png.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_A, ARTICLE_B } from "../../ingest/corrections/test-articles.ts";
import { chromiumAvailable, type LaunchedBrowser, launchBrowser } from "./launch-browser.ts";
import { type RunningApp, startTestApp } from "./start-app.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

const TOKEN = "curation-e2e-token-0123456789";
const SHOTS = path.resolve(import.meta.dirname, "../../test-output/screenshots");
const canRun = chromiumAvailable() || process.env.CI === "true";

/** Without an honour 许望舒 is no honouree: the extractor leaves him out and the reviewer adds him. */
const MISSED = "许望舒";

describe.skipIf(!canRun)("curation in headless Chromium", () => {
  let app: RunningApp;
  let browser: LaunchedBrowser;
  let corpus: string;
  const errors: string[] = [];

  async function api(p: string): Promise<{ status: number; body: Json }> {
    const res = await fetch(`${app.url}${p}`);
    return { status: res.status, body: (await res.json()) as Json };
  }

  async function personIds(name: string): Promise<string[]> {
    const r = await api(`/api/search?q=${encodeURIComponent(name)}&types=Person`);
    return r.body.results.filter((x: Json) => x.name === name).map((x: Json) => x.id);
  }

  async function articleId(title: string): Promise<string> {
    const r = await api("/api/facts?type=REPORTED&limit=100");
    const f = r.body.facts.find((x: Json) => x.target.name === title);
    if (!f) throw new Error(`no article ${title}`);
    return f.target.id;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    corpus = mkdtempSync(path.join(tmpdir(), "laomo-curation-e2e-"));
    writeFileSync(path.join(corpus, "2024-05-10-a.txt"), ARTICLE_A);
    writeFileSync(path.join(corpus, "2024-06-02-b.txt"), ARTICLE_B);
    app = await startTestApp({ ingest: [corpus], env: { LAOMO_TOKEN: TOKEN } });
    browser = await launchBrowser();
    // The reviewer entered the token once before (api.ts keeps it in localStorage).
    await browser.context.addInitScript((token) => {
      localStorage.setItem("laomo-graph.token", token);
    }, TOKEN);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (corpus) rmSync(corpus, { recursive: true, force: true });
  });

  async function open(hash: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(`${e.message}\n${e.stack ?? ""}`));
    await page.goto(`${app.url}/${hash}`);
    return page;
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SHOTS, `curation-${name}.png`), fullPage: true });

  it("rejects a fact in the node panel, with a reason", async () => {
    const [miao] = await personIds("苗东篱");
    expect(miao).toBeTruthy();
    const before = await api(`/api/nodes/${miao}`);
    expect(before.body.honours.map((x: Json) => x.name)).toContain("全国劳动模范");

    const page = await open(`#/explore?node=${miao}`);
    const panel = page.locator("#side-panel");
    await panel.locator(".node-facts[data-loaded='1']").waitFor({ timeout: 30_000 });
    const card = panel.locator(".fact-card", { hasText: "全国劳动模范" }).filter({ hasText: "获得荣誉" });
    expect(await card.getAttribute("data-review")).toBe("extracted");
    const relId = await card.getAttribute("data-rel-id");
    await card.locator("button.reject").click();
    await card.locator("input.reject-reason").fill("文中是市级荣誉，抽取有误");
    await card.locator("input.reject-reason").press("Enter");
    await panel.locator(".curation-status.applied").waitFor({ timeout: 60_000 });
    // The panel reloads with the graph as rebuilt: the same fact, now rejected.
    const rejected = panel.locator(`.fact-card[data-rel-id="${relId}"][data-review="rejected"]`);
    await rejected.waitFor({ timeout: 30_000 });
    expect(await rejected.textContent()).toContain("文中是市级荣誉");
    await shot(page, "reject-panel");
    // "Unreviewed only" leaves the rejected fact out of the panel's list.
    await panel.locator("input.only-unreviewed").check();
    expect(await panel.locator(".fact-card[data-review='rejected']").count()).toBe(0);
    expect(await panel.locator(".fact-card[data-review='extracted']").count()).toBeGreaterThan(0);
    await panel.locator("input.only-unreviewed").uncheck();

    const after = await api(`/api/nodes/${miao}`);
    expect(after.body.honours.map((x: Json) => x.name)).not.toContain("全国劳动模范");
    const list = await api(`/api/facts?review=rejected&nodeId=${miao}`);
    expect(list.body.facts.map((f: Json) => [f.type, f.target.name, f.reason])).toContainEqual([
      "HAS_HONOUR",
      "全国劳动模范",
      "文中是市级荣誉，抽取有误",
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("adds a missed fact by selecting its words in the article view", async () => {
    const b = await articleId("夜校第二课聚焦安全生产");
    const view = await api(`/api/articles/${b}`);
    expect(view.body.facts.some((f: Json) => f.source.name === MISSED)).toBe(false);
    expect(await personIds(MISSED)).toEqual([]);

    // The article's file is named, never the server's path to it (it was read from a temp dir).
    const articleNode = await api(`/api/nodes/${b}`);
    expect(articleNode.body.attributes.file).toBe("2024-06-02-b.txt");
    expect(JSON.stringify(articleNode.body)).not.toContain(corpus);
    expect(JSON.stringify(view.body)).not.toContain(corpus);

    const page = await open(`#/article/${encodeURIComponent(b)}`);
    await page.waitForFunction((id) => document.body.dataset.articleReady === id, b);
    expect(await page.locator(".fact-mark").count()).toBeGreaterThan(0);
    await shot(page, "article-view");

    // Select the name with the mouse: press before its first character, release after its last.
    const text = (view.body.text as string) ?? "";
    const start = text.indexOf(MISSED);
    const end = start + MISSED.length;
    const box = await page.evaluate(
      ([s, e]) => {
        const root = document.getElementById("article-text")!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const at = (offset: number) => {
          let seen = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const len = (n.textContent ?? "").length;
            if (offset < seen + len) return { node: n, offset: offset - seen };
            seen += len;
          }
          throw new Error("offset past the text");
        };
        const rect = (offset: number) => {
          walker.currentNode = root;
          const p = at(offset);
          const r = document.createRange();
          r.setStart(p.node, p.offset);
          r.setEnd(p.node, p.offset + 1);
          return r.getBoundingClientRect().toJSON() as DOMRect;
        };
        return { first: rect(s), last: rect(e - 1) };
      },
      [start, end] as const,
    );
    const y = box.first.y + box.first.height / 2;
    await page.mouse.move(box.first.x + 1, y);
    await page.mouse.down();
    await page.mouse.move(box.last.x + box.last.width / 2, y, { steps: 5 });
    await page.mouse.move(box.last.x + box.last.width - 1, y, { steps: 2 });
    await page.mouse.up();

    await page.locator("#add-words", { hasText: MISSED }).waitFor();
    expect(await page.locator("#add-words").textContent()).toBe(MISSED);
    await page.locator("#add-kind").selectOption("SPOKE_AT");
    expect(await page.locator("input.add-source-name").inputValue()).toBe(MISSED);
    const event = view.body.facts.find((f: Json) => f.target.label === "Event")?.target.name as string;
    expect(event).toBeTruthy();
    await page.locator("input.add-target-name").fill(event);
    await shot(page, "add-form");
    await page.locator("#add-submit").click();
    await page.locator(".curation-status.applied").waitFor({ timeout: 60_000 });
    const added = page.locator(".fact-card[data-review='added']", { hasText: MISSED });
    await added.waitFor();
    expect(await page.locator(".fact-mark.review-added").first().textContent()).toBe(MISSED);
    await shot(page, "added");

    const after = await api(`/api/articles/${b}`);
    const f = after.body.facts.find((x: Json) => x.source.name === MISSED);
    expect(f).toMatchObject({ type: "SPOKE_AT", review: "added", start, end });
    expect(f.target.name).toBe(event);
    const ids = await personIds(MISSED);
    expect(ids).toHaveLength(1);
    const node = await api(`/api/nodes/${ids[0]}`);
    expect(node.body.events.map((x: Json) => x.name)).toContain(event);
    expect(after.body.reviewed.reviewed).toBeGreaterThan(view.body.reviewed.reviewed);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("merges two persons, the other picked through search in the panel", async () => {
    const [keep] = await personIds("卓映川");
    const [other] = await personIds("卓映州");
    expect(keep && other && keep !== other).toBeTruthy();

    const page = await open(`#/explore?node=${keep}`);
    await page.waitForFunction(() => Number(document.body.dataset.graphReady ?? "0") > 0, null, {
      timeout: 30_000,
    });
    const panel = page.locator("#side-panel");
    await panel.locator(".node-facts[data-loaded='1']").waitFor({ timeout: 30_000 });
    await panel.locator("button.merge").click();
    await panel.locator("input.merge-search").pressSequentially("卓映州");
    const pick = panel.locator(`button.merge-pick[data-id="${other}"]`);
    await pick.waitFor();
    await shot(page, "merge-search");
    await pick.click();
    await page.waitForFunction(() => Number(document.body.dataset.graphReloads ?? "0") > 0, null, {
      timeout: 60_000,
    });
    await panel.locator(".curation-status.applied").waitFor({ timeout: 30_000 });
    await panel.locator(".node-facts[data-loaded='1']").waitFor({ timeout: 30_000 });
    await shot(page, "merged");

    // The API: one person, named in both articles, the other id gone.
    expect(await personIds("卓映州")).toEqual([]);
    expect(await personIds("卓映川")).toEqual([keep]);
    expect((await api(`/api/nodes/${other}`)).status).toBe(404);
    const merged = await api(`/api/nodes/${keep}`);
    const articles = new Set(merged.body.evidence.map((e: Json) => e.articleId));
    expect(articles.size).toBe(2);
    // The graph on screen: reloaded from the server, the other node gone, the kept one shown.
    const inGraph = await page.evaluate(
      ([k, o]) => {
        const l = (window as unknown as { laomo: { hasNode(id: string): boolean } }).laomo;
        return [l.hasNode(k!), l.hasNode(o!)];
      },
      [keep, other],
    );
    expect(inGraph).toEqual([true, false]);
    expect(await page.locator("#panel-title").textContent()).toBe("卓映川");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists unreviewed facts by kind in the review queue; a highlight is reached by keyboard", async () => {
    const page = await open("#/review?type=HAS_HONOUR");
    await page.waitForFunction(() => document.body.dataset.queueReady !== undefined);
    const count = async () => Number(await page.locator(".queue-list").getAttribute("data-total"));
    const before = await count();
    const api1 = await api("/api/facts?review=unreviewed&type=HAS_HONOUR&limit=1");
    expect(before).toBe(api1.body.total);
    expect(before).toBeGreaterThan(0);
    const cards = page.locator(".queue-list .fact-card");
    expect(await cards.count()).toBe(before);
    for (const c of await cards.all()) expect(await c.textContent()).toContain("获得荣誉");
    await cards.first().locator("button.confirm").click();
    await page.waitForFunction(
      (n) => Number(document.querySelector(".queue-list")?.getAttribute("data-total")) === n - 1,
      before,
    );
    expect((await api("/api/facts?review=confirmed&type=HAS_HONOUR")).body.total).toBeGreaterThan(0);
    await page.locator("#queue-review").selectOption("confirmed");
    await page.waitForFunction(() => location.hash.includes("review=confirmed"));
    expect(new URL(page.url()).hash).toContain("type=HAS_HONOUR");
    await shot(page, "queue");

    // The article of a fact, in English; Tab to the first highlight, Enter selects its fact.
    const href = await page.locator(".queue-list a.article-link").first().getAttribute("href");
    await page.goto(`${app.url}/${href}${href?.includes("?") ? "&" : "?"}lang=en`);
    await page.waitForFunction(() => document.body.dataset.articleReady !== undefined);
    expect(await page.locator("#article-reviewed").textContent()).toMatch(/^\d+ of \d+ facts reviewed$/);
    await page.locator(".fact-mark").first().focus();
    await page.keyboard.press("Enter");
    const chosen = page.locator(".fact-card.selected");
    await chosen.first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("fact-card"))).toBe(true);
    await shot(page, "article-en");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("edits a fact's value in the article view and undoes it from the status line", async () => {
    const a = await articleId("港区工匠夜校开课");
    const before = (await api(`/api/articles/${a}`)).body.facts.find(
      (f: Json) => f.type === "WORKS_FOR" && f.source.name === "苗东篱",
    );
    expect(before.qualifier.jobTitle).toBe("桥吊司机");
    const page = await open(`#/article/${encodeURIComponent(a)}`);
    await page.waitForFunction((id) => document.body.dataset.articleReady === id, a);
    const card = page.locator(`.fact-card[data-rel-id="${before.relId}"]`);
    await card.locator("button.edit").click();
    await card.locator("select.edit-field").selectOption("jobTitle");
    await card.locator("input.edit-value").fill("桥吊班长");
    await card.locator("input.edit-value").press("Enter");
    const corrected = page.locator(".fact-card[data-review='corrected']", { hasText: "桥吊班长" });
    await corrected.waitFor({ timeout: 60_000 });
    const edited = (await api(`/api/articles/${a}`)).body.facts.find(
      (f: Json) => f.type === "WORKS_FOR" && f.source.name === "苗东篱",
    );
    expect(edited).toMatchObject({ review: "corrected", qualifier: { jobTitle: "桥吊班长" } });
    await shot(page, "edited");

    await page.locator("#curation-status button.undo-last").click();
    await page
      .locator(".fact-card[data-review='extracted']", { hasText: "桥吊司机" })
      .filter({ hasText: "苗东篱" })
      .waitFor({ timeout: 60_000 });
    const undone = (await api(`/api/articles/${a}`)).body.facts.find(
      (f: Json) => f.type === "WORKS_FOR" && f.source.name === "苗东篱",
    );
    expect(undone).toMatchObject({ review: "extracted", qualifier: { jobTitle: "桥吊司机" } });
    const log = await api("/api/corrections");
    expect(log.body.entries.map((e: Json) => [e.action, e.status])).toEqual(
      expect.arrayContaining([
        ["undo", "applied"],
        ["edit", "undone"],
      ]),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("asks for the token when none is stored and says plainly when it is refused", async () => {
    const a = await articleId("港区工匠夜校开课");
    const target = (await api(`/api/articles/${a}`)).body.facts.find(
      (f: Json) => f.type === "HELD_AT" && f.review === "extracted",
    );
    expect(target).toBeTruthy();
    const page = await open(`#/article/${encodeURIComponent(a)}`);
    await page.waitForFunction((id) => document.body.dataset.articleReady === id, a);
    await page.evaluate(() => localStorage.removeItem("laomo-graph.token"));
    const card = page.locator(`.fact-card[data-rel-id="${target.relId}"]`);

    await card.locator("button.confirm").click();
    await page.locator("#laomo-token-input").fill("wrong-token-000000000000");
    await page.locator("#laomo-token-input").press("Enter");
    const error = page.locator("#curation-status.error");
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toBe("保存失败（403）：写入令牌不正确");
    expect(await error.getAttribute("role")).toBe("alert");
    await shot(page, "token-refused");
    expect(
      (await api(`/api/articles/${a}`)).body.facts.find((f: Json) => f.relId === target.relId).review,
    ).toBe("extracted");

    await card.locator("button.confirm").click();
    await page.locator("#laomo-token-input").fill(TOKEN);
    await page.locator("#laomo-token-input").press("Enter");
    await page.locator(`.fact-card[data-rel-id="${target.relId}"][data-review="confirmed"]`).waitFor({
      timeout: 60_000,
    });
    expect(await page.evaluate(() => localStorage.getItem("laomo-graph.token"))).toBe(TOKEN);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("splits a person: the mentions in the chosen article go to a new person", async () => {
    const [reporter] = await personIds("骆青禾");
    expect(reporter).toBeTruthy();
    const b = await articleId("夜校第二课聚焦安全生产");
    const page = await open(`#/explore?node=${reporter}`);
    const panel = page.locator("#side-panel");
    await panel.locator(".node-facts[data-loaded='1']").waitFor({ timeout: 30_000 });
    await panel.locator("button.split").click();
    const boxes = panel.locator("input.split-article");
    expect(await boxes.count()).toBe(2);
    await panel.locator(`input.split-article[value="${b}"]`).check();
    await panel.locator("input.split-name").fill("骆青荷");
    await shot(page, "split-form");
    await panel.locator(".split-form button[type=submit]").click();
    await page.waitForFunction(() => Number(document.body.dataset.graphReloads ?? "0") > 0, null, {
      timeout: 60_000,
    });
    await panel.locator(".curation-status.applied").waitFor({ timeout: 30_000 });

    const [split] = await personIds("骆青荷");
    expect(split).toBeTruthy();
    const reported = await api(`/api/facts?type=REPORTED&nodeId=${split}`);
    expect(reported.body.facts.map((f: Json) => f.target.id)).toEqual([b]);
    const kept = await api(`/api/facts?type=REPORTED&nodeId=${reporter}`);
    expect(kept.body.facts.map((f: Json) => f.target.name)).toEqual(["港区工匠夜校开课"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an article node's panel lists its credits with their role and opens the article view", async () => {
    const a = await articleId("港区工匠夜校开课");
    const page = await open(`#/explore?node=${a}`);
    const panel = page.locator("#side-panel");
    await panel.locator(".node-facts[data-loaded='1']").waitFor({ timeout: 30_000 });
    const credit = panel.locator(".fact-card", { hasText: "骆青禾" });
    expect(await credit.textContent()).toContain("（记者）");
    const file = panel.locator(".attrs dt", { hasText: "文件" });
    expect(await file.count()).toBe(1);
    expect(await panel.locator(".attrs").textContent()).not.toContain("/");
    await panel.locator("#open-article").click();
    await page.waitForFunction((id) => document.body.dataset.articleReady === id, a);
    expect(new URL(page.url()).hash).toBe(`#/article/${encodeURIComponent(a)}?node=${a}`);
    expect(await page.locator("#article-title").textContent()).toBe("港区工匠夜校开课");
    expect(errors).toEqual([]);
    await page.close();
  });
});
