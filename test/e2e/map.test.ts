/**
 * The map in headless Chromium on the samples corpus ingested by the real pipeline: the province
 * choropleth renders with the API's counts, a click on a province drills into its cities and
 * filters the lists to it (URL state), a city narrows further, the keyboard goes back, and the
 * English labels show. Waits on conditions only. Screenshots: map-country.png, map-province.png.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegionMembersResult, RegionsResult } from "../../server/regions-schemas.ts";
import { chromiumAvailable, type LaunchedBrowser, launchBrowser } from "./launch-browser.ts";
import { type RunningApp, startTestApp } from "./start-app.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHOTS = path.join(ROOT, "test-output/screenshots");
const CORPUS = path.join(ROOT, "samples/corpus");
const canRun = chromiumAvailable() || process.env.CI === "true";
const WAIT = { timeout: 60_000 };

async function api<T>(app: RunningApp, p: string): Promise<T> {
  const res = await fetch(`${app.url}${p}`);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** Click a drawn region where its label sits (the centroid, inside the shape). */
async function clickRegion(page: Page, name: string): Promise<void> {
  const label = page.locator("#region-map text.region-label", { hasText: new RegExp(`^${name} \\d+$`) });
  await label.first().scrollIntoViewIfNeeded();
  const box = await label.first().boundingBox();
  expect(box, `label of ${name}`).not.toBeNull();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
}

describe.skipIf(!canRun)("map on the pipeline-loaded samples corpus", () => {
  let app: RunningApp;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startTestApp({ ingest: [CORPUS] });
    browser = await launchBrowser({ width: 1100, height: 760 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("draws the provinces with counts, and a click on one filters to it and its cities", async () => {
    const country = await api<RegionsResult>(app, "/api/regions");
    const top = country.regions[0]!;
    expect(top.events).toBeGreaterThan(0);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    await page.goto(`${app.url}/#/map`);
    await page.locator('#map-view[data-ready="country"]').waitFor(WAIT);
    // Every province-level unit is drawn; the counted ones carry the API's numbers.
    expect(await page.locator("#region-map path.region").count()).toBeGreaterThanOrEqual(34);
    const shape = page.locator(`#region-map path.region[data-name="${top.name}"]`);
    expect(await shape.getAttribute("data-count")).toBe(String(top.events));
    expect(await shape.getAttribute("fill")).not.toBe("#eef0f3");
    expect(
      await page.locator("#region-map text.region-label", { hasText: `${top.name} ${top.events}` }).count(),
    ).toBe(1);
    expect(await page.locator("#region-list .region-item").count()).toBe(
      country.regions.filter((r) => r.events > 0).length,
    );
    expect(await page.locator(".map-status").textContent()).toContain(String(country.total.events));
    await page.screenshot({ path: path.join(SHOTS, "map-country.png") });

    // A click on the province: URL state, its cities drawn, lists filtered to it.
    await clickRegion(page, top.name);
    await page.locator(`#map-view[data-ready="${top.name}"]`).waitFor(WAIT);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`region=${top.name}`);
    const cities = await api<RegionsResult>(app, `/api/regions?province=${encodeURIComponent(top.name)}`);
    const members = await api<RegionMembersResult>(
      app,
      `/api/regions/members?province=${encodeURIComponent(top.name)}&limit=200`,
    );
    expect(await page.locator("#region-map path.region").count()).toBeGreaterThan(3);
    const firstCity = cities.regions[0]!;
    expect(
      await page.locator(`#region-map path.region[data-name="${firstCity.name}"]`).getAttribute("data-count"),
    ).toBe(String(firstCity.events));
    const eventLinks = page.locator("#map-members .map-events li a");
    await page
      .locator("#map-members .map-events h3", { hasText: `（${members.totalEvents}）` })
      .waitFor(WAIT);
    expect(await eventLinks.count()).toBe(Math.min(members.totalEvents, 200));
    const shown = await eventLinks.allTextContents();
    const inProvince = new Set(members.events.map((e) => e.name));
    expect(shown.every((n) => inProvince.has(n))).toBe(true);
    // Nothing from another province is listed: the country has more events than this province.
    expect(members.totalEvents).toBeLessThan(country.total.events);
    await page.screenshot({ path: path.join(SHOTS, "map-province.png") });

    // A city narrows the lists further.
    await page.locator(`#region-list .region-item[data-region="${firstCity.name}"]`).click();
    await page.locator("#map-members .map-events h3", { hasText: firstCity.name }).waitFor(WAIT);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`city=${firstCity.name}`);
    await page.locator("#map-members .map-events h3", { hasText: `（${firstCity.events}）` }).waitFor(WAIT);

    // Keyboard: back to the province, then to the country.
    await page.locator("#map-back").focus();
    await page.keyboard.press("Enter");
    await page.locator("#map-members .map-events h3", { hasText: `${top.name}的活动` }).waitFor(WAIT);
    await page.locator("#map-back").focus();
    await page.keyboard.press("Enter");
    await page.locator('#map-view[data-ready="country"]').waitFor(WAIT);
    expect(new URL(page.url()).hash).not.toContain("region=");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("embedded in the events tab, a province click sets the events' region filter", async () => {
    const country = await api<RegionsResult>(app, "/api/regions");
    const top = country.regions[0]!;
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/#/events`);
    await page.locator("#events-count").filter({ hasText: /\d/ }).waitFor(WAIT);
    const before = await page.locator("#events-count").textContent();
    await page.locator("#events-map-toggle").click();
    await page.locator('#events-map #map-view[data-ready="country"]').waitFor(WAIT);
    await clickRegion(page, top.name);
    await page.waitForFunction(
      (name) => decodeURIComponent(location.hash).includes(`region=${name}`),
      top.name,
      WAIT,
    );
    await page
      .locator("#events-count")
      .filter({ hasNotText: before ?? "" })
      .waitFor(WAIT);
    expect(await page.locator("#ev-region").inputValue()).toBe(top.name);
    await page.locator(`#events-map #map-view[data-ready="${top.name}"]`).waitFor(WAIT);
    // Every listed event is in the chosen province.
    const regions = await page.locator("#events-list .ev-region").allTextContents();
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((r) => r === top.name)).toBe(true);
    await page.close();
  });

  it("speaks English and reaches a province by keyboard", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/#/map?lang=en`);
    await page.locator('#map-view[data-ready="country"]').waitFor(WAIT);
    expect(await page.locator("#map-title").textContent()).toBe("Events and honourees by province");
    await page.locator("#map-metric-honourees").check();
    expect(await page.locator(".map-status").textContent()).toContain("honourees on the map");
    const first = page.locator("#region-list .region-item").first();
    const name = (await first.getAttribute("data-region"))!;
    await first.focus();
    await page.keyboard.press("Enter");
    await page.locator(`#map-view[data-ready="${name}"]`).waitFor(WAIT);
    expect(await page.locator("#map-title").textContent()).toBe(`${name} by city`);
    await page.close();
  });
});
