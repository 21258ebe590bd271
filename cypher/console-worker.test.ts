/**
 * The embedded store's console workers: user-typed queries run in separate processes (a pool,
 * sandboxed when bubblewrap works) that open the live generation read-only; a query that
 * segfaults kuzu 0.11.3 answers QueryCrashedError and the store keeps answering; a runaway query
 * is killed and its worker respawned; after a replaceGraph the workers read the new generation.
 * Every wait is on a condition (a ready worker, an exited process), never on a fixed time.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryCrashedError, QueryTimeoutError } from "../model/errors.ts";
import { type KuzuStore, openKuzuStore } from "./kuzu-store.ts";
import { buildTestGraph, IDS } from "./test-graph.ts";

/** Segfaults kuzu 0.11.3 (an IN-list parameter on both ends of an OPTIONAL MATCH). */
const CRASHING_QUERY =
  "MATCH (n) WHERE n.id IN $ids OPTIONAL MATCH (n)-[r]->(b) WHERE b.id IN $ids RETURN n.id, b.id";
/** Tens of seconds of work with little memory: a filtered 8-way cross product (12^8 rows). */
const SLOW_QUERY =
  "MATCH (a),(b),(c),(d),(e),(f),(g),(h) WHERE a.id + b.id + c.id + d.id + e.id + f.id + g.id + h.id <> 'x' RETURN count(*)";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `cond` until it holds (generous deadline for a loaded machine). */
async function until(cond: () => boolean, what: string, deadlineMs = 30_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("embedded store: console worker processes", () => {
  let dir = "";
  let store: KuzuStore;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "laomo-worker-"));
    // The hard kill comes 4.5 s before kuzu's own 5 s timeout, to exercise kill + respawn.
    store = await openKuzuStore({ dataDir: dir, consoleWorker: { graceMs: -4500 } });
    await store.replaceGraph(buildTestGraph());
  });

  afterAll(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("runs a user query in another process that opened the live generation read-only", async () => {
    const res = await store.runReadOnly("MATCH (p:Person) WHERE p.id = $id RETURN p.name AS name", {
      id: IDS.zhouA,
    });
    expect(res.rows).toEqual([["周敏"]]);
    const pids = store.consoleWorker?.pids ?? [];
    expect(pids.length).toBeGreaterThan(0);
    expect(pids).not.toContain(process.pid);
    // The store itself still reads the same generation in-process at the same time.
    expect((await store.counts()).nodes.Person).toBe(3);
  });

  it("a query that segfaults kuzu answers query_crashed; the store and the next query still work", async () => {
    const pool = store.consoleWorker;
    if (!pool) throw new Error("no console pool");
    const before = pool.spawned;
    const pidsBefore = pool.pids;
    const err = await store
      .runReadOnly(CRASHING_QUERY, { ids: [IDS.zhouA, IDS.event, IDS.union] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryCrashedError);
    expect((err as QueryCrashedError).code).toBe("query_crashed");
    expect((await store.query("get-node", { id: IDS.event }))[0]).toBeDefined();
    const res = await store.runReadOnly("MATCH (n) RETURN count(n) AS n");
    expect(res.rows).toEqual([[12]]);
    // Exactly one worker died (the one that ran the crashing query) and one replaced it.
    await until(() => pool.pids.length === pool.size, "the pool to be full again");
    expect(pidsBefore.filter((p) => !alive(p))).toHaveLength(1);
    expect(pool.spawned).toBe(before + 1);
  });

  it("a runaway query is killed with query_timeout and its worker respawns", async () => {
    const pool = store.consoleWorker;
    if (!pool) throw new Error("no console pool");
    await store.runReadOnly("RETURN 1 AS one");
    await until(() => pool.pids.length === pool.size, "every worker to run");
    const pidsBefore = pool.pids;
    await expect(store.runReadOnly(SLOW_QUERY)).rejects.toBeInstanceOf(QueryTimeoutError);
    const res = await store.runReadOnly("RETURN 1 AS one");
    expect(res.rows).toEqual([[1]]);
    await until(() => pidsBefore.some((p) => !alive(p)), "the killed worker to be gone");
    expect(pidsBefore.filter((p) => !alive(p))).toHaveLength(1);
  });

  it("after replaceGraph the workers read the new generation (restarted on its file)", async () => {
    const pool = store.consoleWorker;
    if (!pool) throw new Error("no console pool");
    const count = "MATCH (a:Article) RETURN count(a) AS n";
    expect((await store.runReadOnly(count)).rows).toEqual([[1]]);
    const pidsBefore = pool.pids;
    const smaller = buildTestGraph();
    smaller.nodes = smaller.nodes.filter((n) => n.label !== "Article");
    smaller.rels = smaller.rels.filter((r) => r.type !== "REPORTED");
    await store.replaceGraph(smaller);
    expect((await store.runReadOnly(count)).rows).toEqual([[0]]);
    await until(() => pidsBefore.every((p) => !alive(p)), "the old generation's workers to exit");
    expect(pool.pids.some((p) => pidsBefore.includes(p))).toBe(false);
  });
});
