/**
 * Headless Chromium for the browser tests and the first-frame bench: the system binary,
 * software rendering, no network side traffic, and a fresh profile directory per launch.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from "../../reports/chromium.ts";

export { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable };

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), "laomo-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport,
    deviceScaleFactor: 1,
    locale: "zh-CN",
    acceptDownloads: true,
  });
  // Waits are on conditions; on a loaded machine (load 10–25) those take longer than
  // Playwright's 30 s default, so each wait may take most of a test's minute.
  context.setDefaultTimeout(50_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
