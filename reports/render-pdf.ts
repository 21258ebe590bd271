/**
 * PDF renderer: prints the report's HTML with headless Chromium (playwright-core) through the
 * process-wide bounded pool (`pdf-pool.ts`): A4 with backgrounds and page numbers, an offline
 * context per render. Without Chromium it throws PdfUnavailableError with the install hint.
 */
import { sharedPdfPool } from "./pdf-pool.ts";

export async function htmlToPdf(html: string): Promise<Buffer> {
  return sharedPdfPool().render(html);
}
