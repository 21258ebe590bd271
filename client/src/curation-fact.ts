/**
 * One fact under review, as a card: its review state, kind, endpoints and qualifiers, and the
 * reviewer's actions — confirm, reject (with a reason), edit its value, undo the correction that
 * made it what it is. Shared by the article view and the node panel. `runCorrection` shows
 * progress, the outcome (with an undo button) or the error plainly in a status line.
 */
import { ApiError } from "./api.ts";
import {
  type CorrectionResult,
  correct,
  EDIT_FIELDS,
  type Fact,
  lastCorrectionOf,
  undo,
} from "./corrections-api.ts";
import { actionName, creditRole, ct, fieldName, reviewName } from "./curation-strings.ts";
import { clear, h } from "./dom.ts";
import { labelName, relName, roleName } from "./i18n.ts";

const ROLES = ["主办", "承办", "协办", "指导"] as const;

/** What a card needs from its page: where to report, what to do after a write. */
export interface CurationContext {
  status: HTMLElement;
  /** Called after a correction (or its undo) was applied: reload what is shown. */
  changed(result: CorrectionResult): void | Promise<void>;
  /** Opens an article (the fact's evidence), when the page offers it. */
  openArticle?: (articleId: string) => void;
}

function errorText(err: unknown): string {
  if (err instanceof ApiError && (err.status === 401 || err.status === 403))
    return `${ct("writeError")}（${err.status}）：${ct(err.status === 401 ? "tokenMissing" : "tokenRefused")}`;
  if (err instanceof ApiError) return `${ct("writeError")}（${err.status}）：${err.message}`;
  return `${ct("writeError")}：${(err as Error).message}`;
}

/** Shows a correction's outcome in the status line, with a button that undoes it. */
export function showResult(ctx: CurationContext, r: CorrectionResult): void {
  const status = ctx.status;
  clear(status);
  status.className = `curation-status ${r.status}`;
  status.setAttribute("role", r.status === "orphaned" ? "alert" : "status");
  if (r.status === "orphaned") status.append(ct("orphaned", { reason: r.reason ?? "" }));
  else status.append(ct("applied", { what: actionName(r.action) }));
  if (r.action !== "undo" && r.entryId) {
    status.append(
      " ",
      h(
        "button",
        {
          type: "button",
          class: "undo-last",
          onclick: () => void runCorrection(ctx, () => undo(r.entryId)),
        },
        ct("undo"),
      ),
    );
  }
}

/** Runs a write, reporting in the status line; resolves with the result, or null on failure. */
export async function runCorrection(
  ctx: CurationContext,
  run: () => Promise<CorrectionResult>,
): Promise<CorrectionResult | null> {
  const status = ctx.status;
  clear(status);
  status.className = "curation-status busy";
  status.setAttribute("role", "status");
  status.append(ct("saving"));
  let r: CorrectionResult;
  try {
    r = await run();
  } catch (err) {
    clear(status);
    status.className = "curation-status error";
    status.setAttribute("role", "alert");
    status.append(errorText(err));
    return null;
  }
  showResult(ctx, r);
  await ctx.changed(r);
  return r;
}

function qualifierText(f: Fact): string {
  const parts: string[] = [];
  const q = f.qualifier;
  if (q.year !== undefined && q.year !== null) parts.push(String(q.year));
  if (typeof q.jobTitle === "string") parts.push(q.jobTitle);
  if (typeof q.talkTitle === "string") parts.push(`《${q.talkTitle}》`);
  if (typeof q.role === "string") parts.push(f.type === "REPORTED" ? creditRole(q.role) : roleName(q.role));
  return parts.join(" · ");
}

/** "单晓峰 → 全国劳动模范" with the other end's label. */
export function factSummary(f: Fact): string {
  const q = qualifierText(f);
  return `${f.source.name} → ${f.target.name}${q ? `（${q}）` : ""}`;
}

/** The value a field has now, as the edit form starts with it. */
function currentValue(f: Fact, field: string): string {
  if (field === "honour" || field === "employer" || field === "organiser" || field === "venue")
    return f.target.name;
  const v = f.qualifier[field];
  return v === undefined || v === null ? "" : String(v);
}

function editForm(f: Fact, ctx: CurationContext, close: () => void): HTMLElement {
  const fields = EDIT_FIELDS[f.type];
  const field = h(
    "select",
    { class: "edit-field", "aria-label": ct("edit") },
    fields.map((x) => h("option", { value: x }, fieldName(x))),
  );
  const valueBox = h("span", { class: "edit-value-box" });
  let value: HTMLInputElement | HTMLSelectElement;
  const renderValue = () => {
    clear(valueBox);
    const name = field.value;
    value =
      name === "role"
        ? h(
            "select",
            { class: "edit-value", "aria-label": fieldName(name) },
            ROLES.map((r) => h("option", { value: r, selected: currentValue(f, name) === r }, roleName(r))),
          )
        : h("input", {
            class: "edit-value",
            type: name === "year" ? "number" : "text",
            "aria-label": fieldName(name),
            value: currentValue(f, name),
          });
    valueBox.append(value);
  };
  field.addEventListener("change", renderValue);
  renderValue();
  return h(
    "form",
    {
      class: "fact-form edit-form",
      onsubmit: (e: Event) => {
        e.preventDefault();
        const raw = value.value.trim();
        const v = field.value === "year" ? (raw ? Number(raw) : null) : raw || null;
        close();
        void runCorrection(ctx, () =>
          correct({ action: "edit", relId: f.relId, field: field.value, value: v }),
        );
      },
    },
    field,
    valueBox,
    h("button", { type: "submit" }, ct("save")),
    h("button", { type: "button", onclick: close }, ct("cancel")),
  );
}

function rejectForm(f: Fact, ctx: CurationContext, close: () => void): HTMLElement {
  const reason = h("input", { type: "text", class: "reject-reason", "aria-label": ct("rejectReason") });
  reason.placeholder = ct("rejectReason");
  return h(
    "form",
    {
      class: "fact-form reject-form",
      onsubmit: (e: Event) => {
        e.preventDefault();
        close();
        void runCorrection(ctx, () =>
          correct({ action: "reject", relId: f.relId, reason: reason.value.trim() }),
        );
      },
    },
    reason,
    h("button", { type: "submit", class: "reject-submit" }, ct("reject")),
    h("button", { type: "button", onclick: close }, ct("cancel")),
  );
}

/** A fact card: `<li class="fact-card" data-rel-id>` with its actions. */
export function factCard(
  f: Fact & { articleIds?: string[] },
  ctx: CurationContext,
  extra?: HTMLElement | null,
): HTMLElement {
  const formBox = h("div", { class: "fact-form-box" });
  const closeForm = () => {
    clear(formBox);
    card.querySelector<HTMLElement>(".fact-actions button")?.focus();
  };
  const openForm = (form: HTMLElement) => {
    clear(formBox);
    formBox.append(form);
    form.querySelector<HTMLElement>("input, select")?.focus();
  };
  const rejected = f.review === "rejected";
  const actions = h(
    "div",
    { class: "fact-actions" },
    !rejected && f.review !== "confirmed"
      ? h(
          "button",
          {
            type: "button",
            class: "confirm",
            onclick: () => void runCorrection(ctx, () => correct({ action: "confirm", relId: f.relId })),
          },
          ct("confirm"),
        )
      : null,
    !rejected
      ? h(
          "button",
          { type: "button", class: "reject", onclick: () => openForm(rejectForm(f, ctx, closeForm)) },
          ct("reject"),
        )
      : null,
    !rejected && EDIT_FIELDS[f.type].length
      ? h(
          "button",
          { type: "button", class: "edit", onclick: () => openForm(editForm(f, ctx, closeForm)) },
          ct("edit"),
        )
      : null,
    f.review !== "extracted"
      ? h(
          "button",
          {
            type: "button",
            class: "undo",
            onclick: () =>
              void runCorrection(ctx, async () => {
                const entry = await lastCorrectionOf(f);
                if (!entry) throw new Error(ct("undone"));
                return undo(entry.id);
              }),
          },
          ct("undo"),
        )
      : null,
    ctx.openArticle && f.articleIds?.length
      ? h(
          "button",
          { type: "button", class: "open-article", onclick: () => ctx.openArticle?.(f.articleIds![0]!) },
          ct("openArticle"),
        )
      : null,
  );
  const card: HTMLElement = h(
    "li",
    { class: `fact-card review-${f.review}`, "data-rel-id": f.relId, "data-review": f.review, tabindex: -1 },
    h(
      "div",
      { class: "fact-line" },
      h("span", { class: `review-chip review-${f.review}` }, reviewName(f.review)),
      h("span", { class: "fact-kind" }, relName(f.type)),
      h(
        "span",
        { class: "fact-summary", title: `${labelName(f.source.label)} → ${labelName(f.target.label)}` },
        factSummary(f),
      ),
    ),
    f.reason ? h("div", { class: "fact-reason muted" }, ct("reasonShown", { reason: f.reason })) : null,
    extra ?? null,
    actions,
    formBox,
  );
  return card;
}
