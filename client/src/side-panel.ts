/**
 * The node detail panel: attributes, honours with level, employers with job title, events
 * with talk titles, aliases, and the source sentences with the fact marked. Links inside
 * select other nodes; the report button opens the server's HTML report in a new tab. A hub's
 * relationships come a page at a time (a "more" button) and its sentences on demand.
 */
import { type NodeDetails, nodeDetails, nodeEvidence, reportUrl } from "./api.ts";
import { attributeName, attributeValue } from "./attribute-names.ts";
import { curationSection, type PanelCuration } from "./curation-panel.ts";
import { h } from "./dom.ts";
import { evidenceGroupElement } from "./evidence-card.ts";
import { groupEvidence } from "./evidence-groups.ts";
import { evidenceElement } from "./evidence-markup.ts";
import { labelName, levelName, t } from "./i18n.ts";
import { typeColour } from "./node-style.ts";

export interface PanelActions {
  close(): void;
  select(id: string): void;
  expand(id: string): void;
  centre(id: string): void;
  /** Review actions (curation-panel.ts); absent, the panel is read-only. */
  curation?: PanelCuration;
}

const HIDDEN_ATTRS = new Set([
  "id",
  "label",
  "name",
  "nodeType",
  "text",
  "evidence",
  "articleIds",
  "aliases",
  "x",
  "y",
  "size",
  "color",
  "pinyin",
  "initials",
  "mergeKey",
]);

/** Report kinds of reports/types.ts (REPORT_KINDS) per node label; others have no report. */
const REPORT_KINDS: Record<string, string> = {
  Person: "person",
  Event: "event",
  Organization: "org",
  Honour: "honour",
};

function attributeRows(d: NodeDetails): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const [k, v] of Object.entries(d.attributes)) {
    if (HIDDEN_ATTRS.has(k) || v === null || v === undefined || v === "") continue;
    if (typeof v === "object") continue;
    rows.push(
      h("div", { class: "attr" }, h("dt", {}, attributeName(k)), h("dd", {}, attributeValue(k, v as string))),
    );
  }
  return rows;
}

function link(id: string, text: string, actions: PanelActions): HTMLElement {
  return h(
    "button",
    { type: "button", class: "link", "data-id": id, onclick: () => actions.select(id) },
    text,
  );
}

function honourItem(x: NodeDetails["honours"][number], actions: PanelActions): HTMLElement {
  return h(
    "li",
    {},
    link(x.id, x.name, actions),
    x.level ? h("span", { class: "badge" }, levelName(x.level)) : null,
    x.year !== null ? h("span", { class: "muted" }, ` ${x.year}`) : null,
  );
}

function employerItem(x: NodeDetails["employers"][number], actions: PanelActions): HTMLElement {
  return h(
    "li",
    {},
    link(x.id, x.name, actions),
    x.jobTitle ? h("span", { class: "muted" }, ` · ${x.jobTitle}`) : null,
  );
}

function eventItem(x: NodeDetails["events"][number], actions: PanelActions): HTMLElement {
  return h(
    "li",
    {},
    link(x.id, x.name, actions),
    x.date ? h("span", { class: "muted" }, ` ${x.date}`) : null,
    x.talkTitle ? h("div", { class: "talk" }, `${t("talkTitle")}：${x.talkTitle}`) : null,
  );
}

/** The list of a section (honours, employers, events), made before `before` when missing. */
function listOf(body: HTMLElement, cls: string, title: string, before: Element | null): HTMLElement {
  const found = body.querySelector<HTMLElement>(`section.${cls} ul`);
  if (found) return found;
  const ul = h("ul", {});
  body.insertBefore(h("section", { class: cls }, h("h3", {}, title), ul), before);
  return ul;
}

/**
 * A hub's further pages: a button that fetches the next page of relationships and adds its
 * honours, employers and events to the lists (the panel shows how many of all are listed).
 */
function morePages(d: NodeDetails, actions: PanelActions, body: () => HTMLElement): HTMLElement | null {
  if (!d.page.nextCursor) return null;
  let cursor: string | null = d.page.nextCursor;
  const label = (shown: number) => t("moreRelationships", { shown, total: d.page.total });
  const button: HTMLButtonElement = h(
    "button",
    {
      type: "button",
      class: "more-relationships",
      onclick: async () => {
        if (!cursor) return;
        button.disabled = true;
        try {
          const next = await nodeDetails(d.id, cursor);
          const root = body();
          const at = button.closest("section");
          for (const x of next.honours)
            listOf(root, "honours", t("honours"), at).append(honourItem(x, actions));
          for (const x of next.employers)
            listOf(root, "employers", t("employers"), at).append(employerItem(x, actions));
          for (const x of next.events) listOf(root, "events", t("events"), at).append(eventItem(x, actions));
          cursor = next.page.nextCursor;
          button.textContent = label(next.page.shown);
          if (!cursor) at?.remove();
        } finally {
          button.disabled = false;
        }
      },
    },
    label(d.page.shown),
  ) as HTMLButtonElement;
  return h("section", { class: "pages" }, button);
}

/** A hub's relationship sentences, asked for page by page (its own mentions come at once). */
function moreEvidence(d: NodeDetails): HTMLElement | null {
  if (d.page.evidence !== "on-demand") return null;
  let cursor: string | null | undefined;
  const list = h("div", { class: "evidence-more" });
  const button: HTMLButtonElement = h(
    "button",
    {
      type: "button",
      class: "load-evidence",
      onclick: async () => {
        button.disabled = true;
        try {
          const page = await nodeEvidence(d.id, cursor ?? undefined);
          for (const e of page.evidence) list.append(evidenceElement(e));
          cursor = page.nextCursor;
          if (!cursor) button.remove();
        } finally {
          button.disabled = false;
        }
      },
    },
    t("loadEvidence"),
  ) as HTMLButtonElement;
  return h("div", {}, list, button);
}

export function panelElement(d: NodeDetails, actions: PanelActions): HTMLElement {
  const kind = REPORT_KINDS[d.label];
  const attrs = attributeRows(d);
  const root: HTMLElement = h(
    "div",
    { class: "panel-body" },
    h(
      "header",
      { class: "panel-head" },
      h("span", { class: "type-chip", style: `background:${typeColour(d.label)}` }, labelName(d.label)),
      h("h2", { id: "panel-title" }, d.name || d.id),
      h(
        "button",
        {
          type: "button",
          class: "icon close",
          "aria-label": t("close"),
          title: t("close"),
          onclick: actions.close,
        },
        "×",
      ),
    ),
    h(
      "div",
      { class: "panel-actions" },
      kind
        ? h(
            "a",
            {
              class: "button",
              href: reportUrl(kind, d.id, "html"),
              target: "_blank",
              rel: "noopener",
              id: "report-link",
            },
            t("report"),
          )
        : null,
      h("button", { type: "button", onclick: () => actions.expand(d.id) }, t("expand")),
      h("button", { type: "button", onclick: () => actions.centre(d.id) }, t("centre")),
    ),
    d.aliases.length
      ? h("section", {}, h("h3", {}, t("aliases")), h("p", { class: "aliases" }, d.aliases.join("、")))
      : null,
    d.honours.length
      ? h(
          "section",
          { class: "honours" },
          h("h3", {}, t("honours")),
          h(
            "ul",
            {},
            d.honours.map((x) => honourItem(x, actions)),
          ),
        )
      : null,
    d.employers.length
      ? h(
          "section",
          { class: "employers" },
          h("h3", {}, t("employers")),
          h(
            "ul",
            {},
            d.employers.map((x) => employerItem(x, actions)),
          ),
        )
      : null,
    d.events.length
      ? h(
          "section",
          { class: "events" },
          h("h3", {}, t("events")),
          h(
            "ul",
            {},
            d.events.map((x) => eventItem(x, actions)),
          ),
        )
      : null,
    morePages(d, actions, () => root),
    attrs.length ? h("section", {}, h("h3", {}, t("attributes")), h("dl", { class: "attrs" }, attrs)) : null,
    d.evidence.length || d.page.evidence === "on-demand"
      ? h(
          "section",
          { class: "evidence-list" },
          h("h3", {}, t("evidence")),
          groupEvidence(d.evidence).map((g) => evidenceGroupElement(g, actions.curation?.articleHref)),
          moreEvidence(d),
        )
      : null,
    actions.curation ? curationSection(d, actions.curation) : null,
  );
  return root;
}
