/**
 * The colour legend of node types, also a quick type toggle: each entry is a checkbox-like
 * button (aria-pressed) that calls back with the type.
 */
import { NODE_LABELS } from "../../model/types.ts";
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
