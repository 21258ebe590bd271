/**
 * The colour legend of node types, also a quick type toggle: each entry is a checkbox-like
 * button (aria-pressed) that calls back with the type.
 */
import { NODE_LABELS } from "../../model/types.ts";
import { OTHER_COMMUNITY_COLOUR, summariseCommunities } from "./community-colour.ts";
import { h } from "./dom.ts";
import { labelName, t } from "./i18n.ts";
import { TYPE_COLOURS } from "./node-style.ts";

export function legendElement(visible: string[] | null, onToggle: (label: string) => void): HTMLElement {
  return h(
    "section",
    { class: "legend", "aria-label": t("legend") },
    h("h2", {}, t("legend")),
    h(
      "ul",
      {},
      NODE_LABELS.map((label) => {
        const on = visible === null || visible.includes(label);
        return h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: `legend-item${on ? "" : " off"}`,
              "aria-pressed": on ? "true" : "false",
              "data-type": label,
              onclick: () => onToggle(label),
            },
            h("span", { class: "swatch", style: `background:${TYPE_COLOURS[label]}` }),
            labelName(label),
          ),
        );
      }),
    ),
  );
}

/**
 * The legend while Louvain colours are on: one row per community colour (largest first) with
 * its node count, the rest summed in one grey row. Replaces the node-type legend, whose
 * colours no longer apply.
 */
export function communityLegendElement(ranked: ReadonlyMap<string, number>): HTMLElement {
  const { rows, others } = summariseCommunities(ranked);
  return h(
    "section",
    { class: "legend community-legend", id: "community-legend", "aria-label": t("communityLegend") },
    h("h2", {}, t("communityLegend")),
    h(
      "ul",
      {},
      rows.map((r) =>
        h(
          "li",
          { class: "legend-row", "data-community": r.rank },
          h("span", { class: "swatch", style: `background:${r.colour}` }),
          `${t("communityItem", { n: r.rank + 1 })} · ${t("nodeCount", { n: r.count })}`,
        ),
      ),
      others.communities > 0
        ? h(
            "li",
            { class: "legend-row", "data-community": "others" },
            h("span", { class: "swatch", style: `background:${OTHER_COMMUNITY_COLOUR}` }),
            `${t("communityOthers", { k: others.communities })} · ${t("nodeCount", { n: others.count })}`,
          )
        : null,
    ),
  );
}
