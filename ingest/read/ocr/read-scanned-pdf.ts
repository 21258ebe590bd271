/**
 * Layout of an image-only (scanned) PDF: OCR each page (`ocrPdf`), then the same layout
 * analysis as a text PDF's items (`analysePage`). Pages left out (page or time limit, a failed
 * page) are named in the warnings, so a partly read file never passes for a whole one.
 */
import { analysePage } from "../pdf-layout/analyse-page.ts";
import type { PageLayout } from "../pdf-layout/types.ts";
import type { PdfRegion } from "../read-pdf.ts";
import { type OcrOptions, type OcrPage, ocrPdf } from "./ocr-pdf.ts";

export interface ScannedPdfRead {
  /** Article regions' text, a blank line between. */
  text: string;
  regions: PdfRegion[];
  pages: PageLayout[];
  /** What the user should know: read by OCR, pages left out. */
  warnings: string[];
  ocrPages: OcrPage[];
}

function warningsOf(read: number[], leftOut: { number: number; reason: string }[], total: number): string[] {
  const which = `page${read.length > 1 ? "s" : ""} ${read.join(", ")}`;
  const warnings = [`scanned PDF read by OCR (tesseract, ${which}): names and figures may be misread`];
  if (leftOut.length > 0) {
    const why = leftOut.slice(0, 3).map((l) => `page ${l.number}: ${l.reason}`);
    warnings.push(
      `${leftOut.length} of ${total} pages not read by OCR (${why.join("; ")}${leftOut.length > 3 ? "; …" : ""})`,
    );
  }
  return warnings;
}

/** OCRs a PDF without a text layer; throws ReadRefusal when OCR is not installed or reads nothing. */
export async function readScannedPdf(bytes: Uint8Array, options: OcrOptions = {}): Promise<ScannedPdfRead> {
  const result = await ocrPdf(bytes, options);
  const pages: PageLayout[] = [];
  const regions: PdfRegion[] = [];
  for (const p of result.pages) {
    const layout = analysePage(p.items, { width: p.width, height: p.height });
    pages.push(layout);
    for (const r of layout.regions) {
      const { headline, kicker, subtitle, jumps } = r;
      regions.push({ page: p.number, text: r.paragraphs.join("\n\n"), headline, kicker, subtitle, jumps });
    }
  }
  const text = regions.map((r) => r.text).join("\n\n");
  const warnings = warningsOf(
    result.pages.map((p) => p.number),
    result.leftOut,
    result.pageCount,
  );
  return { text, regions, pages, warnings, ocrPages: result.pages };
}
