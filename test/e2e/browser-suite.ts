/**
 * The set-up every browser test file shares: inside a `describe`, `useBrowserSuite()` starts the
 * app on a fresh data dir and one headless Chromium before the tests and closes both after;
 * `page(hash)` opens a new tab at that route, collecting uncaught page errors in `errors`.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type LaunchedBrowser, launchBrowser } from "./launch-browser.ts";
import { type RunningApp, type StartTestAppOptions, startTestApp } from "./start-app.ts";

/** Where browser tests put their screenshots (git-ignored). */
export const SHOTS = path.resolve(import.meta.dirname, "../../test-output/screenshots");

export interface BrowserSuite {
  readonly app: RunningApp;
  readonly browser: LaunchedBrowser;
  /** Uncaught errors of every page opened through `page()`. */
  readonly errors: string[];
  page(hash: string): Promise<Page>;
}

export function useBrowserSuite(
  viewport?: { width: number; height: number },
  appOptions?: StartTestAppOptions,
): BrowserSuite {
  let app: RunningApp | undefined;
  let browser: LaunchedBrowser | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startTestApp(appOptions);
    browser = await launchBrowser(viewport);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error("the browser suite has not started (use it inside a describe)");
    return x;
  };
  return {
    get app() {
      return started(app);
    },
    get browser() {
      return started(browser);
    },
    errors,
    async page(hash) {
      const page = await started(browser).context.newPage();
      page.on("pageerror", (e) => errors.push(`${e.message}\n${e.stack ?? ""}`));
      await page.goto(`${started(app).url}/${hash}`);
      return page;
    },
  };
}
