/**
 * Browser tests of the explorer and the Cypher console in headless Chromium against the
 * real server (embedded store with the fictional test graph). Screenshots go to
 * test-output/screenshots/ for a human look (CJK glyphs, layout).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TEST_IDS } from "../../server/test-graph.ts";
import { SHOTS, useBrowserSuite } from "./browser-suite.ts";
import { chromiumAvailable } from "./launch-browser.ts";

/** The client's test handle (client/src/explorer-page.ts). */
interface LaomoWindow {
  laomo: {
    nodeViewport(id: string): { x: number; y: number } | null;
    isHidden(id: string): boolean;
    hasNode(id: string): boolean;
    order(): number;
    position(id: string): { x: number; y: number };
  };
}

const canRun = chromiumAvailable() || process.env.CI === "true";
if (!canRun)
  console.warn(
    "/usr/bin/chromium not found: browser tests SKIPPED (apt-get install -y chromium fonts-noto-cjk)",
  );

describe.skipIf(!canRun)("explorer in headless Chromium", () => {
  const suite = useBrowserSuite();
  const { errors } = suite;

  async function open(hash = "#/explore"): Promise<Page> {
    const page = await suite.page(hash);
    if (!hash.startsWith("#/console")) {
      await page.waitForFunction(() => Number(document.body.dataset.graphReady ?? "0") > 0, null, {
        timeout: 60_000,
      });
    }
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const hashOf = (page: Page) => new URL(page.url()).hash;

  it("loads the overview graph with a legend and Chinese labels", async () => {
    const page = await open();
    expect(await page.locator("#graph canvas").count()).toBeGreaterThan(2);
    const legend = page.locator(".legend-item");
    expect(await legend.count()).toBe(6);
    expect(await legend.first().textContent()).toBe("人物");
    expect(await page.locator("#counts").textContent()).toMatch(/^节点 \d+ · 关系 \d+$/);
    const order = await page.evaluate(() => (window as unknown as LaomoWindow).laomo.order());
    expect(order).toBeGreaterThan(3);
    await shot(page, "explorer-overview");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds a person by pinyin initials and opens the panel with highlighted evidence", async () => {
    const page = await open();
    const input = page.locator("#search-input");
    await input.focus();
    await input.pressSequentially("oyzh");
    const option = page.locator('#search-results [role="option"]', { hasText: "欧阳振华" });
    await option.first().waitFor();
    await input.press("Enter");
    await page.locator("#panel-title", { hasText: "欧阳振华" }).waitFor();
    expect(hashOf(page)).toContain(`node=${TEST_IDS.ouyang}`);
    const panel = page.locator("#side-panel");
    expect(await panel.locator(".honours").textContent()).toContain("大国工匠");
    expect(await panel.locator(".honours .badge").first().textContent()).toBe("全国");
    expect(await panel.locator(".employers").textContent()).toContain("首席焊工");
    expect(await panel.locator(".events").textContent()).toContain("一道焊缝的精度");
    const marks = panel.locator(".evidence mark");
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().textContent()).toBeTruthy();
    expect(await panel.locator(".evidence figcaption").first().textContent()).toContain("工匠讲堂");
    expect(await page.locator("#report-link").getAttribute("href")).toBe(
      `/api/reports/person/${TEST_IDS.ouyang}?format=html`,
    );
    await shot(page, "search-panel");
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "hidden" });
    expect(hashOf(page)).not.toContain("node=");
    await page.close();
  });

  it("shows aliases, job titles and talk titles; the deep link restores the selection", async () => {
    const page = await open(`#/explore?node=${TEST_IDS.shan}`);
    await page.locator("#panel-title", { hasText: "单晓峰" }).waitFor();
    const panel = page.locator("#side-panel");
    expect(await panel.locator(".aliases").textContent()).toContain("峰哥");
    expect(await panel.locator(".employers").textContent()).toContain("高级技师");
    expect(await panel.locator(".events").textContent()).toContain("在轨道上守护万家灯火");
    const marked = await panel.locator(".evidence mark").allTextContents();
    expect(marked).toContain("全国劳动模范");
    await page.close();
  });

  it("filters by node type and honour level through the reducers", async () => {
    const page = await open();
    const hidden = (id: string) =>
      page.evaluate((x) => (window as unknown as LaomoWindow).laomo.isHidden(x), id);
    const countText = () => page.locator("#counts").textContent();
    const before = await countText();
    await page.locator('.filters input[name="type"][value="Event"]').uncheck();
    await page.waitForFunction((b) => document.querySelector("#counts")?.textContent !== b, before);
    expect(hashOf(page)).toContain("types=");
    expect(hashOf(page)).not.toContain("Event");
    expect(await hidden(TEST_IDS.e1)).toBe(true);
    await page.locator(".filters .reset").click();
    await page.waitForFunction((b) => document.querySelector("#counts")?.textContent === b, before);
    expect(await hidden(TEST_IDS.e1)).toBe(false);

    // Honour levels of overview people arrive after the first frame.
    await page.waitForFunction(() => document.body.dataset.enriched === "1");
    await page.locator('.filters input[name="level"][value="national"]').check();
    await page.waitForFunction(() => location.hash.includes("levels=national"));
    // Zeng holds only a provincial honour: hidden; Shan is a national model worker: shown.
    expect(
      await page.evaluate((id) => (window as unknown as LaomoWindow).laomo.hasNode(id), TEST_IDS.zeng),
    ).toBe(true);
    expect(await hidden(TEST_IDS.zeng)).toBe(true);
    expect(await hidden(TEST_IDS.shan)).toBe(false);
    await shot(page, "filter-national");
    await page.close();
  });

  it("finds the shortest path between two shift-clicked nodes and lists its sentences", async () => {
    const page = await open();
    for (const [i, id] of [TEST_IDS.shan, TEST_IDS.ouyang].entries()) {
      const pos = await page.evaluate((x) => (window as unknown as LaomoWindow).laomo.nodeViewport(x), id);
      expect(pos, `node ${id} on screen`).not.toBeNull();
      const box = (await page.locator("#graph").boundingBox())!;
      await page.keyboard.down("Shift");
      await page.mouse.click(box.x + pos!.x, box.y + pos!.y);
      await page.keyboard.up("Shift");
      // A click counts once sigma's double-click window has passed: wait for the pick to show,
      // so the next click is not read as a double-click (expand).
      await page.locator(i === 0 ? "#path-from" : "#path-to", { hasText: /单晓峰|欧阳振华/ }).waitFor();
    }
    await page.locator("#path-to", { hasText: /单晓峰|欧阳振华/ }).waitFor();
    await page.locator("#find-path").click();
    const steps = page.locator("#path-steps > li");
    await steps.first().waitFor();
    expect(await steps.count()).toBe(2);
    expect(await page.locator("#path-steps").textContent()).toContain("全国劳动模范");
    expect(await page.locator("#path-steps mark").count()).toBeGreaterThan(0);
    expect(hashOf(page)).toContain("path=");
    await shot(page, "path");
    await page.close();
  });

  it("expands neighbours on double-click, runs the layout, colours communities and exports", async () => {
    const page = await open();
    const before = await page.evaluate(() => (window as unknown as LaomoWindow).laomo.order());
    expect(
      await page.evaluate((id) => (window as unknown as LaomoWindow).laomo.hasNode(id), TEST_IDS.national),
    ).toBe(false);
    const pos = await page.evaluate(
      (x) => (window as unknown as LaomoWindow).laomo.nodeViewport(x),
      TEST_IDS.shan,
    );
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.dblclick(box.x + pos!.x, box.y + pos!.y);
    await page.waitForFunction(
      (id) => (window as unknown as LaomoWindow).laomo.hasNode(id),
      TEST_IDS.national,
    );
    expect(await page.evaluate(() => (window as unknown as LaomoWindow).laomo.order())).toBeGreaterThan(
      before,
    );

    const start = await page.evaluate(
      (id) => (window as unknown as LaomoWindow).laomo.position(id),
      TEST_IDS.shan,
    );
    await page.locator("#layout-toggle").click();
    expect(await page.locator("#layout-toggle").getAttribute("aria-pressed")).toBe("true");
    // The layout runs: a node moves.
    await page.waitForFunction(
      ({ id, x, y }) => {
        const p = (window as unknown as LaomoWindow).laomo.position(id);
        return p.x !== x || p.y !== y;
      },
      { id: TEST_IDS.shan, ...start },
    );
    await page.locator("#layout-toggle").click();
    expect(await page.locator("#layout-toggle").getAttribute("aria-pressed")).toBe("false");

    await page.locator("#community-toggle").click();
    expect(hashOf(page)).toContain("comm=1");

    const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
    expect(png.suggestedFilename()).toBe("laomo-graph.png");
    const pngPath = path.join(SHOTS, "export.png");
    await png.saveAs(pngPath);
    const bytes = readFileSync(pngPath);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(5000);

    const [gexf] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
    const gexfText = readFileSync(await gexf.path()).toString("utf8");
    expect(gexfText).toContain("<gexf");
    expect(gexfText).toContain("单晓峰");
    await shot(page, "expanded-communities");
    await page.close();
  });

  it("runs a console query and shows a table and a graph", async () => {
    const query = "MATCH (p:Person)-[s:SPOKE_AT]->(e:Event) RETURN p.name AS name, p, s, e";
    const page = await open(`#/console?query=${encodeURIComponent(query)}`);
    await page.locator(".result-table table").waitFor({ timeout: 60_000 });
    const rows = page.locator(".result-table tbody tr");
    expect(await rows.count()).toBe(3);
    expect(await page.locator(".result-table thead").textContent()).toContain("name");
    expect(await page.locator(".result-table tbody").textContent()).toContain("欧阳振华");
    await page.waitForFunction(
      () => Number(document.querySelector("#console-graph")?.getAttribute("data-nodes")) > 0,
    );
    expect(Number(await page.locator("#console-graph").getAttribute("data-nodes"))).toBe(5);
    expect(await page.locator(".cypher-highlight .tok-keyword").first().textContent()).toBe("MATCH");
    await shot(page, "console-result");

    // Examples run as written on the embedded store.
    await page.locator("#example-select").selectOption("0");
    await page.locator("#cypher-editor").press("Control+Enter");
    await page.waitForFunction(() =>
      /\d+ 行/.test(document.querySelector(".console-status")?.textContent ?? ""),
    );
    expect(await page.locator(".console-error").isHidden()).toBe(true);
    expect(await page.locator(".result-table tbody").textContent()).toContain("单晓峰");
    await page.close();
  });

  it("refuses a write in the console and shows the server's message", async () => {
    const page = await open("#/console");
    const editor = page.locator("#cypher-editor");
    await editor.fill("CREATE (n:Person {id:'x'})");
    await editor.press("Control+Enter");
    const err = page.locator(".console-error");
    await err.waitFor();
    expect(await err.textContent()).toMatch(/forbidden_query/);
    expect(await err.textContent()).toMatch(/CREATE/i);
    await shot(page, "console-refused");
    await page.close();
  });

  it("switches to English, keeps the state in the URL, and fits a narrow screen", async () => {
    const page = await open(`#/explore?node=${TEST_IDS.zeng}`);
    await page.locator("#panel-title", { hasText: "曾丽娟" }).waitFor();
    await page.locator("#lang-toggle").click();
    expect(hashOf(page)).toContain("lang=en");
    expect(await page.locator(".legend-item").first().textContent()).toBe("Person");
    expect(await page.locator("#side-panel h3").first().textContent()).toMatch(/[A-Za-z]/);
    await page.setViewportSize({ width: 420, height: 860 });
    // The narrow layout has applied once the sidebar sits below the stage.
    await page.waitForFunction(() => {
      const stage = document.querySelector("#main")?.getBoundingClientRect();
      const side = document.querySelector("#sidebar")?.getBoundingClientRect();
      return !!stage && !!side && side.top >= stage.bottom - 1;
    });
    await shot(page, "narrow-en");
    // Nothing overlaps the graph stage on a phone-sized screen.
    const stage = (await page.locator("#main").boundingBox())!;
    const side = (await page.locator("#sidebar").boundingBox())!;
    expect(side.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
    const reload = await suite.browser.context.newPage();
    await reload.goto(page.url());
    await reload.locator("#panel-title", { hasText: "曾丽娟" }).waitFor();
    expect(await reload.locator("#lang-toggle").textContent()).toBe("中文");
    await reload.close();
    await page.close();
    expect(errors).toEqual([]);
  });
});
