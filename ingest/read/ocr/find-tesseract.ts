/**
 * Locates the OCR tools: tesseract with its Simplified Chinese model (`chi_sim`) and poppler's
 * `pdftoppm`. `LAOMO_TESSERACT` / `LAOMO_PDFTOPPM` point at other binaries. A missing tool is a
 * ReadRefusal that says which Debian packages to install.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ReadRefusal } from "../read-refusal.ts";

const run = promisify(execFile);

export const OCR_MISSING =
  "PDF has no text layer; install tesseract-ocr and tesseract-ocr-chi-sim to read scanned pages";

export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
  lang: string;
}

const checked = new Map<string, Promise<string | null>>();

/** Null when `tesseract --list-langs` runs and lists `lang`, else why not. */
function checkTesseract(bin: string, lang: string): Promise<string | null> {
  const key = `${bin}\0${lang}`;
  let p = checked.get(key);
  if (!p) {
    p = run(bin, ["--list-langs"], { timeout: 20_000, encoding: "utf8" }).then(
      ({ stdout, stderr }) =>
        `${stdout}\n${stderr}`.split(/\s+/).includes(lang) ? null : `tesseract has no ${lang} model`,
      (e: NodeJS.ErrnoException) =>
        e.code === "ENOENT" ? `${bin} not found` : `${bin} failed: ${e.message}`,
    );
    checked.set(key, p);
  }
  return p;
}

/** The tools to OCR with, or a ReadRefusal (`OCR_MISSING`) when tesseract or chi_sim is missing. */
export async function findOcrTools(opts: Partial<OcrTools> = {}): Promise<OcrTools> {
  const tools: OcrTools = {
    tesseract: opts.tesseract ?? process.env.LAOMO_TESSERACT ?? "tesseract",
    pdftoppm: opts.pdftoppm ?? process.env.LAOMO_PDFTOPPM ?? "pdftoppm",
    lang: opts.lang ?? "chi_sim",
  };
  if ((await checkTesseract(tools.tesseract, tools.lang)) !== null) throw new ReadRefusal(OCR_MISSING);
  return tools;
}

/** Whether OCR can run here (for tests that need it). */
export async function ocrAvailable(): Promise<boolean> {
  return findOcrTools().then(
    () => true,
    () => false,
  );
}
