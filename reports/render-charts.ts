/**
 * Inline SVG charts without a chart library: horizontal bar charts for counts and a column
 * timeline for events per month. Text is escaped; fonts come from the page's CJK font stack.
 */
import type { ChartSpec } from "./document.ts";
import type { CountRow } from "./types.ts";

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Approximate rendered width: CJK and full-width characters count double. */
function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFFF]/.test(ch) ? size : size * 0.58;
  return w;
}

function clip(s: string, maxWidth: number, size: number): string {
  if (textWidth(s, size) <= maxWidth) return s;
  let out = "";
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`, size) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
}

const WIDTH = 640;
const FONT = 12;
const COLOURS = ["#c0392b", "#d35400", "#b7950b", "#1e8449", "#2471a3", "#7d3c98"];

function title(spec: ChartSpec): string {
  return `<title>${escapeXml(`${spec.zh} ${spec.en}`)}</title>`;
}

export function barChart(spec: ChartSpec, maxBars = 15): string {
  const rows = spec.data.slice(0, maxBars);
  if (rows.length === 0) return emptyChart(spec);
  const labelW = Math.min(220, Math.max(60, ...rows.map((r) => textWidth(r.key, FONT) + 8)));
  const barH = 18;
  const gap = 6;
  const top = 8;
  const height = top + rows.length * (barH + gap) + 4;
  const max = Math.max(...rows.map((r) => r.count), 1);
  const plotW = WIDTH - labelW - 50;
  const bars = rows.map((r, i) => {
    const y = top + i * (barH + gap);
    const w = Math.max(2, (r.count / max) * plotW);
    return (
      `<text x="${labelW - 6}" y="${y + barH / 2 + 4}" text-anchor="end" font-size="${FONT}">${escapeXml(clip(r.key, labelW - 8, FONT))}</text>` +
      `<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" rx="2" fill="${COLOURS[i % COLOURS.length]}"/>` +
      `<text x="${(labelW + w + 4).toFixed(1)}" y="${y + barH / 2 + 4}" font-size="${FONT}">${r.count}</text>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${title(spec)}${bars.join("")}</svg>`;
}

/** Fills missing months between the first and last so gaps show as gaps. */
export function fillMonths(rows: CountRow[]): CountRow[] {
  const months = rows.filter((r) => /^\d{4}-\d{2}$/.test(r.key)).sort((a, b) => a.key.localeCompare(b.key));
  if (months.length === 0) return [];
  const counts = new Map(months.map((r) => [r.key, r.count]));
  const out: CountRow[] = [];
  let [y, m] = months[0]!.key.split("-").map(Number) as [number, number];
  const last = months[months.length - 1]!.key;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ key, count: counts.get(key) ?? 0 });
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function timelineChart(spec: ChartSpec): string {
  const rows = fillMonths(spec.data);
  if (rows.length === 0) return emptyChart(spec);
  const left = 36;
  const bottom = 40;
  const top = 12;
  const plotH = 140;
  const height = top + plotH + bottom;
  const plotW = WIDTH - left - 10;
  const step = plotW / rows.length;
  const max = Math.max(...rows.map((r) => r.count), 1);
  const labelEvery = Math.max(1, Math.ceil(rows.length / 12));
  const parts: string[] = [
    `<line x1="${left}" y1="${top + plotH}" x2="${WIDTH - 10}" y2="${top + plotH}" stroke="#555"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#555"/>`,
    `<text x="${left - 4}" y="${top + 8}" text-anchor="end" font-size="10">${max}</text>`,
    `<text x="${left - 4}" y="${top + plotH}" text-anchor="end" font-size="10">0</text>`,
  ];
  rows.forEach((r, i) => {
    const h = (r.count / max) * plotH;
    const x = left + i * step;
    if (r.count > 0)
      parts.push(
        `<rect x="${(x + step * 0.15).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${Math.max(1, step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="#c0392b"><title>${escapeXml(`${r.key}: ${r.count}`)}</title></rect>`,
      );
    if (i % labelEvery === 0) {
      const cx = x + step / 2;
      parts.push(
        `<line x1="${cx.toFixed(1)}" y1="${top + plotH}" x2="${cx.toFixed(1)}" y2="${top + plotH + 4}" stroke="#555"/>`,
        `<text x="${cx.toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" font-size="10">${escapeXml(r.key)}</text>`,
      );
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${title(spec)}${parts.join("")}</svg>`;
}

function emptyChart(spec: ChartSpec): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${WIDTH} 30" width="${WIDTH}" height="30">${title(spec)}<text x="4" y="20" font-size="${FONT}">无数据 no data</text></svg>`;
}

export function renderChart(spec: ChartSpec): string {
  return spec.kind === "bar" ? barChart(spec) : timelineChart(spec);
}
