/**
 * PDF renderer: prints the report's HTML with headless Chromium (playwright-core) in a fresh
 * user-data dir, A4 with backgrounds and page numbers. Without Chromium it throws
 * PdfUnavailableError with the install hint.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from "./chromium.ts";
import { PdfUnavailableError } from "./report-errors.ts";

export async function htmlToPdf(html: string): Promise<Buffer> {
  if (!chromiumAvailable())
    throw new PdfUnavailableError(`PDF needs Chromium at ${CHROMIUM_PATH}: apt-get install chromium`);
  const userDataDir = await mkdtemp(path.join(tmpdir(), "laomo-pdf-"));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
      headless: true,
      offline: true,
    });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#888;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } catch (err) {
    if (err instanceof PdfUnavailableError) throw err;
    throw new PdfUnavailableError(`htmlToPdf: Chromium failed (${(err as Error).message.split("\n")[0]})`, {
      cause: err,
    });
  } finally {
    await context?.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
