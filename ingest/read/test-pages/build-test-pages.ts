/**
 * `buildTestPages(outDir)`: writes every test page as HTML, prints it to PDF with Chromium and
 * writes its gold (FORMAT.md) beside it: NAME.html, NAME.pdf, NAME.gold.json, NAME.txt (the
 * same articles as plain text, the control).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { TEST_PAGES } from "./layouts.ts";
import { pageText } from "./plain-text.ts";
import { PagePrinter } from "./print-pages.ts";
import { type PageSpec, pageArticles, renderPage } from "./render-html.ts";
import type { GoldArticle, GoldPage } from "./types.ts";

export interface BuiltPage {
  name: string;
  about: string;
  pdf: string;
  gold: string;
  html: string;
  txt: string;
  sheets: number;
}

function goldOf(spec: PageSpec): GoldPage {
  const articles = pageArticles(spec).map((a): GoldArticle => {
    if (!a.gold) throw new Error(`test page ${spec.name}: article ${a.id} has no gold`);
    return a.gold;
  });
  return { source: `${spec.name}.pdf`, articles };
}

/** Prints `specs` into `outDir`; `gold` gives a page's gold when its articles carry none. */
export async function printPages(
  outDir: string,
  specs: PageSpec[],
  gold: (spec: PageSpec) => GoldPage = goldOf,
): Promise<BuiltPage[]> {
  mkdirSync(outDir, { recursive: true });
  const printer = await PagePrinter.open();
  const built: BuiltPage[] = [];
  try {
    for (const spec of specs) {
      const file = (ext: string) => path.join(outDir, `${spec.name}.${ext}`);
      const html = renderPage(spec);
      writeFileSync(file("html"), html);
      writeFileSync(file("pdf"), await printer.print(spec.name, html));
      writeFileSync(file("gold.json"), `${JSON.stringify(gold(spec), null, 2)}\n`);
      writeFileSync(file("txt"), pageText(pageArticles(spec)));
      built.push({
        name: spec.name,
        about: spec.about,
        pdf: file("pdf"),
        gold: file("gold.json"),
        html: file("html"),
        txt: file("txt"),
        sheets: spec.sheets.length,
      });
    }
  } finally {
    await printer.close();
  }
  return built;
}

/** The eight fictional test pages. */
export function buildTestPages(outDir: string): Promise<BuiltPage[]> {
  return printPages(outDir, TEST_PAGES);
}
