/**
 * PDF → text with pdfjs-dist (legacy build, packed CMaps for CJK fonts, no font faces, no
 * eval): text items → reading-order paragraphs (`layoutPage`), radicals mapped, then
 * `repairBreaks` joins paragraphs cut by column and page breaks.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { layoutPage, type PdfItem } from "./layout-pdf-page.ts";
import { mapRadicals } from "./map-radicals.ts";
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
}

function toItem(raw: RawItem): PdfItem | null {
  if (typeof raw.str !== "string" || !raw.transform) return null;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform;
  const size = Math.max(Math.hypot(c, d), Math.hypot(a, b), raw.height ?? 0, 1);
  return { str: raw.str, x, y, width: raw.width ?? 0, size };
}

/** Extracts the text of a PDF; throws ReadRefusal for truncated, encrypted or image-only files. */
export async function readPdf(bytes: Uint8Array): Promise<string> {
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
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items = content.items.map((i) => toItem(i as RawItem)).filter((i): i is PdfItem => i !== null);
      pages.push(layoutPage(items).join("\n\n"));
      page.cleanup();
    }
    const text = mapRadicals(pages.filter((p) => p.trim() !== "").join("\n\n"));
    if (text.trim() === "") throw new ReadRefusal("PDF has no text layer (scanned images only?)");
    return text;
  } catch (e) {
    if (e instanceof ReadRefusal) throw e;
    throw new ReadRefusal(`PDF is truncated or corrupt: ${(e as Error).message}`);
  } finally {
    await doc.destroy();
  }
}
