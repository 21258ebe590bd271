/**
 * OCR of an image-only PDF: each page is rendered by poppler's `pdftoppm` (grey, at a
 * resolution that brings the glyphs near the height tesseract's chi_sim model reads best) and
 * read by `tesseract … tsv`; the word boxes become positioned items in PDF points. Bounded:
 * pages per file, seconds per child process and per file; temp files are always removed.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { LayoutItem } from "../pdf-layout/types.ts";
import { ReadRefusal } from "../read-refusal.ts";
import { findOcrTools, type OcrTools } from "./find-tesseract.ts";
import { bodyHeight, LARGE, mergePasses } from "./merge-passes.ts";
import { evenSizes, tsvToItems } from "./parse-tsv.ts";

const run = promisify(execFile);

export interface OcrOptions extends Partial<OcrTools> {
  /** Pages OCRed per file (default 12; later pages are left out and counted). */
  maxPages?: number;
  /** Seconds per child process, i.e. per page render or tesseract run (default 90). */
  secondsPerPage?: number;
  /** Seconds for the whole file (default 100): pages not started by then are left out. */
  secondsPerFile?: number;
  /** Resolution of the first rendering (default 180 dpi). */
  dpi?: number;
}

export interface OcrPage {
  /** Page number, from 1. */
  number: number;
  /** Page size in points. */
  width: number;
  height: number;
  /** Words joined into runs, in points, y downwards. */
  items: LayoutItem[];
  dpi: number;
  seconds: number;
}

export interface OcrResult {
  pages: OcrPage[];
  pageCount: number;
  /** Pages not OCRed: beyond `maxPages`, past the file's time, or failed (with why). */
  leftOut: { number: number; reason: string }[];
}

/** Glyph box height (px) the chi_sim model reads best at (measured: 21–26 px), and the band left as it is. */
const TARGET_PX = 23;
const BAND_PX: [number, number] = [19, 28];
/** Largest rendering, in pixels (a broadsheet at 300 dpi is ~45 M). */
const MAX_PIXELS = 50e6;
const HAN_GLYPH = /^\p{Script=Han}$/u;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

async function pageSizes(tools: OcrTools, pdf: string, last: number, timeout: number) {
  const bin = path.join(path.dirname(tools.pdftoppm), "pdfinfo");
  const pdfinfo = tools.pdftoppm.includes("/") ? bin : "pdfinfo";
  const { stdout } = await run(pdfinfo, ["-f", "1", "-l", String(last), pdf], { timeout, encoding: "utf8" });
  const count = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
  const sizes = new Map<number, { width: number; height: number }>();
  for (const m of stdout.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    sizes.set(Number(m[1]), { width: Number(m[2]), height: Number(m[3]) });
  }
  return { count, sizes };
}

async function ocrAt(tools: OcrTools, pdf: string, dir: string, page: number, dpi: number, timeout: number) {
  const base = path.join(dir, `p${page}-${dpi}`);
  const opts = {
    timeout,
    killSignal: "SIGKILL" as const,
    maxBuffer: 64 * 1024 * 1024,
    encoding: "utf8" as const,
  };
  await run(
    tools.pdftoppm,
    ["-r", String(dpi), "-gray", "-f", String(page), "-l", String(page), "-singlefile", pdf, base],
    opts,
  );
  const image = `${base}.pgm`;
  try {
    // PGM carries no resolution; tesseract's page segmentation needs it (else it assumes 70 dpi).
    const args = [image, "-", "-l", tools.lang, "--psm", "3", "--dpi", String(dpi), "tsv"];
    const { stdout } = await run(tools.tesseract, args, {
      ...opts,
      env: { OMP_THREAD_LIMIT: "1", ...process.env },
    });
    return stdout;
  } finally {
    await rm(image, { force: true });
  }
}

/** Median height (px) of single-Han-glyph words: the text size tesseract saw. */
function glyphHeight(tsv: string): number {
  const heights: number[] = [];
  for (const row of tsv.split("\n")) {
    const f = row.split("\t");
    if (f[0] === "5" && HAN_GLYPH.test((f[11] ?? "").trim()) && Number(f[10]) > 50)
      heights.push(Number(f[9]));
  }
  return median(heights);
}

async function ocrPage(
  tools: OcrTools,
  pdf: string,
  dir: string,
  page: number,
  size: { width: number; height: number },
  o: Required<Pick<OcrOptions, "dpi" | "secondsPerPage">>,
): Promise<OcrPage> {
  const started = performance.now();
  const timeout = o.secondsPerPage * 1000;
  const cap = Math.floor(72 * Math.sqrt(MAX_PIXELS / Math.max(1, size.width * size.height)));
  let dpi = Math.min(o.dpi, cap);
  let tsv = await ocrAt(tools, pdf, dir, page, dpi, timeout);
  const h = glyphHeight(tsv);
  if (h > 0 && (h < BAND_PX[0] || h > BAND_PX[1])) {
    const better = Math.max(72, Math.min(cap, 600, Math.round((dpi * TARGET_PX) / h)));
    if (Math.abs(better - dpi) > 0.15 * dpi) {
      dpi = better;
      tsv = await ocrAt(tools, pdf, dir, page, dpi, timeout);
    }
  }
  let items = tsvToItems(tsv, 72 / dpi);
  // Headlines: a second, coarser pass that brings them near the same glyph height.
  const body = bodyHeight(items);
  const large = items.filter((i) => i.height >= LARGE * body).map((i) => (i.height * dpi) / 72);
  if (large.length > 0) {
    const low = Math.max(36, Math.round((dpi * TARGET_PX) / (0.9 * median(large))));
    if (low < 0.8 * dpi)
      items = mergePasses(items, tsvToItems(await ocrAt(tools, pdf, dir, page, low, timeout), 72 / low));
  }
  const seconds = (performance.now() - started) / 1000;
  return { number: page, ...size, items: evenSizes(items), dpi, seconds };
}

function failure(e: unknown, seconds: number): string {
  const err = e as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
  if (err.killed || err.signal === "SIGKILL") return `OCR took longer than ${seconds} s`;
  if (err.code === "ENOENT") return `${(err as { path?: string }).path ?? "a tool"} not found`;
  return `OCR failed: ${String(err.message).split("\n")[0]}`;
}

/** OCRs the pages of a PDF (bytes); throws ReadRefusal when the tools are missing or nothing could be read. */
export async function ocrPdf(bytes: Uint8Array, options: OcrOptions = {}): Promise<OcrResult> {
  const tools = await findOcrTools(options);
  const maxPages = options.maxPages ?? 12;
  const o = { dpi: options.dpi ?? 180, secondsPerPage: options.secondsPerPage ?? 90 };
  const until = performance.now() + (options.secondsPerFile ?? 100) * 1000;
  const dir = await mkdtemp(path.join(tmpdir(), "laomo-ocr-"));
  try {
    const pdf = path.join(dir, "in.pdf");
    await writeFile(pdf, bytes);
    const { count, sizes } = await pageSizes(tools, pdf, maxPages, o.secondsPerPage * 1000).catch((e) => {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") {
        throw new ReadRefusal(
          "PDF has no text layer; install poppler-utils (pdftoppm, pdfinfo) to render scanned pages",
        );
      }
      throw new ReadRefusal(`PDF pages could not be rendered for OCR: ${failure(e, o.secondsPerPage)}`);
    });
    const pages: OcrPage[] = [];
    const leftOut: OcrResult["leftOut"] = [];
    for (let n = 1; n <= count; n++) {
      const size = sizes.get(n);
      if (n > maxPages)
        leftOut.push({ number: n, reason: `over the limit of ${maxPages} OCR pages per file` });
      else if (performance.now() > until)
        leftOut.push({ number: n, reason: "OCR time for the file used up" });
      else if (!size) leftOut.push({ number: n, reason: "page size unknown" });
      else {
        try {
          pages.push(await ocrPage(tools, pdf, dir, n, size, o));
        } catch (e) {
          leftOut.push({ number: n, reason: failure(e, o.secondsPerPage) });
        }
      }
    }
    if (pages.length === 0) {
      const why = leftOut[0]?.reason ?? "no pages";
      throw new ReadRefusal(`PDF has no text layer and OCR read nothing (${why})`);
    }
    return { pages, pageCount: count, leftOut };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
