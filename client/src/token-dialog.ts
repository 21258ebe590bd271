/**
 * Asks for the server's write token in a small modal dialog (zh/en, follows the UI language).
 * Resolves with the trimmed token, or null when cancelled. Styled inline: no CSS file needed.
 */
import { h } from "./dom.ts";
import { getLang } from "./i18n.ts";

const TEXT = {
  zh: {
    title: "需要写入令牌",
    body: "此操作会修改图谱，需要服务器的写入令牌（启动时打印，保存在数据目录的 token 文件中，或由 LAOMO_TOKEN 设置）。令牌只保存在本浏览器中。",
    label: "令牌",
    ok: "确定",
    cancel: "取消",
  },
  en: {
    title: "Write token needed",
    body: "This changes the graph and needs the server's write token (printed at start, kept in the data dir's token file, or set by LAOMO_TOKEN). It is kept in this browser only.",
    label: "Token",
    ok: "OK",
    cancel: "Cancel",
  },
} as const;

export function askToken(): Promise<string | null> {
  const s = TEXT[getLang()];
  const input = h("input", {
    type: "password",
    id: "laomo-token-input",
    autocomplete: "off",
    spellcheck: "false",
    required: true,
    style: "width:100%;box-sizing:border-box;margin:6px 0 12px;font:inherit;padding:4px 6px",
  });
  const ok = h("button", { type: "submit", value: "ok" }, s.ok);
  const cancel = h("button", { type: "button" }, s.cancel);
  const form = h(
    "form",
    { method: "dialog" },
    h("h2", { id: "laomo-token-title", style: "margin:0 0 8px;font-size:1.1rem" }, s.title),
    h("p", { style: "margin:0 0 8px" }, s.body),
    h("label", { for: "laomo-token-input" }, s.label),
    input,
    h("div", { style: "display:flex;gap:8px;justify-content:flex-end" }, cancel, ok),
  );
  const dialog = h(
    "dialog",
    { "aria-labelledby": "laomo-token-title", class: "token-dialog", style: "max-width:28rem" },
    form,
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let value: string | null = null;
    // Enter in the field and the OK button both submit; Escape and Cancel close with null.
    form.addEventListener("submit", () => {
      value = input.value.trim() || null;
    });
    cancel.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(value);
    });
    dialog.showModal();
    input.focus();
  });
}
