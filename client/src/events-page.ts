/**
 * The events tab (`#/events?org=…&from=2024&to=2024&region=…`): filters (organiser, region, year,
 * honour level, category), the timeline with its year brush, and the matching events with their
 * speakers (honour badges), organisers (role) and venue. Filters and the brush are the explorer's
 * own state, so the graph shows the same selection; a click on an event or a person focuses it there.
 */

import { clear, h } from "./dom.ts";
import { type EventItem, type EventsResult, fetchEvents } from "./events-api.ts";
import { timelineElement } from "./events-timeline.ts";
import { categoryName } from "./honour-names.ts";
import "./events-view.css";
import { getLang, labelName, levelName, roleName, t } from "./i18n.ts";
import { createMapView, type MapView } from "./map-view.ts";
import type { ViewState } from "./url-state.ts";

export interface EventsPage {
  element: HTMLElement;
  mount(): Promise<void>;
  rerender(): void;
  destroy(): void;
}

/** Events listed at once (the count says how many more match; filters narrow). */
const LIMIT = 200;

/** Separator of a list of names: 、 in Chinese, a comma in English. */
const listSep = () => (getLang() === "en" ? ", " : "、");

export function createEventsPage(
  state: ViewState,
  commit: () => void,
  focusNode: (id: string) => void,
): EventsPage {
  const filters = h("section", { class: "ev-filters", "aria-label": t("filters") });
  const timeline = h("section", { class: "ev-timeline-box", "aria-label": t("evTimeline") });
  const count = h("p", { class: "ev-count", id: "events-count", "aria-live": "polite" });
  const list = h("div", { class: "ev-list", id: "events-list" });
  const title = h("h2", { class: "ev-title" }, t("eventsTitle"));
  // The map (map-view.ts) opens on demand: choosing a province sets the region filter.
  let map: MapView | null = null;
  const mapSummary = h("summary", { id: "events-map-toggle" }, t("mapTab"));
  const mapBox = h("details", { class: "ev-map", id: "events-map" }, mapSummary);
  mapBox.addEventListener("toggle", () => {
    if (!mapBox.open || map) return;
    map = createMapView({ region: state.region, onRegion: (v) => change({ region: v }) });
    mapBox.append(map.element);
    void map.mount();
  });
  const element = h(
    "main",
    { class: "events-page", id: "main", tabindex: -1 },
    title,
    filters,
    timeline,
    mapBox,
    count,
    list,
  );
  let result: EventsResult | null = null;
  let error: string | null = null;
  let controller: AbortController | null = null;
  let seq = 0;

  const load = async () => {
    controller?.abort();
    controller = new AbortController();
    const mine = ++seq;
    element.setAttribute("aria-busy", "true");
    try {
      const r = await fetchEvents(
        {
          organiser: state.organiser,
          region: state.region,
          levels: state.levels,
          categories: state.categories,
          yearFrom: state.yearFrom,
          yearTo: state.yearTo,
          limit: LIMIT,
        },
        controller.signal,
      );
      if (mine !== seq) return;
      result = r;
      error = null;
    } catch (err) {
      if (mine !== seq || (err as Error).name === "AbortError") return;
      error = (err as Error).message;
    }
    element.removeAttribute("aria-busy");
    render();
    if (!document.body.dataset.eventsReady) {
      requestAnimationFrame(() => {
        performance.mark("laomo:events-frame");
        document.body.dataset.eventsReady = "1";
      });
    }
    document.body.dataset.eventsLoaded = String(seq);
  };

  const change = (patch: Partial<ViewState>) => {
    Object.assign(state, patch);
    commit();
    if ("region" in patch) void map?.select(state.region);
    void load();
  };

  const select = (
    id: string,
    label: string,
    value: string,
    options: { value: string; text: string }[],
    onChange: (v: string) => void,
  ) =>
    h(
      "label",
      { class: "ev-select" },
      h("span", {}, label),
      h(
        "select",
        { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
        h("option", { value: "" }, t("any")),
        options.map((o) => h("option", { value: o.value, selected: o.value === value }, o.text)),
      ),
    );

  const renderFilters = () => {
    clear(filters);
    const f = result?.facets;
    const withCurrent = <T extends { value: string; text: string }>(opts: T[], current: string | null) =>
      current && !opts.some((o) => o.value === current) ? [...opts, { value: current, text: current }] : opts;
    const yearValue =
      state.yearFrom !== null && state.yearFrom === state.yearTo ? String(state.yearFrom) : "";
    const range =
      state.yearFrom !== null || state.yearTo !== null
        ? state.yearFrom !== null && state.yearFrom === state.yearTo
          ? t("evYear", { year: state.yearFrom })
          : t("evYearRange", { from: state.yearFrom ?? "…", to: state.yearTo ?? "…" })
        : null;
    filters.append(
      select(
        "ev-organiser",
        t("organiser"),
        state.organiser ?? "",
        withCurrent(
          (f?.organisers ?? []).slice(0, 300).map((o) => ({ value: o.id, text: `${o.name} (${o.count})` })),
          state.organiser,
        ),
        (v) => change({ organiser: v || null }),
      ),
      select(
        "ev-region",
        t("evRegion"),
        state.region ?? "",
        withCurrent(
          (f?.regions ?? []).map((r) => ({ value: r.value, text: `${r.value} (${r.count})` })),
          state.region,
        ),
        (v) => change({ region: v || null }),
      ),
      select(
        "ev-year",
        t("year"),
        yearValue,
        withCurrent(
          (f?.years ?? []).map((y) => ({ value: y.value, text: `${y.value} (${y.count})` })),
          yearValue || null,
        ),
        (v) => change({ yearFrom: v ? Number(v) : null, yearTo: v ? Number(v) : null }),
      ),
      select(
        "ev-level",
        t("honourLevel"),
        state.levels[0] ?? "",
        (f?.levels ?? []).map((l) => ({ value: l.value, text: `${levelName(l.value)} (${l.count})` })),
        (v) => change({ levels: v ? [v] : [] }),
      ),
      select(
        "ev-category",
        t("honourCategory"),
        state.categories[0] ?? "",
        withCurrent(
          (f?.categories ?? []).map((c) => ({
            value: c.value,
            text: `${categoryName(c.value)} (${c.count})`,
          })),
          state.categories[0] ?? null,
        ),
        (v) => change({ categories: v ? [v] : [] }),
      ),
      ...(range
        ? [
            h(
              "button",
              {
                type: "button",
                id: "ev-clear-range",
                "aria-label": `${t("evClearRange")}: ${range}`,
                onclick: () => change({ yearFrom: null, yearTo: null }),
              },
              `${range} ✕`,
            ),
          ]
        : []),
      h(
        "button",
        {
          type: "button",
          id: "ev-reset",
          onclick: () =>
            change({
              organiser: null,
              region: null,
              levels: [],
              categories: [],
              yearFrom: null,
              yearTo: null,
            }),
        },
        t("resetFilters"),
      ),
    );
  };

  const personButton = (s: EventItem["speakers"][number]) =>
    h(
      "li",
      { class: "ev-speaker" },
      h(
        "button",
        {
          type: "button",
          class: "link ev-person",
          "data-node-id": s.id,
          title: `${t("evShowInGraph")}: ${s.name}`,
          onclick: () => focusNode(s.id),
        },
        s.name,
      ),
      s.topLevel
        ? h(
            "span",
            {
              class: `ev-badge level-${s.topLevel}`,
              title: s.honours.map((x) => x.name).join(listSep()),
            },
            levelName(s.topLevel),
          )
        : null,
      s.honours.length
        ? h("span", { class: "ev-honours muted" }, s.honours.map((x) => x.name).join(listSep()))
        : null,
      s.talkTitle ? h("span", { class: "ev-talk" }, `《${s.talkTitle}》`) : null,
      s.label !== "Person" ? h("span", { class: "muted" }, ` (${labelName(s.label)})`) : null,
    );

  const card = (e: EventItem) =>
    h(
      "li",
      { class: "ev-card", "data-event-id": e.id },
      h(
        "div",
        { class: `ev-date${e.date ? "" : " undated"}` },
        e.date ?? (e.articleDate ? t("evUndated", { date: e.articleDate }) : t("evNoDate")),
      ),
      h(
        "h4",
        {},
        h(
          "button",
          {
            type: "button",
            class: "link ev-name",
            "data-node-id": e.id,
            title: t("evShowInGraph"),
            onclick: () => focusNode(e.id),
          },
          e.name,
        ),
      ),
      h(
        "p",
        { class: "ev-meta" },
        e.region ? h("span", { class: "ev-region" }, e.region) : null,
        e.venues.length
          ? h("span", {}, `${t("evVenue")}${e.venues.map((v) => v.name).join(listSep())}`)
          : null,
        e.organisers.length
          ? h(
              "span",
              { class: "ev-orgs" },
              t("evOrganisers"),
              e.organisers.map((o, i) =>
                h(
                  "span",
                  { class: "ev-org" },
                  i > 0 ? listSep() : "",
                  h(
                    "button",
                    { type: "button", class: "link", "data-node-id": o.id, onclick: () => focusNode(o.id) },
                    o.name,
                  ),
                  o.role ? h("span", { class: "ev-role" }, ` (${roleName(o.role)})`) : null,
                ),
              ),
            )
          : null,
      ),
      e.speakers.length
        ? h("ul", { class: "ev-speakers", "aria-label": t("evSpeakers") }, e.speakers.map(personButton))
        : h("p", { class: "muted" }, t("evNoSpeakers")),
    );

  const render = () => {
    const focused = document.activeElement?.id;
    renderFilters();
    clear(timeline);
    clear(list);
    if (error) {
      list.append(h("p", { class: "error", role: "alert" }, `${t("loadError")}: ${error}`));
      return;
    }
    if (!result) {
      list.append(h("p", { class: "muted", role: "status" }, t("loading")));
      return;
    }
    timeline.append(
      h("p", { class: "muted ev-hint" }, t("evTimeline")),
      timelineElement({
        timeline: result.timeline,
        yearFrom: state.yearFrom,
        yearTo: state.yearTo,
        onBrush: (from, to) => change({ yearFrom: from, yearTo: to }),
      }),
    );
    count.textContent =
      t("evCount", { n: result.all, m: result.total }) +
      (result.truncated ? t("evTruncated", { k: result.events.length }) : "");
    if (result.events.length === 0) {
      list.append(h("p", { class: "ev-empty" }, t("evNone")));
    } else {
      // Group by the year the timeline places them in; events without any date last.
      let group: HTMLElement | null = null;
      let current = "";
      for (const e of result.events) {
        const key = e.when ? e.when.slice(0, 4) : t("evNoDate");
        if (!group || key !== current) {
          current = key;
          group = h("ol", { class: "ev-group" });
          list.append(h("section", { class: "ev-year" }, h("h3", {}, key), group));
        }
        group.append(card(e));
      }
    }
    if (focused) document.getElementById(focused)?.focus();
  };

  return {
    element,
    async mount() {
      render();
      await load();
    },
    rerender() {
      title.textContent = t("eventsTitle");
      mapSummary.textContent = t("mapTab");
      map?.rerender();
      render();
    },
    destroy() {
      map?.destroy();
      controller?.abort();
      seq++;
    },
  };
}
