/**
 * Optional front matter at the top of a .txt/.md file: a `---` line, simple `key: value`
 * lines (title, date, source; others ignored), and a closing `---` line. No YAML library.
 */

export interface FrontMatter {
  title: string | null;
  date: string | null;
  source: string | null;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
}

function unquote(value: string): string {
  const v = value.trim();
  const m = /^(["'])(.*)\1$/.exec(v);
  return (m ? m[2]! : v).trim();
}

/** Splits off a leading front-matter block; text is expected with `\n` line breaks. */
export function parseFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { title: null, date: null, source: null, body: text };
  const m = /^\uFEFF?[ \t]*---[ \t]*\n([\s\S]*?)\n[ \t]*(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return none;
  const fields = new Map<string, string>();
  for (const line of m[1]!.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const kv = /^\s*([A-Za-z_][\w-]*)\s*[:：]\s*(.*)$/.exec(line);
    if (!kv) return none; // not a key/value block: treat as ordinary text
    fields.set(kv[1]!.toLowerCase(), unquote(kv[2]!));
  }
  const get = (k: string) => {
    const v = fields.get(k);
    return v ? v : null;
  };
  return {
    title: get("title"),
    date: get("date"),
    source: get("source"),
    body: text.slice(m[0].length),
  };
}
