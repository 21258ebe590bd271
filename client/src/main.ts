/**
 * Client entry: the app shell (top bar with navigation, search and language toggle),
 * routing between the explorer and the console from the URL hash, and teardown.
 */
import "./styles.css";
import { createArticlePage } from "./article-view.ts";
import { createConsolePage } from "./console-page.ts";
import { createQueuePage } from "./curation-queue.ts";
import { ct } from "./curation-strings.ts";
import { clear, h } from "./dom.ts";
import { createEventsPage, type EventsPage } from "./events-page.ts";
import { createExplorerPage, type ExplorerPage } from "./explorer-page.ts";
import { setLang, t } from "./i18n.ts";
import { createMapPage } from "./map-page.ts";
import { createSearchBox } from "./search-box.ts";
import { formatState, parseState, type ViewState } from "./url-state.ts";

const root = document.getElementById("app")!;
let state: ViewState = parseState(location.hash, location.pathname);
let teardown: (() => void) | null = null;
let explorer: ExplorerPage | null = null;
let eventsPage: EventsPage | null = null;

function commit(): void {
  const hash = formatState(state);
  if (location.hash !== hash) history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
  refreshTabLinks();
}

/** The tabs carry the current filters (a brush on the events timeline reaches the graph). */
function refreshTabLinks(): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>("nav a.tab")) {
    const view = parseState(a.getAttribute("href") ?? "").view;
    a.setAttribute("href", formatState({ ...state, view }));
  }
}

function navigate(patch: Partial<ViewState>): void {
  state = { ...state, ...patch };
  const hash = formatState(state);
  if (location.hash !== hash) history.pushState(null, "", `${location.pathname}${location.search}${hash}`);
  render();
}

function topBar(): HTMLElement {
  const nav = h(
    "nav",
    { "aria-label": t("appTitle") },
    h(
      "a",
      {
        href: formatState({ ...state, view: "explore" }),
        class: "tab",
        "aria-current": state.view === "explore" ? "page" : null,
      },
      t("explorer"),
    ),
    h(
      "a",
      {
        href: formatState({ ...state, view: "events" }),
        class: "tab",
        id: "tab-events",
        "aria-current": state.view === "events" ? "page" : null,
      },
      t("eventsTab"),
    ),
    h(
      "a",
      {
        href: formatState({ ...state, view: "map" }),
        class: "tab",
        id: "tab-map",
        "aria-current": state.view === "map" ? "page" : null,
      },
      t("mapTab"),
    ),
    h(
      "a",
      {
        href: formatState({ ...state, view: "review" }),
        class: "tab",
        id: "tab-review",
        "aria-current": state.view === "review" ? "page" : null,
      },
      ct("reviewTab"),
    ),
    h(
      "a",
      {
        href: formatState({ ...state, view: "console" }),
        class: "tab",
        "aria-current": state.view === "console" ? "page" : null,
      },
      t("console"),
    ),
  );
  const search =
    state.view === "explore"
      ? createSearchBox(
          state.q,
          (hit) => void explorer?.selectNode(hit.id, { focusPanel: false }),
          (q) => {
            state.q = q;
            commit();
          },
        ).element
      : null;
  return h(
    "header",
    { class: "topbar" },
    h("a", { class: "skip", href: "#main", onclick: skipToMain }, t("skipToGraph")),
    h("h1", {}, t("appTitle")),
    nav,
    search,
    h(
      "button",
      {
        type: "button",
        id: "lang-toggle",
        class: "lang",
        "aria-label": t("langToggleLabel"),
        onclick: () => {
          state.lang = state.lang === "zh" ? "en" : "zh";
          setLang(state.lang);
          commit();
          rerenderChrome();
        },
      },
      t("langToggle"),
    ),
  );
}

function skipToMain(e: Event): void {
  e.preventDefault();
  document.getElementById("main")?.focus();
}

/** Language change: swap the top bar and re-render the page's chrome, keeping the graph. */
function rerenderChrome(): void {
  document.title = `${t("appTitle")} · Laomo Graph`;
  const old = root.querySelector(".topbar");
  if (old) old.replaceWith(topBar());
  if (explorer) explorer.rerender();
  else if (eventsPage) eventsPage.rerender();
  else render();
}

function render(): void {
  teardown?.();
  teardown = null;
  explorer = null;
  eventsPage = null;
  setLang(state.lang);
  document.title = `${t("appTitle")} · Laomo Graph`;
  clear(root);
  root.append(topBar());
  if (state.view === "console") {
    const page = createConsolePage(
      state.query,
      (q) => {
        state.query = q;
        commit();
      },
      (id) => navigate({ view: "explore", node: id }),
    );
    root.append(page.element);
    page.mount();
    teardown = () => page.destroy();
  } else if (state.view === "map") {
    const page = createMapPage({
      region: state.region,
      city: state.city,
      onChange: (region, city) => {
        state.region = region;
        state.city = city;
        commit();
      },
      nodeHref: (id) => formatState({ ...state, view: "explore", node: id }),
      eventsHref: (region) => formatState({ ...state, view: "events", region }),
    });
    root.append(page.element);
    void page.mount();
    teardown = () => page.destroy();
  } else if (state.view === "review") {
    const page = createQueuePage({
      review: state.review,
      factType: state.factType,
      onChange: (review, factType) => {
        state.review = review;
        state.factType = factType;
        commit();
      },
      articleHref: (id) => formatState({ ...state, view: "article", article: id }),
      nodeHref: (id) => formatState({ ...state, view: "explore", node: id }),
    });
    root.append(page.element);
    void page.mount();
    teardown = () => page.destroy();
  } else if (state.view === "article" && state.article) {
    const page = createArticlePage({
      id: state.article,
      backHref: formatState({ ...state, view: "explore" }),
      nodeHref: (id) => formatState({ ...state, view: "explore", node: id }),
    });
    root.append(page.element);
    void page.mount();
    teardown = () => page.destroy();
  } else if (state.view === "events") {
    const page = createEventsPage(state, commit, (id) => navigate({ view: "explore", node: id }));
    eventsPage = page;
    root.append(page.element);
    void page.mount();
    teardown = () => page.destroy();
  } else {
    const page = createExplorerPage(state, commit);
    explorer = page;
    root.append(page.element);
    void page.mount();
    teardown = () => page.destroy();
  }
}

window.addEventListener("hashchange", () => {
  const next = parseState(location.hash, location.pathname);
  if (formatState(next) === formatState(state)) return;
  state = next;
  render();
});
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  if (explorer?.escape()) e.preventDefault();
});
window.addEventListener("pagehide", () => teardown?.());

render();
