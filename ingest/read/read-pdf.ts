/**
 * PDF → text with pdfjs-dist (legacy build, packed CMaps for CJK fonts, no font faces, no
 * eval): text items (with their fonts' names, for weight and family) and drawn shapes →
 * `analysePage` (lines, blocks, roles, article regions in reading order), radicals mapped.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { DocumentRegion } from "../types.ts";
import { mapRadicals } from "./map-radicals.ts";
import { readScannedPdf } from "./ocr/read-scanned-pdf.ts";
import { analysePage } from "./pdf-layout/analyse-page.ts";
import { type OperatorList, type Ops, readShapes } from "./pdf-layout/read-shapes.ts";
import type { LayoutItem, PageLayout } from "./pdf-layout/types.ts";
import { ReadRefusal } from "./read-refusal.ts";

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve("pdfjs-dist/package.json"));
const CMAP_URL = `${path.join(pdfjsRoot, "cmaps")}/`;
const FONT_URL = `${path.join(pdfjsRoot, "standard_fonts")}/`;

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

/** One article region of a page, as text the segmenter reads. */
export type PdfRegion = DocumentRegion;

export interface PdfRead {
  text: string;
  regions: PdfRegion[];
  pages: PageLayout[];
  /** For the user (e.g. "read by OCR"); shown in the ingest summary. */
  warnings?: string[];
}

function toItem(raw: RawItem, top: number, left: number, fontOf: (id: string) => string): LayoutItem | null {
  if (typeof raw.str !== "string" || !raw.transform) return null;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform;
  const size = Math.max(Math.hypot(c, d), Math.hypot(a, b), raw.height ?? 0, 1);
  const font = raw.fontName ? fontOf(raw.fontName) : "";
  return {
    str: mapRadicals(raw.str),
    x: x - left,
    y: top - y - 0.88 * size,
    width: raw.width ?? 0,
    height: size,
    font,
  };
}

/** Reads every page's layout; throws ReadRefusal for truncated, encrypted or image-only files. */
export async function readPdfLayout(bytes: Uint8Array): Promise<PdfRead> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: FONT_URL,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    const name = (e as Error).name;
    if (name === "PasswordException") throw new ReadRefusal("PDF is password-protected");
    throw new ReadRefusal(`PDF is truncated or corrupt: ${(e as Error).message}`);
  }
  try {
    const pages: PageLayout[] = [];
    const regions: PdfRegion[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [vx = 0, vy0 = 0, vx1 = 0, vy1 = 0] = page.view;
      const ops = await page.getOperatorList();
      const content = await page.getTextContent();
      const fontOf = (id: string): string => {
        try {
          return page.commonObjs.has(id)
            ? String((page.commonObjs.get(id) as { name?: string }).name ?? id)
            : id;
        } catch {
          return id;
        }
      };
      const items = content.items
        .map((i) => toItem(i as RawItem, vy1, vx, fontOf))
        .filter((i): i is LayoutItem => i !== null);
      const shapes = readShapes(ops as OperatorList, pdfjs.OPS as unknown as Ops, page.view);
      const layout = analysePage(items, { width: vx1 - vx, height: vy1 - vy0 }, shapes);
      pages.push(layout);
      for (const r of layout.regions) {
        const text = mapRadicals(r.paragraphs.join("\n\n"));
        const m = (s: string | null) => (s === null ? null : mapRadicals(s));
        regions.push({
          page: p,
          text,
          headline: m(r.headline),
          kicker: m(r.kicker),
          subtitle: m(r.subtitle),
          jumps: r.jumps.map(mapRadicals),
        });
      }
      page.cleanup();
    }
    const text = regions.map((r) => r.text).join("\n\n");
    // No text layer (scanned pages): OCR, or a refusal that says how to enable it.
    if (text.trim() === "") return await readScannedPdf(bytes);
    return { text, regions, pages };
  } catch (e) {
    if (e instanceof ReadRefusal) throw e;
    throw new ReadRefusal(`PDF is truncated or corrupt: ${(e as Error).message}`);
  } finally {
    await doc.destroy();
  }
}

/** Extracts the text of a PDF (article regions in reading order, a blank line between). */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  return (await readPdfLayout(bytes)).text;
}
