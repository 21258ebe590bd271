/**
 * Autocomplete search (hanzi, pinyin, initials) as an ARIA combobox: debounced queries
 * to /api/search, ↑/↓ to move, Enter to choose, Esc to close; mouse works too.
 */
import { type SearchHit, search } from "./api.ts";
import { clear, h } from "./dom.ts";
import { labelName, t } from "./i18n.ts";
import { typeColour } from "./node-style.ts";

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(q: string): void;
}

export function createSearchBox(
  initial: string,
  onChoose: (hit: SearchHit) => void,
  onText: (q: string) => void,
): SearchBox {
  const listId = "search-results";
  const input = h("input", {
    id: "search-input",
    type: "search",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    "aria-label": t("searchLabel"),
    placeholder: t("searchPlaceholder"),
  });
  input.value = initial;
  const list = h("ul", { id: listId, role: "listbox", class: "search-results", hidden: true });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const render = () => {
    clear(list);
    if (hits.length === 0) {
      list.append(h("li", { class: "empty", role: "option", "aria-disabled": "true" }, t("noResults")));
    }
    hits.forEach((hit, i) => {
      list.append(
        h(
          "li",
          {
            id: `search-opt-${i}`,
            role: "option",
            class: i === active ? "active" : "",
            "aria-selected": i === active ? "true" : "false",
            "data-id": hit.id,
            onmousedown: (e: Event) => {
              e.preventDefault();
              choose(i);
            },
          },
          h("span", { class: "swatch", style: `background:${typeColour(hit.label)}` }),
          h("span", { class: "hit-name" }, hit.name),
          h("span", { class: "hit-type" }, labelName(hit.label)),
          hit.subtitle ? h("span", { class: "hit-sub" }, hit.subtitle) : null,
        ),
      );
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-opt-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    onText(hit.name);
    close();
    onChoose(hit);
  };

  const run = async (q: string) => {
    const mine = ++seq;
    try {
      const result = await search(q, 10);
      if (mine !== seq) return;
      hits = result;
      active = hits.length > 0 ? 0 : -1;
      render();
    } catch {
      if (mine === seq) {
        hits = [];
        render();
      }
    }
  };

  input.addEventListener("input", () => {
    const q = input.value.trim();
    onText(q);
    clearTimeout(timer);
    if (!q) {
      seq++;
      close();
      return;
    }
    timer = setTimeout(() => void run(q), 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (list.hidden) {
        if (input.value.trim()) void run(input.value.trim());
        return;
      }
      if (hits.length === 0) return;
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      render();
      document.getElementById(`search-opt-${active}`)?.scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (!list.hidden && active >= 0) choose(active);
      else if (input.value.trim()) void run(input.value.trim());
    } else if (e.key === "Escape") {
      if (!list.hidden) {
        e.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));

  const element = h("div", { class: "search", role: "search" }, input, list);
  return {
    element,
    input,
    setValue(q: string) {
      input.value = q;
    },
  };
}
