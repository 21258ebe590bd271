/**
 * Test helper: an embedded store in a fresh temp folder loaded with the reports test graph.
 * Each test file gets its own folder (kuzu lets one process own a database folder).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openKuzuStore } from "../cypher/kuzu-store.ts";
import type { GraphStore } from "../cypher/store.ts";
import { buildReportTestGraph } from "./test-graph.ts";

export async function openTestStore(): Promise<{ store: GraphStore; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "laomo-reports-"));
  const store = await openKuzuStore({ dataDir: dir });
  await store.applySchema();
  await store.replaceGraph(buildReportTestGraph());
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF or LF, embedded newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || (ch === "\r" && s[i + 1] === "\n")) {
      if (ch === "\r") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
