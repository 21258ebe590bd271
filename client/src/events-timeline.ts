/**
 * The events view's timeline: an SVG histogram of events per month (undated events, placed by
 * their article's date, in a lighter shade) with a brush over whole years. Drag to brush, click a
 * year to pick it; the two handles are keyboard sliders (←/→, Home/End). Calls back with the years.
 */
import { h } from "./dom.ts";
import { t } from "./i18n.ts";

const NS = "http://www.w3.org/2000/svg";
const W = 1000;
const H = 96;
const AXIS = 18;

export interface TimelineOptions {
  timeline: { month: string; dated: number; undated: number }[];
  yearFrom: number | null;
  yearTo: number | null;
  onBrush(from: number | null, to: number | null): void;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function timelineElement(o: TimelineOptions): HTMLElement {
  const years = o.timeline.map((m) => Number(m.month.slice(0, 4)));
  const first = Math.min(...years, o.yearFrom ?? Number.POSITIVE_INFINITY);
  const last = Math.max(...years, o.yearTo ?? Number.NEGATIVE_INFINITY);
  const wrap = h("div", { class: "ev-timeline", id: "ev-timeline" });
  if (!Number.isFinite(first) || !Number.isFinite(last)) return wrap;
  const span = last - first + 1;
  const xOfYear = (y: number) => ((y - first) / span) * W;
  const monthW = W / (span * 12);
  const max = Math.max(1, ...o.timeline.map((m) => m.dated + m.undated));
  const plotH = H - AXIS - 4;

  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "group" });
  root.setAttribute("aria-label", t("evTimeline"));
  for (let y = first; y <= last; y++) {
    const x = xOfYear(y);
    root.append(svg("line", { x1: x, x2: x, y1: 0, y2: H - AXIS, class: "ev-grid" }));
  }
  for (const m of o.timeline) {
    const y = Number(m.month.slice(0, 4));
    const mo = Number(m.month.slice(5, 7)) - 1;
    const x = xOfYear(y) + mo * monthW;
    const hd = (m.dated / max) * plotH;
    const hu = (m.undated / max) * plotH;
    const base = H - AXIS;
    if (hd > 0)
      root.append(
        svg("rect", {
          x: x + 0.5,
          y: base - hd,
          width: Math.max(1, monthW - 1),
          height: hd,
          class: "ev-bar",
        }),
      );
    if (hu > 0)
      root.append(
        svg("rect", {
          x: x + 0.5,
          y: base - hd - hu,
          width: Math.max(1, monthW - 1),
          height: hu,
          class: "ev-bar undated",
        }),
      );
  }
  const axis = h("div", { class: "ev-axis", "aria-hidden": "true" });
  for (let y = first; y <= last; y++)
    axis.append(
      h("span", { style: `left:${(xOfYear(y) / W) * 100}%;width:${(100 / span).toFixed(3)}%` }, String(y)),
    );

  let from = o.yearFrom;
  let to = o.yearTo;
  const brush = svg("rect", { y: 0, height: H - AXIS, class: "ev-brush" });
  root.append(brush);
  const handleA = h("span", { class: "ev-handle", role: "slider", tabindex: 0, id: "ev-brush-start" });
  const handleB = h("span", { class: "ev-handle", role: "slider", tabindex: 0, id: "ev-brush-end" });
  const draw = () => {
    const a = from ?? first;
    const b = to ?? last;
    brush.setAttribute("x", String(xOfYear(a)));
    brush.setAttribute("width", String(xOfYear(b + 1) - xOfYear(a)));
    brush.classList.toggle("active", from !== null || to !== null);
    for (const [el, v, label] of [
      [handleA, a, t("evBrushStart")],
      [handleB, b, t("evBrushEnd")],
    ] as const) {
      el.setAttribute("aria-label", label);
      el.setAttribute("aria-valuemin", String(first));
      el.setAttribute("aria-valuemax", String(last));
      el.setAttribute("aria-valuenow", String(v));
      el.style.left = `${(xOfYear(el === handleA ? v : v + 1) / W) * 100}%`;
    }
  };
  const emit = () => {
    const a = from ?? first;
    const b = to ?? last;
    // The whole span brushed is no filter.
    if (a <= first && b >= last) o.onBrush(null, null);
    else o.onBrush(a, b);
  };
  const yearAt = (clientX: number) => {
    const r = root.getBoundingClientRect();
    const f = Math.min(0.9999, Math.max(0, (clientX - r.left) / Math.max(1, r.width)));
    return first + Math.floor(f * span);
  };
  let anchor: number | null = null;
  root.addEventListener("pointerdown", (e) => {
    anchor = yearAt(e.clientX);
    from = anchor;
    to = anchor;
    root.setPointerCapture(e.pointerId);
    draw();
  });
  root.addEventListener("pointermove", (e) => {
    if (anchor === null) return;
    const y = yearAt(e.clientX);
    from = Math.min(anchor, y);
    to = Math.max(anchor, y);
    draw();
  });
  const end = () => {
    if (anchor === null) return;
    anchor = null;
    emit();
  };
  root.addEventListener("pointerup", end);
  root.addEventListener("pointercancel", end);
  const keys = (which: "from" | "to") => (e: KeyboardEvent) => {
    const cur = which === "from" ? (from ?? first) : (to ?? last);
    const next =
      e.key === "ArrowLeft" || e.key === "ArrowDown"
        ? cur - 1
        : e.key === "ArrowRight" || e.key === "ArrowUp"
          ? cur + 1
          : e.key === "Home"
            ? first
            : e.key === "End"
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    const v = Math.min(last, Math.max(first, next));
    if (which === "from") {
      from = Math.min(v, to ?? last);
      to = to ?? last;
    } else {
      to = Math.max(v, from ?? first);
      from = from ?? first;
    }
    draw();
    emit();
  };
  handleA.addEventListener("keydown", keys("from"));
  handleB.addEventListener("keydown", keys("to"));
  draw();
  wrap.append(h("div", { class: "ev-plot" }, root, handleA, handleB), axis);
  return wrap;
}
