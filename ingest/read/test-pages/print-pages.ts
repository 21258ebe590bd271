/**
 * Prints test-page HTML to PDF with the system Chromium (playwright-core, launched as
 * `reports/chromium.ts` says) and refuses a page whose text overflows its sheet or whose
 * body columns spill sideways, so no article is silently cut off.
 */
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from "../../../reports/chromium.ts";

export { chromiumAvailable };

export class PagePrinter {
  private constructor(private readonly browser: Browser) {}

  static async open(): Promise<PagePrinter> {
    if (!chromiumAvailable())
      throw new Error(
        `test pages need Chromium at ${CHROMIUM_PATH} (apt-get install chromium fonts-noto-cjk)`,
      );
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    return new PagePrinter(browser);
  }

  /** Prints `html`; throws naming `name` when content overflows a sheet. */
  async print(name: string, html: string): Promise<Buffer> {
    const context = await this.browser.newContext({ offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        document.querySelectorAll<HTMLElement>(".sheet").forEach((s, i) => {
          if (s.scrollHeight > s.clientHeight + 1)
            out.push(`sheet ${i + 1} overflows by ${s.scrollHeight - s.clientHeight}px`);
        });
        document.querySelectorAll<HTMLElement>(".body").forEach((b) => {
          if (b.scrollWidth > b.clientWidth + 1)
            out.push(`"${(b.textContent ?? "").slice(0, 12)}…" spills sideways`);
        });
        return out;
      });
      if (problems.length > 0) throw new Error(`test page ${name}: ${problems.join("; ")}`);
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
