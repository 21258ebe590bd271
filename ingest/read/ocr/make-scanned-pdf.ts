/**
 * Test helper: an image-only PDF from an HTML page, as a scanner would make it. Chromium
 * prints the HTML, pdftoppm rasterises each page, and Chromium prints an HTML page that holds
 * only those images: the result has no text layer at all.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../reports/chromium.ts";

function print(html: string, pdf: string): void {
  const profile = mkdtempSync(path.join(tmpdir(), "chromium-"));
  try {
    execFileSync(
      CHROMIUM_PATH,
      [
        ...CHROMIUM_ARGS,
        `--user-data-dir=${profile}`,
        "--no-pdf-header-footer",
        `--print-to-pdf=${pdf}`,
        `file://${html}`,
      ],
      { stdio: "ignore", timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Writes `out` (an A4 image-only PDF) from `htmlFile`, scanned at `dpi`; returns the text-layer PDF too. */
export function makeScannedPdf(htmlFile: string, out: string, dpi = 200): { printed: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "scan-"));
  const printed = path.join(dir, "printed.pdf");
  print(htmlFile, printed);
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", printed, path.join(dir, "scan")], {
    stdio: "ignore",
    timeout: 120_000,
  });
  const images = readdirSync(dir)
    .filter((f) => f.startsWith("scan") && f.endsWith(".png"))
    .sort();
  const imgs = images
    .map(
      (f) =>
        `<img src="${path.join(dir, f)}" style="display:block;width:210mm;height:297mm;page-break-after:always">`,
    )
    .join("");
  const wrapper = path.join(dir, "scan.html");
  writeFileSync(wrapper, `<!doctype html><style>@page{size:A4;margin:0}body{margin:0}</style>${imgs}`);
  print(wrapper, out);
  return { printed };
}
