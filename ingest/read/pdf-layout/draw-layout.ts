/**
 * A picture of the reading: one HTML file drawing each page's drawn shapes, text blocks
 * coloured by role (with their text on hover), the body columns of each article region and
 * the regions numbered in reading order, so a user sees why an article came out wrong.
 */
import type { PageLayout, Role } from "./types.ts";

const COLOURS: Record<Role, string> = {
  headline: "#d62728",
  kicker: "#ff7f0e",
  subtitle: "#e377c2",
  byline: "#9467bd",
  caption: "#17becf",
  body: "#1f77b4",
  jump: "#bcbd22",
  chrome: "#7f7f7f",
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const px = (v: number) => `${v.toFixed(1)}px`;

function box(x0: number, y0: number, x1: number, y1: number, style: string, title = "", inner = ""): string {
  return `<div class="b" style="left:${px(x0)};top:${px(y0)};width:${px(x1 - x0)};height:${px(y1 - y0)};${style}"${title ? ` title="${esc(title)}"` : ""}>${inner}</div>`;
}

export function drawLayout(pages: PageLayout[], name: string): string {
  const legend = Object.entries(COLOURS)
    .map(([role, c]) => `<span style="border-left:14px solid ${c};padding:0 8px 0 4px">${role}</span>`)
    .join("");
  const body = pages
    .map((p, k) => {
      const parts: string[] = [];
      for (const s of p.shapes)
        parts.push(box(s.x0, s.y0, s.x1, s.y1, s.kind === "rule" ? "background:#000" : "background:#ddd"));
      for (const b of p.blocks) {
        const c = COLOURS[b.role];
        const text = b.lines.map((l) => l.text).join("\n");
        parts.push(
          box(
            b.x0,
            b.y0,
            b.x1,
            b.y1,
            `background:${c}33;border:1px solid ${c}`,
            `${b.role} · ${b.size.toFixed(1)}pt${b.bold ? " bold" : ""}${b.vertical ? " vertical" : ""}\n${text}`,
          ),
        );
        for (const l of b.lines) parts.push(box(l.x0, l.y0, l.x1, l.y1, `border-bottom:1px solid ${c}88`));
      }
      for (const r of p.regions) {
        for (const [a, z] of r.columns)
          parts.push(box(a, r.y0, z, r.y1, "border-left:1px dashed #2ca02c;border-right:1px dashed #2ca02c"));
        const label = `${r.index}${r.headline ? ` ${r.headline}` : " (untitled)"}${r.jumps.length ? ` ⇢ ${r.jumps.join(" ")}` : ""}`;
        parts.push(
          box(
            r.x0 - 3,
            r.y0 - 3,
            r.x1 + 3,
            r.y1 + 3,
            "border:3px solid #2ca02c",
            label,
            `<span class="n">${r.index}</span>`,
          ),
        );
      }
      return `<h2>${esc(name)} · page ${k + 1} · ${p.regions.length} article regions</h2><div class="page" style="width:${px(p.width)};height:${px(p.height)}">${parts.join("")}</div>`;
    })
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>Layout of ${esc(name)}</title><style>
body{font:13px sans-serif;margin:12px} .page{position:relative;border:1px solid #000;margin-bottom:24px;background:#fff}
.b{position:absolute;box-sizing:border-box} .n{position:absolute;left:2px;top:2px;background:#2ca02c;color:#fff;font:bold 18px sans-serif;padding:1px 6px;border-radius:10px}
</style></head><body><div>${legend} <span style="border-left:14px solid #2ca02c;padding:0 4px">article region (reading order), dashed: columns</span></div>
${body}</body></html>
`;
}
