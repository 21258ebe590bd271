/**
 * The node detail panel: attributes, honours with level, employers with job title, events
 * with talk titles, aliases, and the source sentences with the fact marked. Links inside
 * select other nodes; the report button opens the server's HTML report in a new tab.
 */
import { type NodeDetails, reportUrl } from "./api.ts";
import { h } from "./dom.ts";
import { evidenceElement } from "./evidence-markup.ts";
import { labelName, levelName, t } from "./i18n.ts";
import { typeColour } from "./node-style.ts";

export interface PanelActions {
  close(): void;
  select(id: string): void;
  expand(id: string): void;
  centre(id: string): void;
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
    const value = k === "level" && typeof v === "string" ? levelName(v) : String(v);
    rows.push(h("div", { class: "attr" }, h("dt", {}, k), h("dd", {}, value)));
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

export function panelElement(d: NodeDetails, actions: PanelActions): HTMLElement {
  const kind = REPORT_KINDS[d.label];
  const attrs = attributeRows(d);
  return h(
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
            d.honours.map((x) =>
              h(
                "li",
                {},
                link(x.id, x.name, actions),
                x.level ? h("span", { class: "badge" }, levelName(x.level)) : null,
                x.year !== null ? h("span", { class: "muted" }, ` ${x.year}`) : null,
              ),
            ),
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
            d.employers.map((x) =>
              h(
                "li",
                {},
                link(x.id, x.name, actions),
                x.jobTitle ? h("span", { class: "muted" }, ` · ${x.jobTitle}`) : null,
              ),
            ),
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
            d.events.map((x) =>
              h(
                "li",
                {},
                link(x.id, x.name, actions),
                x.date ? h("span", { class: "muted" }, ` ${x.date}`) : null,
                x.talkTitle ? h("div", { class: "talk" }, `${t("talkTitle")}：${x.talkTitle}`) : null,
              ),
            ),
          ),
        )
      : null,
    attrs.length ? h("section", {}, h("h3", {}, t("attributes")), h("dl", { class: "attrs" }, attrs)) : null,
    d.evidence.length
      ? h("section", { class: "evidence-list" }, h("h3", {}, t("evidence")), d.evidence.map(evidenceElement))
      : null,
  );
}
