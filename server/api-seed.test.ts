/**
 * The explorer API on the user's seed page (plus samples/corpus) ingested by the real pipeline:
 * every expected value is derived at runtime from ../shared/eval/seed-gold.json (nothing from
 * the seed is written here). Skips only when ../shared is absent and CI is not "true".
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pinyin } from "pinyin-pro";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, servicesOf } from "./app.ts";
import {
  type GoldArticle,
  type GoldEvent,
  type GoldPerson,
  goldHonouree,
  loadSeedGraph,
  type SeedGraph,
  sameEventName,
  seedSuiteMode,
} from "./load-seed-graph.ts";
import { checkResponse } from "./response-contract.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

if (seedSuiteMode === "skip") console.warn("api-seed test SKIPPED: ../shared (seed page and gold) is absent");
const suite = seedSuiteMode === "run" ? describe : describe.skip;

/** Toneless pinyin syllables with the surname reading, as a user would type them. */
function syllables(name: string): string[] {
  return pinyin(name, { toneType: "none", type: "array", surname: "head" }).map((s) =>
    s.toLowerCase().replace(/ü/g, "v"),
  );
}

/** Accepted spellings of a gold value, with the gold's 劳模 → 劳动模范 convention undone for spans. */
function spanMatches(span: string, spellings: string[]): boolean {
  const expanded = span.replace(/劳模/g, "劳动模范");
  return spellings.some((s) => s === span || s === expanded);
}

suite("explorer API on the seed graph", () => {
  let seed: SeedGraph;
  let server: Server;
  let baseUrl = "";
  let gold: GoldArticle[] = [];
  let honouree: { person: GoldPerson; article: GoldArticle; event: GoldEvent };
  let honoureeId = "";
  let eventId = "";

  async function get(path: string): Promise<{ status: number; body: Json }> {
    const res = await fetch(baseUrl + path);
    const body = (await res.json()) as Json;
    checkResponse("get", path, res.status, body);
    return { status: res.status, body };
  }
  /** Ids of the Person nodes whose name is exactly `name` (found by Chinese name search). */
  async function personIds(name: string): Promise<string[]> {
    const { body } = await get(`/api/search?q=${encodeURIComponent(name)}&types=Person&limit=20`);
    return (body.results as Json[]).filter((h) => h.name === name).map((h) => h.id as string);
  }

  beforeAll(async () => {
    seed = await loadSeedGraph();
    gold = seed.gold;
    honouree = goldHonouree(gold);
    const app = createApp({ store: seed.store, config: seed.config, logError: () => {} });
    await servicesOf(app).refresh();
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ids = await personIds(honouree.person.name);
    honoureeId = ids[0] ?? "";
  });
  afterAll(async () => {
    if (server) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    }
    await seed?.close();
  });

  it("finds every gold person by Chinese name, full pinyin and initials", async () => {
    const persons = gold.flatMap((a) => a.persons);
    expect(persons.length).toBeGreaterThan(0);
    for (const p of persons) {
      const ids = await personIds(p.name);
      expect(ids, `search by name ${p.name}`).not.toHaveLength(0);
      const s = syllables(p.name);
      for (const q of [s.join(""), s.map((x) => x.charAt(0)).join("")]) {
        const { status, body } = await get(`/api/search?q=${q}&types=Person&limit=20`);
        expect(status).toBe(200);
        const found = (body.results as Json[]).filter((h) => ids.includes(h.id));
        expect(found.length, `search by ${q} for ${p.name}`).toBeGreaterThan(0);
        expect(found[0]!.match).toMatch(/^(pinyin|initials)$/);
      }
    }
  });

  it("shows both honours, the employer, the event and evidence spans of the two-honour person", async () => {
    expect(honoureeId).not.toBe("");
    const { status, body } = await get(`/api/nodes/${encodeURIComponent(honoureeId)}`);
    expect(status).toBe(200);
    const { person, event } = honouree;
    const honourNames = (body.honours as Json[]).map((h) => h.name as string);
    for (const spellings of person.honours)
      expect(
        honourNames.some((n) => spellings.includes(n)),
        `honour ${spellings[0]}`,
      ).toBe(true);
    const employerNames = (body.employers as Json[]).map((e) => e.name as string);
    for (const spellings of person.employers)
      expect(
        employerNames.some((n) => spellings.includes(n)),
        `employer ${spellings[0]}`,
      ).toBe(true);
    const ev = (body.events as Json[]).find((e) => sameEventName(e.name, event.name));
    expect(ev, "the gold event").toBeDefined();
    eventId = ev!.id;

    // Every honour and employer fact has a sentence whose highlighted span is that fact.
    const evidence = body.evidence as Json[];
    const factSpans = (type: string) =>
      evidence
        .filter((e) => String(e.fact).startsWith(`${type} `))
        .map((e) => {
          expect(e.spanStart).toBeGreaterThanOrEqual(0);
          expect(e.spanEnd).toBeGreaterThan(e.spanStart);
          expect(e.spanEnd).toBeLessThanOrEqual(String(e.sentence).length);
          return String(e.sentence).slice(e.spanStart, e.spanEnd);
        });
    const honourSpans = factSpans("HAS_HONOUR");
    for (const spellings of person.honours)
      expect(
        honourSpans.some((s) => spanMatches(s, spellings)),
        `honour span ${spellings[0]}`,
      ).toBe(true);
    const employerSpans = factSpans("WORKS_FOR");
    for (const spellings of person.employers)
      expect(
        employerSpans.some((s) => spanMatches(s, spellings)),
        `employer span ${spellings[0]}`,
      ).toBe(true);
    const spoke = evidence.filter((e) => String(e.fact).startsWith("SPOKE_AT "));
    expect(spoke.length).toBeGreaterThan(0);
    expect(spoke.every((e) => String(e.sentence).includes(person.name))).toBe(true);
  });

  it("lists the event among the person's neighbours", async () => {
    const { status, body } = await get(`/api/nodes/${encodeURIComponent(honoureeId)}/neighbours?depth=1`);
    expect(status).toBe(200);
    const keys = (body.nodes as Json[]).map((n) => n.key);
    expect(keys).toContain(eventId);
    const eventNode = (body.nodes as Json[]).find((n) => n.key === eventId)!;
    expect(eventNode.attributes.nodeType).toBe("Event");
  });

  it("gives the event's organisers with their roles", async () => {
    const { body } = await get(`/api/nodes/${encodeURIComponent(eventId)}`);
    const organisers = (body.relationships as Json[]).filter((r) => r.type === "ORGANIZED_BY");
    const withRole = honouree.event.organizers.filter((o) => o.role);
    expect(withRole.length).toBeGreaterThan(0);
    for (const o of withRole) {
      const rel = organisers.find((r) => o.org.includes(r.other.name));
      expect(rel, `organiser ${o.org[0]}`).toBeDefined();
      expect(rel!.qualifier.role).toBe(o.role);
    }
  });

  it("finds the path between two speakers of the event through the event, with sentences", async () => {
    const speakers = honouree.article.persons.filter((p) => p.spokeAt.includes(honouree.event.key));
    expect(speakers.length).toBeGreaterThanOrEqual(2);
    // The first other speaker present in the graph (a missing one fails the search test above).
    let otherId = "";
    for (const p of speakers.filter((x) => x.name !== honouree.person.name)) {
      otherId = (await personIds(p.name))[0] ?? "";
      if (otherId) break;
    }
    expect(otherId).not.toBe("");
    const { status, body } = await get(
      `/api/path?from=${encodeURIComponent(honoureeId)}&to=${encodeURIComponent(otherId)}`,
    );
    expect(status).toBe(200);
    expect(body.found).toBe(true);
    expect(body.length).toBe(2);
    const steps = body.steps as Json[];
    expect(steps.map((s) => s.type)).toEqual(["SPOKE_AT", "SPOKE_AT"]);
    expect(steps.every((s) => s.source === eventId || s.target === eventId)).toBe(true);
    for (const s of steps) {
      expect(s.sentences.length).toBeGreaterThan(0);
      expect(String(s.sentences[0].sentence).length).toBeGreaterThan(0);
    }
  });

  it("reports stats consistent with the gold", async () => {
    const { body } = await get("/api/stats");
    const goldPersons = new Set(gold.flatMap((a) => a.persons.map((p) => p.name)));
    const goldEvents = gold.reduce((n, a) => n + a.events.length, 0);
    expect(body.nodes.Person).toBeGreaterThanOrEqual(goldPersons.size);
    expect(body.nodes.Event).toBeGreaterThanOrEqual(goldEvents);
    expect(body.nodes.Article).toBeGreaterThanOrEqual(gold.length);
    expect(body.rels.HAS_HONOUR).toBeGreaterThanOrEqual(
      gold.reduce((n, a) => n + a.persons.reduce((m, p) => m + p.honours.length, 0), 0),
    );
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(body.totalNodes).toBe(sum(body.nodes));
    expect(body.totalRels).toBe(sum(body.rels));
  });
});
