/**
 * The events tab in headless Chromium on the samples corpus ingested by the real pipeline:
 * from a cold start a user lists the events an organiser held in a year, with their speakers,
 * in three interactions; brushing years on the timeline filters the graph view; a click on a
 * speaker focuses them in the graph. Screenshots: events-*.png (looked at).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventsResult } from "../../server/events-schemas.ts";
import { chromiumAvailable, type LaunchedBrowser, launchBrowser } from "./launch-browser.ts";
import { type RunningApp, startTestApp } from "./start-app.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHOTS = path.join(ROOT, "test-output/screenshots");
const CORPUS = path.join(ROOT, "samples/corpus");
const canRun = chromiumAvailable() || process.env.CI === "true";
const WAIT = { timeout: 60_000 };

describe.skipIf(!canRun)("events view on the samples corpus", () => {
  let app: RunningApp;
  let browser: LaunchedBrowser;
  const errors: string[] = [];

  const api = async (qs = "") => (await (await fetch(`${app.url}/api/events${qs}`)).json()) as EventsResult;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startTestApp({ ingest: [CORPUS] });
    browser = await launchBrowser({ width: 1200, height: 800 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const newPage = async (): Promise<Page> => {
    const page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    return page;
  };

  const cardIds = (page: Page) =>
    page.$$eval("#events-list .ev-card", (els) => els.map((e) => e.getAttribute("data-event-id") ?? ""));

  it("lists an organiser's events of a year with their speakers in three interactions", async () => {
    // The organiser with the most events, and its busiest year.
    const all = await api();
    const organiser = all.facets.organisers[0]!;
    const years = (await api(`?organiser=${organiser.id}`)).facets.years;
    const year = [...years].sort((a, b) => b.count - a.count)[0]!.value;
    const expected = await api(`?organiser=${organiser.id}&from=${year}&to=${year}`);
    expect(expected.total).toBeGreaterThan(0);

    const page = await newPage();
    await page.goto(`${app.url}/`);
    let interactions = 0;
    await page.locator("#tab-events").click();
    interactions++;
    await page
      .locator(`#ev-organiser option[value="${organiser.id}"]`)
      .waitFor({ state: "attached", ...WAIT });
    await page.selectOption("#ev-organiser", organiser.id);
    interactions++;
    await page.locator(`#ev-year option[value="${year}"]`).waitFor({ state: "attached", ...WAIT });
    await page.selectOption("#ev-year", year);
    interactions++;
    const want = expected.events.map((e) => e.id);
    await page.waitForFunction(
      (ids) => {
        const got = [...document.querySelectorAll("#events-list .ev-card")].map((e) =>
          e.getAttribute("data-event-id"),
        );
        return got.length === ids.length && got.every((id, i) => id === ids[i]);
      },
      want,
      WAIT,
    );
    expect(interactions).toBeLessThanOrEqual(3);
    expect(await cardIds(page)).toEqual(want);
    // Each card names the organiser (with its role) and shows the speakers the API lists.
    for (const e of expected.events) {
      const card = page.locator(`.ev-card[data-event-id="${e.id}"]`);
      expect(await card.locator(".ev-orgs").textContent()).toContain(organiser.name);
      const names = await card.locator(".ev-person").allTextContents();
      expect(names).toEqual(e.speakers.map((s) => s.name));
    }
    expect(expected.events.some((e) => e.speakers.length > 0)).toBe(true);
    expect(page.url()).toContain(`org=${organiser.id}`);
    expect(page.url()).toContain(`from=${year}&to=${year}`);
    await page.screenshot({ path: path.join(SHOTS, "events-organiser-year.png") });
    // The same view in English: labels, counts and badges switch, the list stays.
    await page.locator("#lang-toggle").click();
    await page.locator("#events-count", { hasText: " of " }).waitFor(WAIT);
    expect(await page.locator("label.ev-select span").first().textContent()).toBe("Organiser");
    expect(await cardIds(page)).toEqual(want);
    await page.screenshot({ path: path.join(SHOTS, "events-en.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("brushing years on the timeline filters the list and the graph; a speaker click focuses the graph", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/#/events`);
    await page.locator("#ev-timeline svg").waitFor(WAIT);
    const labels = await page.locator(".ev-axis span").allTextContents();
    expect(labels.length).toBeGreaterThan(3);
    const [a, b] = [Number(labels[1]), Number(labels[2])];
    const box = (await page.locator(".ev-plot").boundingBox())!;
    const xOf = (i: number) => box.x + ((i + 0.5) / labels.length) * box.width;
    await page.mouse.move(xOf(1), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(xOf(2), box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction((q) => location.hash.includes(q), `from=${a}&to=${b}`, WAIT);
    const inRange = await api(`?from=${a}&to=${b}&limit=200`);
    await page.waitForFunction(
      (n) => document.querySelectorAll("#events-list .ev-card").length === n,
      Math.min(inRange.total, 200),
      WAIT,
    );
    const whens = await page.$$eval("#events-list .ev-card", (els) =>
      els.map((e) => e.getAttribute("data-event-id")),
    );
    expect(whens).toEqual(inRange.events.map((e) => e.id));
    await page.screenshot({ path: path.join(SHOTS, "events-brush.png") });

    // The graph view applies the same years: events outside them are hidden, inside shown.
    const all = await api();
    await page.locator('a.tab[href^="#/explore"]').click();
    await page.waitForFunction(() => document.body.dataset.enriched === "1", null, WAIT);
    const shown = await page.evaluate(
      (ids) => {
        const l = (
          window as unknown as { laomo: { hasNode(id: string): boolean; isHidden(id: string): boolean } }
        ).laomo;
        return ids.filter((id) => l.hasNode(id)).map((id) => [id, !l.isHidden(id)] as const);
      },
      all.events.filter((e) => e.date).map((e) => e.id),
    );
    const dated = new Map(all.events.map((e) => [e.id, e.date ?? ""]));
    const visible = shown.filter(([, v]) => v).map(([id]) => id);
    const hidden = shown.filter(([, v]) => !v).map(([id]) => id);
    expect(visible.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    for (const id of visible) expect(Number(dated.get(id)!.slice(0, 4))).toBeGreaterThanOrEqual(a);
    for (const id of visible) expect(Number(dated.get(id)!.slice(0, 4))).toBeLessThanOrEqual(b);
    for (const id of hidden) {
      const y = Number(dated.get(id)!.slice(0, 4));
      expect(y < a || y > b).toBe(true);
    }
    await page.screenshot({ path: path.join(SHOTS, "events-brush-graph.png") });

    // Back to the events, a speaker's name opens them in the graph.
    await page.goBack();
    const person = page.locator("#events-list .ev-person").first();
    await person.waitFor(WAIT);
    const name = (await person.textContent()) ?? "";
    const id = await person.getAttribute("data-node-id");
    await person.press("Enter");
    await page.waitForFunction((nid) => location.hash.includes(`node=${nid}`), id, WAIT);
    await page.locator("#panel-title", { hasText: name }).waitFor(WAIT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the bipartite layout puts speakers left of their events and organisers right, labels in rows", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/#/explore?layout=bipartite`);
    await page.waitForFunction(() => document.body.dataset.enriched === "1", null, WAIT);
    expect(await page.locator("#layout-mode").inputValue()).toBe("bipartite");
    const all = await api();
    const triples = all.events.flatMap((e) =>
      e.speakers.slice(0, 1).flatMap((s) => e.organisers.slice(0, 1).map((o) => [s.id, e.id, o.id])),
    );
    const xs = await page.evaluate((list) => {
      type Handle = {
        hasNode(id: string): boolean;
        nodeViewport(id: string): { x: number; y: number } | null;
      };
      const l = (window as unknown as { laomo: Handle }).laomo;
      return list
        .filter((ids) => ids.every((id) => l.hasNode(id)))
        .map((ids) => ids.map((id) => l.nodeViewport(id)!.x));
    }, triples);
    expect(xs.length).toBeGreaterThan(5);
    for (const [p, e, o] of xs) {
      expect(p!).toBeLessThan(e!);
      expect(e!).toBeLessThan(o!);
    }
    await page.screenshot({ path: path.join(SHOTS, "events-bipartite.png") });
    // Back to the force layout from the layout control.
    await page.selectOption("#layout-mode", "force");
    await page.waitForFunction(() => !location.hash.includes("layout="), null, WAIT);
    expect(errors).toEqual([]);
    await page.close();
  });
});
