/**
 * DEV ONLY: a stand-in for the API over the fictional server test graph, used to look at
 * the client before/without the real server (`npx tsx test/e2e/dev-mock-api.ts` → prints
 * the URL). The browser tests do NOT use it; they run against server/app.ts.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { MultiDirectedGraph } from "graphology";
import * as spModule from "graphology-shortest-path";
import { CLIENT_DIST } from "../../client/build.ts";
import type { GraphNode, SerializedGraph } from "../../model/types.ts";
import { buildTestGraph } from "../../server/test-graph.ts";

type Bidirectional = (g: MultiDirectedGraph, s: string, t: string) => string[] | null;
const sp = ((spModule as unknown as { default?: unknown }).default ?? spModule) as {
  unweighted: { bidirectional: Bidirectional };
};

export async function startDevMock(port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const batch = buildTestGraph();
  const byId = new Map<string, GraphNode>(batch.nodes.map((n) => [n.id, n]));
  const g = new MultiDirectedGraph();
  const undirected = new MultiDirectedGraph();
  batch.nodes.forEach((n, i) => {
    const attrs = { label: n.name, nodeType: n.label, x: Math.cos(i) * 100, y: Math.sin(i) * 100, size: 8 };
    const extra =
      "level" in n ? { level: n.level, category: n.category } : "date" in n ? { date: n.date } : {};
    g.addNode(n.id, { ...attrs, ...extra });
    undirected.addNode(n.id);
  });
  for (const r of batch.rels) {
    const { id, source, target, evidence: _e, articleIds: _a, ...rest } = r;
    g.addEdgeWithKey(id, source, target, rest);
    undirected.addEdge(source, target, { id });
    undirected.addEdge(target, source, { id });
  }
  const sub = (ids: Set<string>): SerializedGraph => ({
    nodes: [...ids].map((k) => ({ key: k, attributes: g.getNodeAttributes(k) })),
    edges: g
      .filterEdges((_e, _a, s, t) => ids.has(s) && ids.has(t))
      .map((e) => ({ key: e, source: g.source(e), target: g.target(e), attributes: g.getEdgeAttributes(e) })),
  });
  const evidenceOf = (ev: GraphNode["evidence"], fact: string) =>
    ev.map((e) => ({ ...e, articleTitle: byId.get(e.articleId)?.name ?? null, fact }));

  const app = express();
  app.use(express.json());
  app.get("/api/overview", (_q, res) => {
    res.json(sub(new Set(g.filterNodes((_n, a) => a.nodeType !== "Article"))));
  });
  app.get("/api/facets", (_q, res) => {
    res.json({
      honourLevels: [
        { value: "national", count: 2 },
        { value: "provincial", count: 1 },
        { value: "municipal", count: 1 },
      ],
      honourCategories: [
        { value: "劳动模范", count: 1 },
        { value: "大国工匠", count: 1 },
      ],
      orgTypes: [],
      years: [
        { value: "2023", count: 1 },
        { value: "2024", count: 1 },
      ],
    });
  });
  app.get("/api/search", (req, res) => {
    const q = String(req.query.q ?? "").toLowerCase();
    const results = batch.nodes
      .filter((n) => n.label !== "Article")
      .filter(
        (n) => n.name.includes(q) || ("pinyin" in n && (n.pinyin.startsWith(q) || n.initials.startsWith(q))),
      )
      .map((n) => ({ id: n.id, label: n.label, name: n.name, subtitle: "", score: 1, match: "name" }));
    res.json({ query: q, results });
  });
  app.get("/api/nodes/:id", (req, res) => {
    const n = byId.get(req.params.id);
    if (!n) return void res.status(404).json({ error: "not_found", message: "no such node" });
    const out = batch.rels.filter((r) => r.source === n.id);
    const link = (id: string) => ({ id, label: byId.get(id)!.label, name: byId.get(id)!.name });
    const { evidence, articleIds: _a, ...attributes } = n;
    res.json({
      id: n.id,
      label: n.label,
      name: n.name,
      aliases: "aliases" in n ? n.aliases : [],
      attributes,
      honours: out
        .filter((r) => r.type === "HAS_HONOUR")
        .map((r) => {
          const h = byId.get(r.target)!;
          return { ...link(r.target), level: "level" in h ? h.level : null, category: null, year: null };
        }),
      employers: out.flatMap((r) =>
        r.type === "WORKS_FOR" ? [{ ...link(r.target), jobTitle: r.jobTitle }] : [],
      ),
      events: out.flatMap((r) =>
        r.type === "SPOKE_AT" ? [{ ...link(r.target), date: null, talkTitle: r.talkTitle, role: null }] : [],
      ),
      evidence: [
        ...evidenceOf(evidence, "mention"),
        ...out.flatMap((r) => evidenceOf(r.evidence, `${r.type} ${byId.get(r.target)!.name}`)),
      ],
    });
  });
  app.get("/api/nodes/:id/neighbours", (req, res) => {
    const id = req.params.id;
    if (!g.hasNode(id)) return void res.status(404).json({ error: "not_found", message: "no such node" });
    res.json(sub(new Set([id, ...g.neighbors(id)])));
  });
  app.get("/api/path", (req, res) => {
    const p = sp.unweighted.bidirectional(undirected, String(req.query.from), String(req.query.to));
    if (!p) return void res.json({ found: false, length: 0, graph: { nodes: [], edges: [] }, steps: [] });
    const steps = p.slice(1).map((t, i) => {
      const s = p[i]!;
      const r = batch.rels.find(
        (x) => (x.source === s && x.target === t) || (x.source === t && x.target === s),
      )!;
      return {
        edge: r.id,
        type: r.type,
        source: r.source,
        target: r.target,
        sentences: evidenceOf(r.evidence, r.type),
      };
    });
    res.json({ found: true, length: steps.length, graph: sub(new Set(p)), steps });
  });
  app.post("/api/cypher", (req, res) => {
    const q = String(req.body?.query ?? "");
    if (/\b(CREATE|MERGE|DELETE|SET)\b/i.test(q))
      return void res
        .status(400)
        .json({ error: "forbidden_query", message: "CREATE is not allowed: read-only" });
    const spoke = batch.rels.filter((r) => r.type === "SPOKE_AT");
    res.json({
      columns: ["name", "event"],
      rows: spoke.map((r) => [byId.get(r.source)!.name, byId.get(r.target)!.name]),
      truncated: false,
      graph: sub(new Set(spoke.flatMap((r) => [r.source, r.target]))),
      ms: 3,
    });
  });
  app.use(express.static(CLIENT_DIST));
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const s = app.listen(port, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((r) => server.close(() => r())) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startDevMock(Number(process.env.PORT ?? 0)).then((m) => console.log(`dev mock API: ${m.url}`));
}
