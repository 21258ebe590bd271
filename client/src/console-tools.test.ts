import { afterEach, describe, expect, it } from "vitest";
import { applyCompletion, complete } from "./cypher-complete.ts";
import { errorText, KNOWN_ERROR_CODES } from "./error-text.ts";
import { setLang } from "./i18n.ts";
import { HISTORY_MAX, loadHistory, pushHistory } from "./query-history.ts";
import { cellText, pathText, toCsv } from "./result-csv.ts";

const schema = {
  labels: ["Person", "Event", "Organization"],
  relTypes: ["SPOKE_AT", "ORGANIZED_BY"],
  properties: ["name", "date", "talkTitle"],
};

describe("complete", () => {
  it("offers labels after ( … : and relationship types after [ … :", () => {
    const text = "MATCH (p:Pe";
    expect(complete(text, text.length, schema)?.items).toEqual(["Person"]);
    const rel = "MATCH (p)-[s:";
    expect(complete(rel, rel.length, schema)?.items).toEqual(["SPOKE_AT", "ORGANIZED_BY"]);
  });

  it("offers properties after a dot and keywords and functions elsewhere", () => {
    const prop = "RETURN p.na";
    expect(complete(prop, prop.length, schema)?.items).toEqual(["name"]);
    const kw = "MATCH (p) RET";
    expect(complete(kw, kw.length, schema)?.items).toEqual(["RETURN"]);
    const fn = "RETURN coll";
    expect(complete(fn, fn.length, schema)?.items).toEqual(["collect("]);
    expect(complete("MATCH ", 6, schema)).toBeNull();
  });

  it("replaces the whole word around the cursor", () => {
    const text = "MATCH (p:Pe) RETURN p";
    const c = complete(text, 11, schema)!;
    expect(applyCompletion(text, c, "Person")).toEqual({ text: "MATCH (p:Person) RETURN p", cursor: 15 });
  });
});

describe("result cells and CSV", () => {
  const a = { id: "p1", name: "甲某", nodeType: "Person" };
  const e = { id: "e1", name: "某宣讲会", nodeType: "Event" };
  const b = { id: "p2", name: "乙某", nodeType: "Person" };
  const path = {
    nodes: [a, e, b],
    rels: [
      { id: "r1", type: "SPOKE_AT", source: "p1", target: "e1" },
      { id: "r2", type: "SPOKE_AT", source: "p2", target: "e1" },
    ],
  };

  it("reads a path as the names along it with types and directions", () => {
    expect(pathText(path)).toBe("甲某 —SPOKE_AT→ 某宣讲会 ←SPOKE_AT— 乙某");
    expect(pathText(path, (t) => (t === "SPOKE_AT" ? "发言于" : t))).toBe(
      "甲某 —发言于→ 某宣讲会 ←发言于— 乙某",
    );
    expect(cellText(path)).toContain("某宣讲会");
  });

  it("writes nodes by name, relationships by type, lists joined, and quotes what CSV needs", () => {
    const csv = toCsv(
      ["person", "rel", "events", "note", "n"],
      [
        [a, { id: "r1", type: "SPOKE_AT", source: "p1", target: "e1" }, ["一", "二"], 'say "hi", then go', 3],
        [b, null, [], "line\nbreak", 0],
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("person,rel,events,note,n");
    expect(lines[1]).toBe('甲某,:SPOKE_AT,"一, 二","say ""hi"", then go",3');
    expect(lines[2]).toBe('乙某,,,"line\nbreak",0');
  });
});

describe("query history", () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };

  it("keeps the newest first without duplicates, at most HISTORY_MAX", () => {
    const s = memory();
    pushHistory(s, "MATCH (a) RETURN a");
    pushHistory(s, "MATCH (b) RETURN b");
    expect(pushHistory(s, "  MATCH (a) RETURN a ")).toEqual(["MATCH (a) RETURN a", "MATCH (b) RETURN b"]);
    for (let i = 0; i < HISTORY_MAX + 10; i++) pushHistory(s, `RETURN ${i}`);
    const list = loadHistory(s);
    expect(list).toHaveLength(HISTORY_MAX);
    expect(list[0]).toBe(`RETURN ${HISTORY_MAX + 9}`);
  });

  it("survives broken or missing storage", () => {
    const s = memory();
    s.setItem("laomo-graph.console-history", "{not json");
    expect(loadHistory(s)).toEqual([]);
    // Without storage the list still answers for this page.
    expect(pushHistory(null, "RETURN 1")).toEqual(["RETURN 1"]);
  });
});

describe("errorText", () => {
  afterEach(() => setLang("zh"));

  it("has a Chinese and an English sentence for every server error code", () => {
    for (const code of KNOWN_ERROR_CODES) {
      setLang("zh");
      const zh = errorText(code);
      setLang("en");
      const en = errorText(code);
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(en, code).toMatch(/^[A-Z]/);
      expect(en).not.toBe(zh);
    }
    expect(errorText("something_else")).toBeNull();
  });
});
