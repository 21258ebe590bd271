/**
 * One event stated once with a date and once without is one event node, with the date
 * (fictional articles); same-name events that the dates or organisers tell apart stay apart.
 */
import { describe, expect, it } from "vitest";
import type { EventNode, GraphBatch } from "../../model/types.ts";
import type { ArticleExtraction, EventMention } from "../types.ts";
import { type EventMentionRef, identityKeys, mentionKeys, reportsRecent } from "./event-identity.ts";
import { resolveGraph } from "./index.ts";
import { article, spanOf } from "./test-extraction.ts";

const NAME = "远江市总工会2024年劳模宣讲团首场宣讲活动";

function eventIn(
  text: string,
  key: string,
  name: string,
  date: string | null,
  organizers: string[],
): EventMention {
  return {
    key,
    name,
    theme: null,
    date,
    campaign: null,
    venues: [],
    organizers: organizers.map((org) => ({
      org,
      orgType: "union",
      role: "主办",
      evidence: spanOf(text, org),
    })),
    evidence: spanOf(text, name),
  };
}

function withEvent(
  id: string,
  published: string | null,
  date: string | null,
  organizers: string[],
  name = NAME,
): ArticleExtraction {
  const text = `标题${id}\n${organizers.join("、")}${date ? "于某日" : "近日"}举办${name}。`;
  return article(id, text, { date: published, events: [eventIn(text, "e1", name, date, organizers)] });
}

const events = (b: GraphBatch, name = NAME) =>
  b.nodes.filter((n): n is EventNode => n.label === "Event" && n.name === name);

describe("resolveGraph: a dated and an undated mention of one event", () => {
  it("are one node with the date when one article states the event twice", () => {
    const text = `标题\n5月8日，远江市总工会举办${NAME}。活动现场，${NAME}吸引了百余名职工。`;
    const a = article("a1", text, {
      events: [
        eventIn(text, "e1", NAME, "2024-05-08", ["远江市总工会"]),
        { ...eventIn(text, "e2", NAME, null, []), evidence: spanOf(text, `活动现场，${NAME}`) },
      ],
    });
    const [e, ...rest] = events(resolveGraph([a]).batch);
    expect(rest).toEqual([]);
    expect(e?.date).toBe("2024-05-08");
  });

  it("are one node with the date across articles: same organiser, reported within weeks", () => {
    const dated = withEvent("a1", "2024-05-09", "2024-05-08", ["远江市总工会"]);
    const later = withEvent("a2", "2024-05-20", null, ["远江市总工会"]);
    for (const input of [
      [dated, later],
      [later, dated],
    ]) {
      const { batch } = resolveGraph(input);
      const [e, ...rest] = events(batch);
      expect(rest).toEqual([]);
      expect(e?.date).toBe("2024-05-08");
      expect([...(e?.articleIds ?? [])].sort()).toEqual(["a1", "a2"]);
      // Both articles' organiser facts point at the one node.
      expect(batch.rels.filter((r) => r.type === "ORGANIZED_BY")).toHaveLength(1);
    }
  });

  it("are one node when the undated article names no organiser but the name says whose event it is", () => {
    const dated = withEvent("a1", "2024-05-09", "2024-05-08", ["远江市总工会"]);
    const later = withEvent("a2", null, null, []);
    expect(events(resolveGraph([dated, later]).batch)).toHaveLength(1);
  });

  it("stay apart when the undated article was published before the dated event, or long after", () => {
    const dated = withEvent("a1", "2024-12-29", "2024-12-28", ["远江市总工会"]);
    const before = withEvent("a2", "2024-05-20", null, ["远江市总工会"]);
    const after = withEvent("a3", "2025-06-20", null, ["远江市总工会"]);
    const b = resolveGraph([dated, before, after]).batch;
    expect(
      events(b)
        .map((e) => e.date)
        .sort(),
    ).toEqual(["2024-12-28", null]);
    expect(events(b)).toHaveLength(2);
  });

  it("stay apart when their organisers differ", () => {
    const dated = withEvent("a1", "2024-05-09", "2024-05-08", ["远江市总工会"]);
    const other = withEvent("a2", "2024-05-20", null, ["青川县总工会"]);
    expect(events(resolveGraph([dated, other]).batch)).toHaveLength(2);
  });

  it("stay apart when two dated events of that name fit (which one is unknown)", () => {
    const d1 = withEvent("a1", "2024-05-03", "2024-05-02", ["远江市总工会"]);
    const d2 = withEvent("a2", "2024-05-11", "2024-05-10", ["远江市总工会"]);
    const u = withEvent("a3", "2024-05-20", null, ["远江市总工会"]);
    expect(events(resolveGraph([d1, d2, u]).batch)).toHaveLength(3);
  });

  it("stay apart for a generic name with no organiser on one side", () => {
    const name = "职工健步走活动";
    const dated = withEvent("a1", "2024-05-09", "2024-05-08", ["远江市总工会"], name);
    const u = withEvent("a2", "2024-05-20", null, [], name);
    expect(events(resolveGraph([dated, u]).batch, name)).toHaveLength(2);
  });
});

describe("reportsRecent", () => {
  it.each([
    ["2024-05-20", "2024-05-08", true],
    ["2024-05-08", "2024-05-08", true],
    ["2024-05-07", "2024-05-08", false],
    ["2024-08-01", "2024-05-08", false],
    ["2024-06-20", "2024-05", true],
    [null, "2024-05-08", true],
  ])("an article of %s may report an event of %s without its date: %s", (published, date, ok) => {
    expect(reportsRecent(published, date)).toBe(ok);
  });
});

describe("resolveGraph: event ids do not depend on a lent year", () => {
  const text = (n: string) => `标题${n}\n4月29日，远江市总工会举办${NAME}。`;
  const one = (id: string, published: string | null) => {
    const t = text(id);
    const date = published ? `${published.slice(0, 4)}-04-29` : null;
    return article(id, t, {
      date: published,
      events: [{ ...eventIn(t, "e1", NAME, date, ["远江市总工会"]), evidence: spanOf(t, "4月29日") }],
    });
  };

  it("keeps the id when the article's date (and so the event's year) is learnt", () => {
    const before = events(resolveGraph([one("a1", null)]).batch);
    const after = events(resolveGraph([one("a1", "2024-04-30")]).batch);
    expect(before).toHaveLength(1);
    expect(after.map((e) => [e.id, e.date])).toEqual([[before[0]?.id, "2024-04-29"]]);
  });

  it("tells apart the same day of two different lent years", () => {
    const b = resolveGraph([one("a1", "2023-04-30"), one("a2", "2024-04-30")]).batch;
    expect(
      events(b)
        .map((e) => e.date)
        .sort(),
    ).toEqual(["2023-04-29", "2024-04-29"]);
  });
});

describe("mention keys (what partial resolution indexes)", () => {
  const ref = (over: Partial<EventMentionRef>): EventMentionRef => ({
    articleId: "a1",
    key: "e1",
    name: "职工读书分享会",
    date: null,
    day: null,
    organizers: [],
    ...over,
  });

  it("a name that says whose event it is is its own key; a generic name goes with an organiser, else a day, else its article", () => {
    expect(mentionKeys(ref({ name: NAME, organizers: ["o1"] }))).toEqual([NAME]);
    const generic = mentionKeys(ref({ organizers: ["o2", "o1", "o2"] }));
    expect(generic).toHaveLength(2);
    expect(new Set(generic).size).toBe(2);
    // Two mentions of one generic name with no organiser in common share no key.
    const other = mentionKeys(ref({ articleId: "a2", organizers: ["o3"] }));
    expect(generic.some((k) => other.includes(k))).toBe(false);
    // One organiser in common: one key in common (an undated one may be the dated one).
    expect(mentionKeys(ref({ articleId: "a3", date: "2024-04-29", organizers: ["o1"] }))).toEqual([
      generic.find((k) => k.endsWith("o:o1")),
    ]);
    const byDay = mentionKeys(ref({ day: "--04-29" }));
    expect(mentionKeys(ref({ articleId: "a4", date: "2023-04-29", day: "--04-29" }))).toEqual(byDay);
    expect(mentionKeys(ref({}))).not.toEqual(mentionKeys(ref({ articleId: "a5" })));
  });

  it("a mention rests on the keys of its name's other mentions in its article", () => {
    const dated = ref({ key: "e1", date: "2024-04-29", day: "--04-29", organizers: [] });
    const undated = ref({ key: "e2", organizers: ["o1"] });
    const elsewhere = ref({ articleId: "a2", key: "e1", organizers: ["o9"] });
    const keys = identityKeys([dated, undated, elsewhere]);
    const both = [...mentionKeys(dated), ...mentionKeys(undated)].sort();
    expect([...keys.get("a1\u0001e2")!].sort()).toEqual(both);
    expect([...keys.get("a1\u0001e1")!].sort()).toEqual(both);
    expect(keys.get("a2\u0001e1")).toEqual(mentionKeys(elsewhere));
  });
});
