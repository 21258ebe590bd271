/**
 * The explorer in headless Chromium on real data: samples/corpus ingested by the real pipeline
 * (not a hand-made graph). Overview renders, a sample-gold person is found by pinyin initials
 * and the panel shows a highlighted evidence sentence. Screenshot: explorer-samples-*.png.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pinyin } from "pinyin-pro";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, type LaunchedBrowser, launchBrowser } from "./launch-browser.ts";
import { type RunningApp, startTestApp } from "./start-app.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHOTS = path.join(ROOT, "test-output/screenshots");
const CORPUS = path.join(ROOT, "samples/corpus");
const canRun = chromiumAvailable() || process.env.CI === "true";

interface GoldPerson {
  name: string;
  honours: string[][];
}

function initials(name: string): string {
  return pinyin(name, { toneType: "none", type: "array", surname: "head" })
    .map((s) => s.charAt(0).toLowerCase())
    .join("");
}

describe.skipIf(!canRun)("explorer on the pipeline-loaded samples corpus", () => {
  let app: RunningApp;
  let browser: LaunchedBrowser;
  const errors: string[] = [];
  /** A sample-gold person with an honour whose initials find them among the first results. */
  let target: { name: string; initials: string } | null = null;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startTestApp({ ingest: [CORPUS] });
    browser = await launchBrowser();
    const gold = JSON.parse(readFileSync(path.join(CORPUS, "gold.json"), "utf8")) as {
      articles: { persons: GoldPerson[] }[];
    };
    const candidates = gold.articles
      .flatMap((a) => a.persons)
      .filter((p) => p.honours.length > 0 && [...p.name].length === 3);
    for (const p of candidates) {
      const q = initials(p.name);
      const res = await fetch(`${app.url}/api/search?q=${q}&limit=5`);
      const body = (await res.json()) as { results: { name: string }[] };
      if (body.results.some((h) => h.name === p.name)) {
        target = { name: p.name, initials: q };
        break;
      }
    }
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("renders the overview, finds a gold person by initials and shows an evidence sentence", async () => {
    expect(target, "a sample-gold person findable by initials").not.toBeNull();
    const page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${app.url}/#/explore`);
    await page.waitForFunction(() => Number(document.body.dataset.graphReady ?? "0") > 0, null, {
      timeout: 60_000,
    });
    expect(await page.locator("#graph canvas").count()).toBeGreaterThan(2);
    const counts = await page.locator("#counts").textContent();
    expect(Number(/节点 (\d+)/.exec(counts ?? "")?.[1])).toBeGreaterThan(10);
    await page.screenshot({ path: path.join(SHOTS, "explorer-samples-overview.png") });

    const input = page.locator("#search-input");
    await input.focus();
    await input.pressSequentially(target!.initials);
    const option = page.locator('#search-results [role="option"]', { hasText: target!.name });
    await option.first().waitFor();
    await option.first().click();
    await page.locator("#panel-title", { hasText: target!.name }).waitFor();
    const panel = page.locator("#side-panel");
    expect(await panel.locator(".honours").textContent()).not.toBe("");
    const evidence = panel.locator(".evidence");
    await evidence.first().waitFor();
    const marks = evidence.locator("mark");
    expect(await marks.count()).toBeGreaterThan(0);
    expect((await marks.first().textContent())?.length).toBeGreaterThan(0);
    // The highlighted span sits inside a real sentence from the corpus.
    const sentence = (await evidence.first().textContent()) ?? "";
    expect(sentence.length).toBeGreaterThan((await marks.first().textContent())!.length);
    await page.screenshot({ path: path.join(SHOTS, "explorer-samples-panel.png") });
    expect(errors).toEqual([]);
    await page.close();
  });
});
