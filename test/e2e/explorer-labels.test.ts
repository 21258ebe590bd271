/**
 * Browser tests of what a new user tripped over in the explorer: overlapping labels, zoom
 * buttons, filters that leave isolated dots or accept impossible ranges, Louvain without a
 * legend, and exports that lose the picture. Headless Chromium against the real server.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TEST_IDS } from "../../server/test-graph.ts";
import { SHOTS, useBrowserSuite } from "./browser-suite.ts";
import { chromiumAvailable } from "./launch-browser.ts";

interface Box {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Handle {
  laomo: {
    nodeViewport(id: string): { x: number; y: number } | null;
    isHidden(id: string): boolean;
    hasNode(id: string): boolean;
    order(): number;
    labelBoxes(): Box[];
    cameraRatio(): number;
    edgeCaptions(): string[];
    strandedNodes(): string[];
  };
}

const canRun = chromiumAvailable() || process.env.CI === "true";

const overlapping = (boxes: Box[]) => {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        pairs.push(`${a.key}/${b.key}`);
    }
  return pairs;
};

describe.skipIf(!canRun)("explorer labels, zoom, filters, communities and exports", () => {
  const suite = useBrowserSuite({ width: 1100, height: 700 });
  const { errors } = suite;

  async function open(hash = "#/explore"): Promise<Page> {
    const page = await suite.page(hash);
    await page.waitForFunction(() => Number(document.body.dataset.graphReady ?? "0") > 0, null, {
      timeout: 30_000,
    });
    return page;
  }
  const labelBoxes = (page: Page) => page.evaluate(() => (window as unknown as Handle).laomo.labelBoxes());
  const order = (page: Page) => page.evaluate(() => (window as unknown as Handle).laomo.order());

  it("draws labels that never overlap, before and after an expansion; zoom buttons move the camera", async () => {
    const page = await open();
    await page.waitForFunction(() => (window as unknown as Handle).laomo.labelBoxes().length > 3);
    expect(overlapping(await labelBoxes(page))).toEqual([]);
    // A label that would run off the right edge is drawn left of its node.
    const stageWidth = (await page.locator("#graph").boundingBox())!.width;
    for (const b of await labelBoxes(page)) expect(b.x + b.width, b.key).toBeLessThanOrEqual(stageWidth + 1);
    await page.screenshot({ path: path.join(SHOTS, "labels-overview.png") });

    // Expansion: new nodes land in free space and labels still do not collide.
    const pos = await page.evaluate(
      (id) => (window as unknown as Handle).laomo.nodeViewport(id),
      TEST_IDS.shan,
    );
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.dblclick(box.x + pos!.x, box.y + pos!.y);
    await page.waitForFunction((id) => (window as unknown as Handle).laomo.hasNode(id), TEST_IDS.national);
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await page.waitForFunction(() => (window as unknown as Handle).laomo.labelBoxes().length > 3);
    expect(overlapping(await labelBoxes(page))).toEqual([]);

    // Hovering a node captions its relationships, in the UI language.
    const at = await page.evaluate(
      (id) => (window as unknown as Handle).laomo.nodeViewport(id),
      TEST_IDS.shan,
    );
    await page.mouse.move(box.x + at!.x, box.y + at!.y);
    await page.waitForFunction(() => (window as unknown as Handle).laomo.edgeCaptions().length > 0);
    expect(await page.evaluate(() => (window as unknown as Handle).laomo.edgeCaptions())).toEqual(
      expect.arrayContaining(["发言于", "获得荣誉"]),
    );
    await page.screenshot({
      path: path.join(SHOTS, "labels-hover.png"),
      clip: { x: box.x, y: box.y, width: 700, height: 600 },
    });
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await page.waitForFunction(() => (window as unknown as Handle).laomo.edgeCaptions().length === 0);

    // Zoom in, out and fit: the camera follows each button.
    await page.locator(".zoom-in").click();
    await page.waitForFunction(() => (window as unknown as Handle).laomo.cameraRatio() < 0.9);
    expect(overlapping(await labelBoxes(page))).toEqual([]);
    await page.locator(".zoom-fit").click();
    await page.waitForFunction(() => Math.abs((window as unknown as Handle).laomo.cameraRatio() - 1) < 1e-6);
    await page.locator(".zoom-out").click();
    await page.waitForFunction(() => (window as unknown as Handle).laomo.cameraRatio() > 1.1);
    await page.screenshot({ path: path.join(SHOTS, "labels-expanded.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters to a coherent subgraph with a people count, refuses from > to and has an empty state", async () => {
    const page = await open();
    await page.waitForFunction(() => document.body.dataset.enriched === "1");
    await page.locator('.filters input[name="level"][value="national"]').check();
    await page.waitForFunction(() =>
      /位人物符合筛选/.test(document.querySelector("#counts")?.textContent ?? ""),
    );
    const text = (await page.locator("#counts").textContent()) ?? "";
    const [, shown, total] = /(\d+) \/ (\d+) 位人物符合筛选/.exec(text) ?? [];
    expect(Number(shown)).toBeGreaterThan(0);
    expect(Number(shown)).toBeLessThan(Number(total));
    // Every node left on screen that is not a person has a visible neighbour.
    const stranded = await page.evaluate(() => (window as unknown as Handle).laomo.strandedNodes());
    expect(stranded).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "filter-count.png") });

    // An impossible year range is refused with a message and not applied.
    await page.locator("#filter-year-from").fill("2030");
    await page.locator("#filter-year-from").press("Tab");
    await page.locator("#filter-year-to").fill("2020");
    await page.locator("#filter-year-to").press("Tab");
    await page.locator("#year-error").waitFor();
    expect(await page.locator("#year-error").textContent()).toContain("2030");
    expect(new URL(page.url()).hash).not.toContain("to=2020");

    // A possible range that matches nothing: the empty state, and its reset brings the graph back.
    await page.locator("#filter-year-from").fill("1990");
    await page.locator("#filter-year-from").press("Tab");
    await page.locator("#filter-empty").waitFor();
    expect(await page.locator("#filter-empty").textContent()).toContain("没有符合筛选条件的节点");
    await page.screenshot({ path: path.join(SHOTS, "filter-empty.png") });
    await page.locator("#filter-empty-reset").click();
    await page.locator("#filter-empty").waitFor({ state: "hidden" });
    expect(await page.evaluate((id) => (window as unknown as Handle).laomo.isHidden(id), TEST_IDS.zeng)).toBe(
      false,
    );
    await page.close();
  });

  it("names honour categories in English in the English UI", async () => {
    const page = await open("#/explore?lang=en");
    const labels = await page.locator('.filters label:has(input[name="category"])').allTextContents();
    expect(labels).toContain("Model worker");
    for (const l of labels) expect(l).not.toMatch(/[\u4e00-\u9fff]/);
    await page.close();
  });

  it("shows a community legend instead of the node types while Louvain colours are on", async () => {
    const page = await open("#/explore?comm=1");
    await page.locator("#community-legend").waitFor();
    expect(await page.locator(".legend-item").count()).toBe(0);
    const rows = await page.locator("#community-legend .legend-row").allTextContents();
    expect(rows.length).toBeGreaterThan(1);
    const total = rows.reduce((s, r) => s + Number(/(\d+) 个节点/.exec(r)?.[1] ?? 0), 0);
    expect(total).toBe(await order(page));
    await page.locator("#community-toggle").click();
    await page.locator(".legend-item").first().waitFor();
    expect(await page.locator("#community-legend").count()).toBe(0);
    await page.close();
  });

  it("exports a PNG at 2.5× with a legend and a GEXF with positions, colours and sizes", async () => {
    const page = await open();
    const stage = (await page.locator("#graph").boundingBox())!;
    const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
    const pngPath = path.join(SHOTS, "export-hires.png");
    await png.saveAs(pngPath);
    const bytes = readFileSync(pngPath);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(bytes.readUInt32BE(16)).toBe(Math.round(stage.width * 2.5));
    expect(bytes.readUInt32BE(20)).toBe(Math.round(stage.height * 2.5));
    // The screen is back to its own resolution afterwards.
    expect(
      await page
        .locator("#graph canvas")
        .first()
        .evaluate((c) => (c as HTMLCanvasElement).width),
    ).toBe(Math.round(stage.width));

    const [gexf] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
    const xml = readFileSync(await gexf.path()).toString("utf8");
    const nodes = (xml.match(/<node /g) ?? []).length;
    expect(nodes).toBe(await order(page));
    expect((xml.match(/<viz:position /g) ?? []).length).toBe(nodes);
    expect((xml.match(/<viz:color /g) ?? []).length).toBeGreaterThanOrEqual(nodes);
    expect((xml.match(/<viz:size /g) ?? []).length).toBe(nodes);
    await page.close();
  });
});
