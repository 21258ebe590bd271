/**
 * Light Markdown clean-up for .md input: heading markers, emphasis, images, links (their
 * text is kept), block quotes and horizontal rules. Line structure is preserved.
 */

/** Plain text of a Markdown document, one output line per input line. */
export function stripMarkdown(md: string): string {
  return md
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/\s+#+\s*$/, "")
        .replace(/^\s{0,3}>\s?/, "")
        .replace(/^\s{0,3}([-*_])(\s*\1){2,}\s*$/, "")
        .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__)(.+?)\1/g, "$2")
        .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, "$1$2"),
    )
    .join("\n");
}
