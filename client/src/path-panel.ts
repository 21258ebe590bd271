/**
 * The shortest-path box: the two picked endpoints (Shift+click), a "find path" button,
 * and the result as a list of hops, each with the sentences that justify it.
 */
import type { PathResult } from "./api.ts";
import { h } from "./dom.ts";
import { evidenceElement } from "./evidence-markup.ts";
import { relName, t } from "./i18n.ts";

export interface PathPanelProps {
  picks: { id: string; name: string }[];
  result: PathResult | null;
  error: string | null;
  nameOf(id: string): string;
  onFind(): void;
  onClear(): void;
}

export function pathPanelElement(p: PathPanelProps): HTMLElement {
  const [a, b] = p.picks;
  return h(
    "section",
    { class: "path-panel", "aria-label": t("pathTitle") },
    h("h2", {}, t("findPath")),
    h("p", { class: "muted hint" }, t("pathHint")),
    h(
      "dl",
      { class: "picks" },
      h("dt", {}, t("pathFrom")),
      h("dd", { id: "path-from" }, a?.name ?? "—"),
      h("dt", {}, t("pathTo")),
      h("dd", { id: "path-to" }, b?.name ?? "—"),
    ),
    h(
      "div",
      { class: "row" },
      h(
        "button",
        {
          type: "button",
          id: "find-path",
          class: "primary",
          disabled: p.picks.length < 2,
          onclick: p.onFind,
        },
        t("findPath"),
      ),
      h(
        "button",
        { type: "button", disabled: p.picks.length === 0 && !p.result, onclick: p.onClear },
        t("clearPath"),
      ),
    ),
    p.error ? h("p", { class: "error", role: "alert" }, p.error) : null,
    p.result
      ? p.result.steps.length === 0
        ? h("p", { class: "error", role: "status" }, t("pathNone"))
        : h(
            "ol",
            { class: "path-steps", id: "path-steps" },
            p.result.steps.map((s) =>
              h(
                "li",
                {},
                h(
                  "div",
                  { class: "hop" },
                  p.nameOf(s.source),
                  h("span", { class: "rel" }, ` —${relName(s.type)}→ `),
                  p.nameOf(s.target),
                ),
                s.evidence.map(evidenceElement),
              ),
            ),
          )
      : null,
  );
}
