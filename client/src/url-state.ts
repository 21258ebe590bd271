/**
 * The whole view state of the client, encoded in the URL hash (`#/explore?node=…&types=…`)
 * so that any view is a shareable link. Pure functions: parse and format, no DOM.
 */
import { NODE_LABELS, type NodeLabel } from "../../model/types.ts";
import type { Lang } from "./i18n.ts";

export type ViewName = "explore" | "events" | "map" | "console" | "article" | "review";

/** Graph layouts of the layout control. */
export type LayoutMode = "force" | "bipartite";

export interface ViewState {
  view: ViewName;
  lang: Lang;
  /** Selected node id (side panel open). */
  node: string | null;
  /** Text in the search box. */
  q: string;
  /** Visible node types; null means all. */
  types: NodeLabel[] | null;
  levels: string[];
  categories: string[];
  organiser: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  communities: boolean;
  /** Shortest path endpoints. */
  path: [string, string] | null;
  /** Cypher console text. */
  query: string;
  /** Events view: province-level region of events (全国, 浙江 …). */
  region: string | null;
  /** Map view: a city of the selected region (宁波市). */
  city: string | null;
  /** Graph layout: server force layout, or bands of honourees / events / organisers. */
  layout: LayoutMode;
  /** Article view (`#/article/<id>`): the article shown with its facts. */
  article: string | null;
  /** Review queue (`#/review?review=unreviewed&type=HAS_HONOUR`): which facts are listed. */
  review: string;
  factType: string | null;
}

export function defaultState(): ViewState {
  return {
    view: "explore",
    lang: "zh",
    node: null,
    q: "",
    types: null,
    levels: [],
    categories: [],
    organiser: null,
    yearFrom: null,
    yearTo: null,
    communities: false,
    path: null,
    query: "",
    region: null,
    city: null,
    layout: "force",
    article: null,
    review: "unreviewed",
    factType: null,
  };
}

function list(v: string | null): string[] {
  return v ? v.split(",").filter((s) => s.length > 0) : [];
}

function year(v: string | null): number | null {
  if (!v || !/^\d{4}$/.test(v)) return null;
  return Number(v);
}

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** Parse `location.hash` (and, as a fallback, a `/console` pathname) into a state. */
export function parseState(hash: string, pathname = "/"): ViewState {
  const s = defaultState();
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  const qIndex = raw.indexOf("?");
  const route = (qIndex >= 0 ? raw.slice(0, qIndex) : raw).replace(/^\/+/, "");
  const params = new URLSearchParams(qIndex >= 0 ? raw.slice(qIndex + 1) : "");
  s.view =
    route === "console" || (route === "" && /\/console\/?$/.test(pathname))
      ? "console"
      : route === "events"
        ? "events"
        : route === "map"
          ? "map"
          : route === "review"
            ? "review"
            : route.startsWith("article/") && route.length > "article/".length
              ? "article"
              : "explore";
  if (s.view === "article") s.article = safeDecode(route.slice("article/".length));
  s.lang = params.get("lang") === "en" ? "en" : "zh";
  s.node = params.get("node") || null;
  s.q = params.get("q") ?? "";
  const types = params.get("types");
  if (types !== null)
    s.types = list(types).filter((x): x is NodeLabel => (NODE_LABELS as readonly string[]).includes(x));
  s.levels = list(params.get("levels"));
  s.categories = list(params.get("cats"));
  s.organiser = params.get("org") || null;
  s.yearFrom = year(params.get("from"));
  s.yearTo = year(params.get("to"));
  s.communities = params.get("comm") === "1";
  const path = list(params.get("path"));
  s.path = path.length === 2 ? [path[0]!, path[1]!] : null;
  s.query = params.get("query") ?? "";
  s.region = params.get("region") || null;
  s.city = s.region ? params.get("city") || null : null;
  s.layout = params.get("layout") === "bipartite" ? "bipartite" : "force";
  if (s.view === "review") {
    s.review = params.get("review") || "unreviewed";
    s.factType = params.get("type") || null;
  }
  return s;
}

/** Format a state as a hash; default values are left out so links stay short. */
export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.lang !== "zh") p.set("lang", s.lang);
  if (s.view === "explore" || s.view === "events") {
    if (s.node && s.view === "explore") p.set("node", s.node);
    if (s.q) p.set("q", s.q);
    if (s.types !== null) p.set("types", s.types.join(","));
    if (s.levels.length) p.set("levels", s.levels.join(","));
    if (s.categories.length) p.set("cats", s.categories.join(","));
    if (s.organiser) p.set("org", s.organiser);
    if (s.yearFrom !== null) p.set("from", String(s.yearFrom));
    if (s.yearTo !== null) p.set("to", String(s.yearTo));
    if (s.communities) p.set("comm", "1");
    if (s.path && s.view === "explore") p.set("path", s.path.join(","));
    if (s.region) p.set("region", s.region);
    if (s.layout !== "force" && s.view === "explore") p.set("layout", s.layout);
  } else if (s.view === "map") {
    if (s.region) p.set("region", s.region);
    if (s.region && s.city) p.set("city", s.city);
  } else if (s.view === "review") {
    if (s.review !== "unreviewed") p.set("review", s.review);
    if (s.factType) p.set("type", s.factType);
  } else if (s.view === "article") {
    if (s.node) p.set("node", s.node);
  } else if (s.query) {
    p.set("query", s.query);
  }
  const qs = p.toString();
  if (s.view === "article" && s.article)
    return `#/article/${encodeURIComponent(s.article)}${qs ? `?${qs}` : ""}`;
  return `#/${s.view}${qs ? `?${qs}` : ""}`;
}
