/**
 * A page's articles as plain text, in reading order (kicker, headline, subtitles, body, photo
 * caption, credit; jump lines as printed): the control that tells layout losses from
 * extraction losses.
 */
import type { PageArticle } from "./types.ts";

export function jumpFromLine(page: number): string {
  return `（上接第${page}版）`;
}

export function jumpToLine(page: number): string {
  return `（下转第${page}版）`;
}

/** The body paragraphs as printed, with the jump lines and the photo caption in place. */
export function printedParagraphs(a: PageArticle): string[] {
  const paras = [...a.paragraphs];
  if (a.continuedFrom !== undefined) paras[0] = `${jumpFromLine(a.continuedFrom)}${paras[0] ?? ""}`;
  if (a.continuesOn !== undefined) paras[paras.length - 1] += jumpToLine(a.continuesOn);
  return paras;
}

export function articleText(a: PageArticle): string {
  const blocks = [
    ...(a.kicker ? [a.kicker] : []),
    a.headline,
    ...(a.subtitles ?? []),
    ...printedParagraphs(a),
    ...(a.photo ? [a.photo.caption] : []),
    ...(a.credit ? [a.credit] : []),
  ];
  return blocks.join("\n\n");
}

export function pageText(articles: PageArticle[]): string {
  return `${articles.map(articleText).join("\n\n")}\n`;
}
