/**
 * The explorer loaded over plain HTTP from a non-loopback address (this machine's own IPv4;
 * 127.0.0.2 with LAOMO_ALLOWED_HOSTS when it has none), as `HOST=0.0.0.0` users see it on a
 * LAN. With LAOMO_HTTPS=1 the CSP's upgrade-insecure-requests sends the asset requests to
 * https and the page stays blank: the control showing the test would catch the old headers
 * (Chromium treats loopback as secure and never upgrades it, so the control needs a real IP).
 */
import { networkInterfaces } from "node:os";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_DIST, ensureClientBuilt } from "../../client/build.ts";
import { startTestServer, type TestServer } from "../../server/start-test-server.ts";
import { chromiumAvailable, type LaunchedBrowser, launchBrowser } from "./launch-browser.ts";

const canRun = chromiumAvailable() || process.env.CI === "true";

/** This machine's own non-loopback IPv4, or 127.0.0.2 (still not the usual 127.0.0.1 name). */
function ownAddress(): { host: string; env: Record<string, string>; loopback: boolean } {
  for (const list of Object.values(networkInterfaces())) {
    const v4 = list?.find((a) => a.family === "IPv4" && !a.internal);
    if (v4) return { host: v4.address, env: {}, loopback: false };
  }
  return { host: "127.0.0.2", env: { LAOMO_ALLOWED_HOSTS: "127.0.0.2" }, loopback: true };
}

describe.skipIf(!canRun)("explorer over plain HTTP on a non-loopback address", () => {
  let browser: LaunchedBrowser;
  const servers: TestServer[] = [];
  const own = ownAddress();

  beforeAll(async () => {
    await ensureClientBuilt();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  async function serve(env: Record<string, string>): Promise<TestServer> {
    const s = await startTestServer({ clientDist: CLIENT_DIST, host: own.host, env: { ...own.env, ...env } });
    servers.push(s);
    return s;
  }

  const graphReady = (page: Page) => page.evaluate(() => Number(document.body.dataset.graphReady ?? "0"));

  it(`draws the graph from http://${own.host}:<port>`, async () => {
    const s = await serve({});
    const page = await browser.context.newPage();
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    await page.goto(`${s.baseUrl}/#/explore`);
    await page.waitForFunction(() => Number(document.body.dataset.graphReady ?? "0") > 0, null, {
      timeout: 30_000,
    });
    expect(await graphReady(page)).toBeGreaterThan(3);
    expect(failed).toEqual([]);
    await page.close();
  });

  // Chromium never upgrades loopback addresses (they count as secure): only a real one shows it.
  it.skipIf(own.loopback)(
    "control: with LAOMO_HTTPS=1 the same page over http loses its assets to https",
    async () => {
      const s = await serve({ LAOMO_HTTPS: "1" });
      const page = await browser.context.newPage();
      const upgraded = page.waitForEvent("requestfailed", {
        predicate: (r) => r.url().startsWith(`https://${new URL(s.baseUrl).host}/assets/`),
        timeout: 30_000,
      });
      await page.goto(`${s.baseUrl}/#/explore`);
      await upgraded;
      expect(await graphReady(page)).toBe(0);
      await page.close();
    },
  );
});
