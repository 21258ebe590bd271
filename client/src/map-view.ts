/**
 * The map: a province choropleth of China (events or honourees per province, /api/regions),
 * drawn as SVG with d3-geo; a province with city shapes drills down to its cities. Selecting a
 * province calls `onRegion` (the host keeps it in the URL and filters by it); a ranked list of
 * the same counts makes every region reachable by keyboard.
 */
import "./map-view.css";
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection } from "geojson";
import type { RegionsResult } from "../../server/regions-schemas.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";
import { choroplethColour, regionKey, windForD3 } from "./map-colour.ts";
import { cityShapes, countryShapes, ISLANDS_FEATURE } from "./province-shapes.ts";

export type MapMetric = "events" | "honourees";

export interface MapViewOptions {
  /** Selected province (short name: 浙江), or null for the whole country. */
  region: string | null;
  /** Selected city of that province (full name: 宁波市), or null. */
  city?: string | null;
  /** A province was chosen (null: back to the whole country). */
  onRegion(province: string | null): void;
  /** A city of the selected province was chosen (null: the whole province). */
  onCity?(city: string | null): void;
}

export interface MapView {
  element: HTMLElement;
  mount(): Promise<void>;
  /** Follow a new selection (from the URL or another view). */
  select(region: string | null, city?: string | null): Promise<void>;
  /** Redraw the texts after a language change. */
  rerender(): void;
  destroy(): void;
}

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 800;
const HEIGHT = 600;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

async function fetchRegions(province: string | null): Promise<RegionsResult> {
  const q = province ? `?province=${encodeURIComponent(province)}` : "";
  const res = await fetch(`/api/regions${q}`);
  if (!res.ok) throw new Error(`regions ${res.status}`);
  return (await res.json()) as RegionsResult;
}

/** The shapes with every ring wound for d3-geo (see windForD3). */
function wound(fc: FeatureCollection): FeatureCollection {
  const features = fc.features.map((f): Feature => {
    const g = f.geometry;
    if (g?.type === "Polygon") return { ...f, geometry: { ...g, coordinates: windForD3(g.coordinates) } };
    if (g?.type === "MultiPolygon")
      return { ...f, geometry: { ...g, coordinates: g.coordinates.map((p) => windForD3(p)) } };
    return f;
  });
  return { ...fc, features };
}

function nameOf(f: Feature): string {
  const p = f.properties as { name?: unknown } | null;
  return typeof p?.name === "string" ? p.name : "";
}

export function createMapView(opts: MapViewOptions): MapView {
  let region = opts.region;
  let city = opts.city ?? null;
  let metric: MapMetric = "events";
  let counts: RegionsResult | null = null;
  let shapes: FeatureCollection | null = null;
  let alive = true;
  let token = 0;

  const status = h("p", { class: "map-status muted", role: "status", "aria-live": "polite" });
  const heading = h("h2", { class: "map-title", id: "map-title" });
  const back = h("button", { type: "button", class: "map-back", id: "map-back" });
  const metricBox = h("div", { class: "map-metric", role: "radiogroup" });
  const drawing = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "region-map",
    id: "region-map",
    role: "group",
  });
  const legend = h("div", { class: "map-legend", "aria-hidden": "true" });
  const list = h("ol", { class: "region-list", id: "region-list" });
  const note = h("p", { class: "map-note muted" });
  const element = h(
    "section",
    { class: "map-view", id: "map-view", "aria-labelledby": "map-title" },
    h("div", { class: "map-head" }, heading, back, metricBox),
    h("div", { class: "map-body" }, h("div", { class: "map-canvas" }, drawing, legend), list),
    status,
    note,
  );

  back.addEventListener("click", () => {
    if (city) opts.onCity?.(null);
    else opts.onRegion(null);
  });

  function value(r: { events: number; honourees: number }): number {
    return metric === "events" ? r.events : r.honourees;
  }

  function renderChrome(): void {
    heading.textContent = region ? t("mapTitleProvince", { name: region }) : t("mapTitle");
    back.textContent = city ? t("mapBackProvince", { name: region ?? "" }) : t("mapBack");
    back.style.display = region ? "" : "none";
    clear(metricBox);
    metricBox.setAttribute("aria-label", t("mapMetric"));
    for (const m of ["events", "honourees"] as const) {
      const input = h("input", {
        type: "radio",
        name: "map-metric",
        value: m,
        id: `map-metric-${m}`,
        checked: metric === m,
      });
      input.addEventListener("change", () => {
        metric = m;
        draw();
      });
      metricBox.append(
        h("label", { for: `map-metric-${m}` }, input, m === "events" ? t("mapEvents") : t("mapHonourees")),
      );
    }
    note.textContent = region ? t("mapNoteCities") : t("mapNoteIslands");
  }

  function summary(c: RegionsResult): string {
    const placed = c.regions.reduce((n, r) => n + value(r), 0);
    if (c.level === "city")
      return t(metric === "events" ? "mapSummaryCityEvents" : "mapSummaryCityHonourees", {
        name: c.province ?? "",
        placed,
        total: placed + value(c.unplacedBelow),
        below: value(c.unplacedBelow),
      });
    return t(metric === "events" ? "mapSummaryEvents" : "mapSummaryHonourees", {
      placed,
      total: value(c.total),
      national: value(c.national),
      unknown: value(c.unknown),
    });
  }

  function choose(name: string): void {
    if (!region) opts.onRegion(name);
    else opts.onCity?.(city === name ? null : name);
  }

  function drawShapes(fc: FeatureCollection, c: RegionsResult, max: number): void {
    const byKey = new Map(c.regions.map((r) => [regionKey(r.name), r]));
    const projection = geoMercator().fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      fc,
    );
    const path = geoPath(projection);
    const labels = svg("g", { class: "region-labels", "aria-hidden": "true" });
    for (const f of fc.features) {
      const name = nameOf(f);
      const d = path(f);
      if (!d) continue;
      if (name === ISLANDS_FEATURE) {
        drawing.append(svg("path", { d, class: "islands" }));
        continue;
      }
      const r = byKey.get(regionKey(name));
      const n = r ? value(r) : 0;
      const label = r?.name ?? name;
      const selected = city !== null && regionKey(city) === regionKey(name);
      const text = t("mapRegionLabel", { name: label, events: r?.events ?? 0, honourees: r?.honourees ?? 0 });
      const shape = svg("path", {
        d,
        class: `region${selected ? " selected" : ""}`,
        fill: choroplethColour(n, max),
        "data-name": label,
        "data-count": n,
        tabindex: 0,
        role: "button",
        "aria-label": text,
      });
      const title = svg("title", {});
      title.textContent = text;
      shape.append(title);
      shape.addEventListener("click", () => choose(label));
      shape.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          choose(label);
        }
      });
      drawing.append(shape);
      if (n > 0) {
        const [x, y] = path.centroid(f);
        const tag = svg("text", { x, y, class: "region-label", "text-anchor": "middle" });
        tag.textContent = `${region ? regionKey(label) : label} ${n}`;
        labels.append(tag);
      }
    }
    drawing.append(labels);
    drawing.setAttribute("aria-label", region ? t("mapTitleProvince", { name: region }) : t("mapTitle"));
  }

  function draw(): void {
    renderChrome();
    clear(drawing);
    clear(list);
    clear(legend);
    if (!counts) return;
    const c = counts;
    const max = Math.max(0, ...c.regions.map(value));
    if (shapes) drawShapes(shapes, c, max);
    else drawing.setAttribute("aria-label", t("mapNoCityShapes", { name: region ?? "" }));
    const ranked = [...c.regions].sort((a, b) => value(b) - value(a) || a.name.localeCompare(b.name, "zh"));
    for (const r of ranked) {
      if (value(r) === 0) continue;
      const active = city === r.name;
      list.append(
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: "region-item",
              "data-region": r.name,
              "aria-pressed": active ? "true" : "false",
              onclick: () => choose(r.name),
            },
            h("span", { class: "swatch", style: `background:${choroplethColour(value(r), max)}` }),
            h("span", { class: "region-name" }, r.name),
            h("span", { class: "region-count" }, String(value(r))),
          ),
        ),
      );
    }
    if (list.childElementCount === 0) list.append(h("li", { class: "muted" }, t("mapEmpty")));
    legend.append(
      h("span", { class: "swatch", style: `background:${choroplethColour(0, 1)}` }),
      "0",
      h("span", { class: "swatch", style: `background:${choroplethColour(1, 1)}` }),
      String(max),
    );
    status.textContent = shapes
      ? summary(c)
      : `${t("mapNoCityShapes", { name: region ?? "" })} ${summary(c)}`;
    element.dataset.ready = region ?? "country";
  }

  async function load(): Promise<void> {
    const mine = ++token;
    delete element.dataset.ready;
    status.textContent = t("loading");
    try {
      const [c, s] = await Promise.all([fetchRegions(region), region ? cityShapes(region) : countryShapes()]);
      if (!alive || mine !== token) return;
      counts = c;
      // No city shapes (Taiwan, Hong Kong, Macao): the list alone, and a word on why.
      shapes = s ? wound(s) : null;
      draw();
    } catch {
      if (alive && mine === token) status.textContent = t("loadError");
    }
  }

  return {
    element,
    mount: load,
    async select(next, nextCity = null) {
      const reload = next !== region;
      region = next;
      city = next ? nextCity : null;
      if (reload) await load();
      else draw();
    },
    rerender: draw,
    destroy() {
      alive = false;
    },
  };
}
