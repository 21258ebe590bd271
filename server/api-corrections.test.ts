/**
 * Curation over real HTTP with the real pipeline and embedded store: tokens (401/403, named
 * authors), reject, edit, add, merge, split, rename, undo, two clients at once, and corrections
 * that survive a re-ingest of the same files and an ingest with a changed extractor (one rule
 * switched off), its orphans listed. The articles are fictional.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractFn } from "../ingest/pipeline.ts";
import { checkedFetch } from "./response-contract.ts";
import type { IngestPathsFn } from "./services/ingest-service.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

const ALICE = "alice-token-0123456789";
const BOB = "bob-token-9876543210xx";

const ARTICLE_A = [
  "职工书屋里的劳模课堂",
  "本报讯（记者 韩亦舟）6月12日，栖霞湾区总工会“劳模进书屋”分享会在栖霞湾区职工文化中心举行。",
  "活动由栖霞湾区总工会主办。",
  "全国劳动模范、栖霞湾港务集团桥吊司机蒋北辰以《一万次精准抓箱》为题，分享了自己的成长经历。",
  "省五一劳动奖章获得者、青禾电力公司检修班长简秋禾讲述了带徒弟的故事。",
  "",
].join("\n");

const ARTICLE_B = [
  "匠心故事会走进港区",
  "本报讯（记者 韩亦舟）7月1日，栖霞湾区总工会“匠心故事会”在栖霞湾港务集团报告厅举行。",
  "全国劳动模范、栖霞湾港务集团桥吊司机蒋北辰讲述了技术革新的经历。",
  "省五一劳动奖章获得者、青禾电力公司检修班长简秋荷讲述了班组安全管理的做法。",
  "会上，栖霞湾区工匠学院教师温若川也谈了体会。",
  "",
].join("\n");

const FILES = [
  { name: "2024-06-13-a.txt", text: ARTICLE_A },
  { name: "2024-07-02-b.txt", text: ARTICLE_B },
];

/** The person the extractor is made to miss (the reviewer adds the fact). */
const MISSED = "温若川";

/**
 * The "changed extractor" switches off the rule that found 简秋禾's talk in the first article
 * (read from the extraction itself, so the test holds whatever that rule is called).
 */
let changedExtractor = false;
let ruleOff: string | undefined;

const ingestPaths: IngestPathsFn = async (paths, opts) => {
  const { ingestPaths: real } = await import("../ingest/pipeline.ts");
  const { extractArticle } = await import("../ingest/extract/index.ts");
  const extract: ExtractFn = (a) => {
    // The fact a reviewer adds below is one this extractor misses, whatever the rules find.
    const x = { ...extractArticle(a) };
    x.persons = x.persons.filter((p) => p.name !== MISSED);
    ruleOff ??= x.persons.find((p) => p.name === "简秋禾")?.spokeAt[0]?.evidence.rule;
    if (!changedExtractor) return x;
    return {
      ...x,
      persons: x.persons.map((p) => ({
        ...p,
        spokeAt: p.spokeAt.filter((s) => s.evidence.rule !== ruleOff),
      })),
    };
  };
  return real(paths, { ...opts, extract });
};

let t: TestServer;

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** Every JSON answer is checked against its route's zod schema (or the error shape). */
async function api(path: string, init: RequestInit = {}): Promise<{ status: number; body: Json }> {
  const res = await checkedFetch(`${t.baseUrl}${path}`, init);
  return { status: res.status, body: (await res.json()) as Json };
}

/** JSON reports declare content types, not a zod schema (reports/http.ts): read with plain fetch. */
async function report(path: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${t.baseUrl}${path}`);
  return { status: res.status, body: (await res.json()) as Json };
}

function post(path: string, body: unknown, token: string | null = ALICE) {
  return api(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? auth(token) : {}) },
    body: JSON.stringify(body),
  });
}

function correct(body: unknown, token: string | null = ALICE) {
  return post("/api/corrections", body, token);
}

async function ingest() {
  const r = await post(
    "/api/ingest",
    { files: FILES.map((f) => ({ name: f.name, contentBase64: Buffer.from(f.text).toString("base64") })) },
    ALICE,
  );
  expect(r.status).toBe(200);
  return r.body;
}

/** Article ids by title, from the REPORTED facts. */
async function articles(): Promise<Record<string, string>> {
  const r = await api("/api/facts?type=REPORTED&limit=100");
  const out: Record<string, string> = {};
  for (const f of r.body.facts) out[f.target.name] = f.target.id;
  return out;
}

async function facts(articleId: string): Promise<Json[]> {
  const r = await api(`/api/articles/${articleId}`);
  expect(r.status).toBe(200);
  return r.body.facts;
}

async function findFact(articleId: string, type: string, source: string, target?: string): Promise<Json> {
  const f = (await facts(articleId)).find(
    (x) => x.type === type && x.source.name === source && (target === undefined || x.target.name === target),
  );
  if (!f) throw new Error(`no ${type} ${source} → ${target} in ${articleId}`);
  return f;
}

async function personIds(name: string): Promise<string[]> {
  const r = await api(`/api/search?q=${encodeURIComponent(name)}&types=Person`);
  return r.body.results.filter((x: Json) => x.name === name).map((x: Json) => x.id);
}

let A = "";
let B = "";
const log: Record<string, string> = {}; // label → entry id

beforeAll(async () => {
  t = await startTestServer({ ingestPaths, env: { LAOMO_TOKENS: `alice:${ALICE},bob:${BOB}` } });
  await ingest();
  const ids = await articles();
  A = ids["职工书屋里的劳模课堂"] ?? "";
  B = ids["匠心故事会走进港区"] ?? "";
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("curation API", () => {
  it("writes need a token: 401 without, 403 with a wrong one; reads stay open", async () => {
    const f = await findFact(A, "HAS_HONOUR", "简秋禾");
    expect((await correct({ action: "reject", relId: f.relId }, null)).status).toBe(401);
    expect((await correct({ action: "reject", relId: f.relId }, "wrong-token-000000000000")).status).toBe(
      403,
    );
    expect((await api("/api/corrections")).status).toBe(200);
    expect((await api("/api/facts?review=unreviewed")).status).toBe(200);
    // Nothing was logged by the refused writes.
    expect((await api("/api/corrections")).body.entries).toHaveLength(0);
  });

  it("rejects a fact by relId (the minimal contract): gone from the node, listed as rejected, author recorded", async () => {
    const f = await findFact(A, "HAS_HONOUR", "简秋禾");
    const r = await correct({ action: "reject", relId: f.relId, reason: "称号写错了" });
    expect(r.status).toBe(201);
    expect(r.body.status).toBe("applied");
    expect(r.body.entry.by).toBe("alice");
    expect(r.body.entry.target).toMatchObject({
      kind: "HAS_HONOUR",
      articleId: A,
      source: { name: "简秋禾" },
    });
    expect(JSON.stringify(r.body.entry)).not.toContain(f.relId);
    log.reject = r.body.entry.id;
    const node = (await api(`/api/nodes/${f.source.id}`)).body;
    expect(node.honours.map((h: Json) => h.relId)).not.toContain(f.relId);
    const rejected = (await api(`/api/facts?review=rejected`)).body;
    expect(rejected.facts.map((x: Json) => x.relId)).toContain(f.relId);
    expect(rejected.facts[0].reason).toBe("称号写错了");
    const again = await findFact(A, "HAS_HONOUR", "简秋禾");
    expect(again.review).toBe("rejected");
  });

  it("edits a talk title and an organiser role; the fact becomes corrected", async () => {
    const talk = await findFact(A, "SPOKE_AT", "蒋北辰");
    const r = await correct({ action: "edit", relId: talk.relId, field: "talkTitle", value: "一万次抓箱" });
    expect(r.status).toBe(201);
    log.talk = r.body.entry.id;
    const after = await findFact(A, "SPOKE_AT", "蒋北辰");
    expect(after.qualifier.talkTitle).toBe("一万次抓箱");
    expect(after.review).toBe("corrected");

    const org = await findFact(B, "ORGANIZED_BY", "“匠心故事会”");
    expect(org.qualifier.role ?? null).toBeNull();
    const r2 = await correct({ action: "edit", relId: org.relId, field: "role", value: "主办" });
    expect(r2.body.status).toBe("applied");
    expect(r2.body.relId).not.toBe(org.relId); // the role is part of the relationship's id
    log.role = r2.body.entry.id;
    expect((await findFact(B, "ORGANIZED_BY", "“匠心故事会”")).qualifier.role).toBe("主办");
    // A field of another fact type is refused.
    expect((await correct({ action: "edit", relId: r2.body.relId, field: "year", value: 2020 })).status).toBe(
      400,
    );
    // The old id is gone.
    expect((await correct({ action: "confirm", relId: org.relId })).status).toBe(404);
  });

  it("adds a missed fact from a span of the article", async () => {
    const text = (await api(`/api/articles/${B}`)).body.text as string;
    const words = "栖霞湾区工匠学院教师温若川";
    const start = text.indexOf(words);
    const r = await correct({
      action: "add",
      kind: "WORKS_FOR",
      articleId: B,
      start,
      end: start + words.length,
      source: { label: "Person", name: "温若川" },
      target: { label: "Organization", name: "栖霞湾区工匠学院" },
      jobTitle: "教师",
    });
    expect(r.status).toBe(201);
    expect(r.body.status).toBe("applied");
    log.add = r.body.entry.id;
    const f = await findFact(B, "WORKS_FOR", "温若川", "栖霞湾区工匠学院");
    expect(f.review).toBe("added");
    expect(text.slice(f.start, f.end)).toBe(words);
    expect(await personIds("温若川")).toHaveLength(1);
    // A span outside the article is refused.
    const bad = await correct({
      action: "add",
      kind: "WORKS_FOR",
      articleId: B,
      start: 0,
      end: text.length + 5,
      source: { label: "Person", name: "温若川" },
      target: { label: "Organization", name: "某学院" },
    });
    expect(bad.status).toBe(400);
  });

  it("merges two persons and splits one; ids follow", async () => {
    const [keep] = await personIds("简秋禾");
    const [other] = await personIds("简秋荷");
    expect(keep && other).toBeTruthy();
    const m = await correct({ action: "merge", nodeId: keep, otherId: other }, BOB);
    expect(m.body.status).toBe("applied");
    expect(m.body.entry.by).toBe("bob");
    log.merge = m.body.entry.id;
    expect(await personIds("简秋荷")).toEqual([]);
    const merged = (await api(`/api/nodes/${keep}`)).body;
    expect(merged.aliases).toContain("简秋荷");
    expect(merged.attributes.articleIds).toEqual(expect.arrayContaining([A, B]));

    const [jiang] = await personIds("蒋北辰");
    const s = await correct({ action: "split", nodeId: jiang, articleIds: [B] });
    expect(s.body.status).toBe("applied");
    log.split = s.body.entry.id;
    const ids = await personIds("蒋北辰");
    expect(ids).toHaveLength(2);
    expect(ids).toContain(s.body.nodeId);
    const fresh = (await api(`/api/nodes/${s.body.nodeId}`)).body;
    expect(fresh.attributes.articleIds).toEqual([B]);
    const old = (await api(`/api/nodes/${jiang}`)).body;
    expect(old.attributes.articleIds).toEqual([A]);
  });

  it("renames an event, confirms a fact, and undoes a correction (an undo of an undo restores)", async () => {
    const ev = (await findFact(B, "HELD_AT", "“匠心故事会”")).source.id;
    // Asked for before the rename, so its answer is kept for this graph generation.
    const before = await api(`/api/nodes/${ev}`);
    expect(before.body.name).not.toBe("匠心故事会港区专场");
    const r = await correct({ action: "rename", nodeId: ev, name: "匠心故事会港区专场" });
    expect(r.body.status).toBe("applied");
    log.rename = r.body.entry.id;
    expect((await api(`/api/nodes/${ev}`)).body.name).toBe("匠心故事会港区专场");

    const speech = await findFact(A, "SPOKE_AT", "简秋禾");
    const c = await correct({ action: "confirm", relId: speech.relId });
    expect(c.body.status).toBe("applied");
    log.confirm = c.body.entry.id;
    expect((await findFact(A, "SPOKE_AT", "简秋禾")).review).toBe("confirmed");
    const unreviewed = (await api(`/api/facts?review=unreviewed&articleId=${A}`)).body;
    expect(unreviewed.facts.map((f: Json) => f.relId)).not.toContain(speech.relId);

    const u = await post(`/api/corrections/${log.reject}/undo`, {});
    expect(u.status).toBe(201);
    expect((await findFact(A, "HAS_HONOUR", "简秋禾")).review).toBe("extracted");
    const u2 = await correct({ action: "undo", entryId: u.body.entry.id });
    expect(u2.body.status).toBe("applied");
    expect((await findFact(A, "HAS_HONOUR", "简秋禾")).review).toBe("rejected");
    const list = (await api("/api/corrections")).body;
    expect(list.entries.find((e: Json) => e.id === u.body.entry.id).status).toBe("undone");
    expect(list.entries.find((e: Json) => e.id === log.reject).status).toBe("applied");
    expect(
      (await correct({ action: "undo", entryId: "c_00000000-0000-0000-0000-000000000000" })).status,
    ).toBe(404);
  });

  it("two clients correcting at once lose nothing", async () => {
    const all = (await api(`/api/facts?review=unreviewed&limit=100`)).body.facts as Json[];
    // Talks are left alone here: the rule-off ingest below orphans talk corrections.
    const targets = all.filter((f) => f.type !== "REPORTED" && f.type !== "SPOKE_AT").slice(0, 6);
    expect(targets.length).toBeGreaterThanOrEqual(4);
    const before = (await api("/api/corrections")).body.entries.length;
    const answers = await Promise.all(
      targets.map((f, i) => correct({ action: "confirm", relId: f.relId }, i % 2 ? BOB : ALICE)),
    );
    expect(answers.map((a) => a.status)).toEqual(targets.map(() => 201));
    const list = (await api("/api/corrections")).body;
    expect(list.entries).toHaveLength(before + targets.length);
    expect(list.entries.filter((e: Json) => e.by === "bob").length).toBeGreaterThanOrEqual(
      targets.length / 2,
    );
    const confirmed = (await api("/api/facts?review=confirmed&limit=100")).body.facts.map(
      (f: Json) => f.relId,
    );
    for (const f of targets) expect(confirmed).toContain(f.relId);
  });

  it("reports state how many of their facts were reviewed", async () => {
    const [jiang] = await personIds("蒋北辰");
    const r = await report(`/api/reports/person/${jiang}?format=json`);
    expect(r.status).toBe(200);
    expect(r.body.reviewed.facts).toBeGreaterThan(0);
    expect(r.body.reviewed.reviewed).toBeGreaterThanOrEqual(1); // the edited talk title
    expect(r.body.reviewed.reviewed).toBeLessThanOrEqual(r.body.reviewed.facts);
    const md = await (await checkedFetch(`${t.baseUrl}/api/reports/person/${jiang}?format=md`)).text();
    expect(md).toContain(`${r.body.reviewed.reviewed} of ${r.body.reviewed.facts} facts reviewed`);
    const overview = await report("/api/reports/overview?format=json");
    expect(overview.body.reviewed.reviewed).toBeGreaterThanOrEqual(r.body.reviewed.reviewed);
  });

  it("re-ingesting the same files keeps every correction applied", async () => {
    const before = (await api("/api/corrections")).body;
    expect(before.counts.orphaned).toBe(0);
    const summary = await ingest();
    expect(summary.corrections.orphaned).toBe(0);
    const after = (await api("/api/corrections")).body;
    expect(after.counts).toEqual(before.counts);
    expect((await findFact(A, "SPOKE_AT", "蒋北辰")).qualifier.talkTitle).toBe("一万次抓箱");
    expect((await findFact(B, "WORKS_FOR", "温若川")).review).toBe("added");
    expect(await personIds("蒋北辰")).toHaveLength(2);
    expect(await personIds("简秋荷")).toEqual([]);
  });

  it("an ingest with a rule switched off keeps every other correction and lists the orphan", async () => {
    expect(ruleOff).toBeTruthy();
    changedExtractor = true;
    try {
      const summary = await ingest();
      expect(summary.corrections.orphaned).toBe(1);
    } finally {
      changedExtractor = false;
    }
    const list = (await api("/api/corrections")).body;
    expect(list.orphans.map((o: Json) => o.id)).toEqual([log.confirm]);
    expect(list.orphans[0].reason).toMatch(/no such fact/);
    for (const k of ["reject", "talk", "role", "add", "merge", "split", "rename"])
      expect(list.entries.find((e: Json) => e.id === log[k])?.status, k).toBe("applied");
    expect((await api("/api/corrections?status=orphaned")).body.entries).toHaveLength(1);
    expect((await findFact(A, "SPOKE_AT", "蒋北辰")).qualifier.talkTitle).toBe("一万次抓箱");
    expect((await findFact(A, "HAS_HONOUR", "简秋禾")).review).toBe("rejected");
  });
});

describe("curation without a journal", () => {
  it("answers 409 no_journal rather than rebuilding an empty graph", async () => {
    const bare = await startTestServer();
    try {
      const res = await checkedFetch(`${bare.baseUrl}/api/corrections`, {
        method: "POST",
        headers: { "content-type": "application/json", ...bare.authHeaders() },
        body: JSON.stringify({ action: "undo", entryId: "c_00000000-0000-0000-0000-000000000000" }),
      });
      expect(res.status).toBe(409);
      expect(((await res.json()) as Json).error).toBe("no_journal");
      expect(
        ((await (await checkedFetch(`${bare.baseUrl}/api/stats`)).json()) as Json).totalNodes,
      ).toBeGreaterThan(0);
    } finally {
      await bare.close();
    }
  });
});
