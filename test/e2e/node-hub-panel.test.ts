/**
 * The side panel of a hub in headless Chromium against the real server: a fictional union that
 * organised 230 events lists the first 200, "More relationships" adds the rest, and "Load the
 * sentences" fetches its relationships' sentences on demand. Screenshot in test-output/screenshots/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_DIST, ensureClientBuilt } from "../../client/build.ts";
import { nodeId, relId } from "../../model/ids.ts";
import type { GraphBatch, GraphNode, GraphRel } from "../../model/types.ts";
import { startTestServer, type TestServer } from "../../server/start-test-server.ts";
import { chromiumAvailable, type LaunchedBrowser, launchBrowser } from "./launch-browser.ts";

const EVENTS = 230;
const HUB = nodeId("Organization", "远江市机械工会");
const SHOTS = path.resolve(import.meta.dirname, "../../test-output/screenshots");

function hubGraph(): GraphBatch {
  const nodes: GraphNode[] = [
    {
      id: HUB,
      label: "Organization",
      name: "远江市机械工会",
      aliases: [],
      orgType: "union",
      articleIds: [],
      evidence: [],
    },
  ];
  const rels: GraphRel[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const a = nodeId("Article", `hub-panel-${i}`);
    const e = nodeId("Event", `hub-panel-${i}`);
    const sentence = `远江市机械工会举办第${i + 1}期技能讲堂。`;
    const evidence = [{ articleId: a, sentence, offset: 0, spanStart: 0, spanEnd: 7 }];
    nodes.push(
      {
        id: a,
        label: "Article",
        name: `讲堂${i + 1}`,
        title: `讲堂${i + 1}`,
        subtitle: null,
        date: "2024-05-01",
        source: null,
        file: `${i}.txt`,
        text: sentence,
        articleIds: [a],
        evidence: [],
      },
      {
        id: e,
        label: "Event",
        name: `第${String(i + 1).padStart(3, "0")}期技能讲堂`,
        theme: null,
        date: "2024-05-01",
        campaign: null,
        articleIds: [a],
        evidence,
      },
    );
    rels.push({
      id: relId("ORGANIZED_BY", e, HUB, "主办"),
      type: "ORGANIZED_BY",
      source: e,
      target: HUB,
      role: "主办",
      articleIds: [a],
      evidence,
    });
  }
  return { nodes, rels };
}

const canRun = chromiumAvailable() || process.env.CI === "true";

describe.skipIf(!canRun)("side panel of a hub", () => {
  let t: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await ensureClientBuilt();
    t = await startTestServer({ batch: hubGraph(), clientDist: CLIENT_DIST });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("lists a page, adds the next with More relationships, loads sentences on demand", async () => {
    const errors: string[] = [];
    const page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${t.baseUrl}/#/explore?node=${HUB}`);
    await page.locator("#panel-title", { hasText: "远江市机械工会" }).waitFor({ timeout: 30_000 });
    const panel = page.locator("#side-panel");
    expect(await panel.locator(".events li").count()).toBe(200);
    const more = panel.locator("button.more-relationships");
    expect(await more.textContent()).toMatch(/200 \/ 230/);

    await more.click();
    await panel
      .locator(".events li")
      .nth(EVENTS - 1)
      .waitFor();
    expect(await panel.locator(".events li").count()).toBe(EVENTS);
    expect(await more.count()).toBe(0);
    expect(await panel.locator(".events li").last().textContent()).toContain("第230期技能讲堂");

    const load = panel.locator("button.load-evidence");
    expect(await load.textContent()).toBe("加载各关系的出处句子");
    await load.focus();
    await page.keyboard.press("Enter");
    await panel.locator(".evidence-more > *").nth(49).waitFor();
    expect(await panel.locator(".evidence-more > *").count()).toBe(50);
    expect(await panel.locator(".evidence-more mark").first().textContent()).toBe("远江市机械工会");
    await page.screenshot({ path: path.join(SHOTS, "panel-hub-pages.png") });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
