/**
 * The filter form: node types, honour level and category, organiser, year range.
 * Options come from /api/facets (or the loaded graph); every change calls back with a
 * complete FilterState, which the view applies through its reducers.
 */
import { NODE_LABELS } from "../../model/types.ts";
import type { Facets } from "./api.ts";
import { h } from "./dom.ts";
import { type FilterState, impossibleYearRange } from "./graph-filter.ts";
import { categoryName } from "./honour-names.ts";
import { labelName, levelName, t } from "./i18n.ts";

export function filterPanelElement(
  f: FilterState,
  facets: Facets,
  onChange: (f: FilterState) => void,
  onReset: () => void,
): HTMLElement {
  const yearError = h("p", { class: "error year-error", id: "year-error", role: "alert", hidden: true });
  // The form's own state: a refused year stays typed until the other bound makes the range possible.
  let pending: FilterState = { ...f };
  const emit = (patch: Partial<FilterState>) => {
    const next = { ...pending, ...patch };
    pending = next;
    // A range that cannot match anything is refused with a message, not applied.
    const bad = impossibleYearRange(next.yearFrom, next.yearTo);
    yearError.hidden = bad === null;
    yearError.textContent = bad ? t("yearRangeInvalid", bad) : "";
    if (!bad) onChange(next);
  };
  const toggle = (list: string[], v: string) =>
    list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
  const yearInput = (id: string, label: string, value: number | null, key: "yearFrom" | "yearTo") =>
    h(
      "label",
      { class: "year" },
      label,
      h("input", {
        id,
        type: "number",
        inputmode: "numeric",
        min: facets.years[0] ?? 1949,
        max: facets.years[facets.years.length - 1] ?? 2100,
        placeholder: key === "yearFrom" ? String(facets.years[0] ?? "") : String(facets.years.at(-1) ?? ""),
        value: value ?? "",
        onchange: (e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          emit({ [key]: /^\d{4}$/.test(v) ? Number(v) : null });
        },
      }),
    );
  const checkbox = (name: string, value: string, text: string, checked: boolean, onToggle: () => void) =>
    h(
      "label",
      { class: "check" },
      h("input", { type: "checkbox", name, value, checked, onchange: onToggle }),
      text,
    );

  return h(
    "form",
    { class: "filters", "aria-label": t("filters"), onsubmit: (e: Event) => e.preventDefault() },
    h(
      "fieldset",
      {},
      h("legend", {}, t("nodeTypes")),
      NODE_LABELS.map((l) =>
        checkbox("type", l, labelName(l), f.types === null || f.types.includes(l), () => {
          const current = f.types ?? [...NODE_LABELS];
          const next = toggle(current, l);
          emit({ types: next.length === NODE_LABELS.length ? null : next });
        }),
      ),
    ),
    facets.levels.length
      ? h(
          "fieldset",
          {},
          h("legend", {}, t("honourLevel")),
          facets.levels.map((l) =>
            checkbox("level", l, levelName(l), f.levels.includes(l), () =>
              emit({ levels: toggle(f.levels, l) }),
            ),
          ),
        )
      : null,
    facets.categories.length
      ? h(
          "fieldset",
          {},
          h("legend", {}, t("honourCategory")),
          facets.categories.map((c) =>
            checkbox("category", c, categoryName(c), f.categories.includes(c), () =>
              emit({ categories: toggle(f.categories, c) }),
            ),
          ),
        )
      : null,
    facets.organisers.length
      ? h(
          "label",
          { class: "block" },
          t("organiser"),
          h(
            "select",
            {
              id: "filter-organiser",
              onchange: (e: Event) => emit({ organiser: (e.target as HTMLSelectElement).value || null }),
            },
            h("option", { value: "" }, t("any")),
            facets.organisers.map((o) =>
              h("option", { value: o.id, selected: f.organiser === o.id }, o.name),
            ),
          ),
        )
      : null,
    h(
      "fieldset",
      { class: "years" },
      h("legend", {}, t("yearRange")),
      yearInput("filter-year-from", t("yearFrom"), f.yearFrom, "yearFrom"),
      yearInput("filter-year-to", t("yearTo"), f.yearTo, "yearTo"),
      yearError,
    ),
    h("button", { type: "button", class: "reset", onclick: onReset }, t("resetFilters")),
  );
}
