/**
 * Light Markdown clean-up for .md input: heading markers, emphasis, images, links (their
 * text is kept), block quotes and horizontal rules. Line structure is preserved.
 */

/** Drops a closing heading sequence (`Title ##`): whitespace, hashes, whitespace at the end. */
function dropClosingHashes(line: string): string {
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1]!)) end--;
  const hashesEnd = end;
  while (end > 0 && line[end - 1] === "#") end--;
  if (end === hashesEnd || end === 0 || !/\s/.test(line[end - 1]!)) return line;
  while (end > 0 && /\s/.test(line[end - 1]!)) end--;
  return line.slice(0, end);
}

/**
 * Plain text of a Markdown document, one output line per input line. Every pattern runs in
 * linear time on any line (link texts and targets cannot contain brackets or parentheses),
 * so a hostile file cannot make it quadratic.
 */
export function stripMarkdown(md: string): string {
  return md
    .split("\n")
    .map((line) =>
      dropClosingHashes(line.replace(/^\s{0,3}#{1,6}\s+/, ""))
        .replace(/^\s{0,3}>\s?/, "")
        .replace(/^\s{0,3}([-*_])(\s*\1){2,}\s*$/, "")
        .replace(/!\[[^\][\n]*\]\([^()\n]*\)/g, "")
        .replace(/\[([^\][\n]+)\]\([^()\n]*\)/g, "$1")
        .replace(/(\*\*|__)(.+?)\1/g, "$2")
        .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, "$1$2"),
    )
    .join("\n");
}
