/**
 * The map tab (`#/map?region=浙江&city=宁波市`): the choropleth of map-view.ts and, for the selected
 * province or city, its events and honourees (/api/regions/members), each a link that focuses it
 * in the graph. The selection lives in the URL through `onChange`.
 */
import type { RegionMembersResult } from "../../server/regions-schemas.ts";
import { clear, h } from "./dom.ts";
import { t } from "./i18n.ts";
import { createMapView } from "./map-view.ts";

export interface MapPage {
  element: HTMLElement;
  mount(): Promise<void>;
  rerender(): void;
  destroy(): void;
}

export interface MapPageOptions {
  region: string | null;
  city: string | null;
  onChange(region: string | null, city: string | null): void;
  /** The link of a node in the graph view. */
  nodeHref(id: string): string;
  /** The link of the events timeline filtered to a province, when the client has one. */
  eventsHref?(region: string): string;
}

const MEMBERS_LIMIT = 200;

async function fetchMembers(region: string, city: string | null): Promise<RegionMembersResult> {
  const q = new URLSearchParams({ province: region, limit: String(MEMBERS_LIMIT) });
  if (city) q.set("city", city);
  const res = await fetch(`/api/regions/members?${q}`);
  if (!res.ok) throw new Error(`members ${res.status}`);
  return (await res.json()) as RegionMembersResult;
}

export function createMapPage(opts: MapPageOptions): MapPage {
  let region = opts.region;
  let city = opts.city;
  let members: RegionMembersResult | null = null;
  let alive = true;
  const membersBox = h("div", { class: "map-members", id: "map-members", "aria-live": "polite" });
  const map = createMapView({
    region,
    city,
    onRegion: (next) => update(next, null),
    onCity: (next) => update(region, next),
  });
  const element = h("main", { class: "map-page", id: "main", tabindex: -1 }, map.element, membersBox);

  function memberList(
    title: string,
    items: RegionMembersResult["events"],
    total: number,
    cls: string,
  ): HTMLElement {
    return h(
      "section",
      { class: cls },
      h("h3", {}, title),
      h(
        "ul",
        {},
        items.map((m) =>
          h(
            "li",
            {},
            h("a", { href: opts.nodeHref(m.id) }, m.name),
            m.city && !city ? h("span", { class: "muted" }, ` · ${m.city}`) : null,
          ),
        ),
      ),
      total > items.length ? h("p", { class: "muted" }, t("mapMore", { count: total - items.length })) : null,
    );
  }

  function renderMembers(): void {
    clear(membersBox);
    if (!region || !members) return;
    const where = city ?? region;
    membersBox.append(
      memberList(
        t("mapMembersEvents", { name: where, count: members.totalEvents }),
        members.events,
        members.totalEvents,
        "map-events",
      ),
      memberList(
        t("mapMembersHonourees", { name: where, count: members.totalHonourees }),
        members.honourees,
        members.totalHonourees,
        "map-honourees",
      ),
    );
    if (opts.eventsHref)
      membersBox.append(h("p", {}, h("a", { href: opts.eventsHref(region) }, t("mapShowInEvents"))));
  }

  async function loadMembers(): Promise<void> {
    members = null;
    renderMembers();
    if (!region) return;
    const want = `${region}/${city ?? ""}`;
    try {
      const m = await fetchMembers(region, city);
      if (!alive || `${region}/${city ?? ""}` !== want) return;
      members = m;
      renderMembers();
    } catch {
      if (alive) membersBox.textContent = t("loadError");
    }
  }

  async function update(nextRegion: string | null, nextCity: string | null): Promise<void> {
    region = nextRegion;
    city = nextRegion ? nextCity : null;
    opts.onChange(region, city);
    await Promise.all([map.select(region, city), loadMembers()]);
  }

  return {
    element,
    async mount() {
      await Promise.all([map.mount(), loadMembers()]);
    },
    rerender() {
      map.rerender();
      renderMembers();
    },
    destroy() {
      alive = false;
      map.destroy();
    },
  };
}
