/**
 * The standby generation (kuzu-standby.ts): successive deltas ride the generation that was live
 * before (renamed, its delta replayed) and leave exactly the graph a full replace leaves; a standby
 * another process holds open, a crash before the switch, a stale or damaged marker, and the
 * setting turned off all fall back to a copy of the live generation, with the same graph.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useTempDirs } from "../ingest/test-temp-dirs.ts";
import { nodeId, relId } from "../model/ids.ts";
import type { GraphBatch } from "../model/types.ts";
import { diffGraph, type GraphDelta, indexOfBatch } from "./graph-delta.ts";
import { dumpGraph, type GraphDump } from "./graph-dump.ts";
import { newGenerationName } from "./kuzu-generations.ts";
import { readStandby } from "./kuzu-standby.ts";
import { KuzuStore } from "./kuzu-store.ts";
import { prepareBatch } from "./prepare-batch.ts";
import { buildTestGraph, evidenceFor, IDS } from "./test-graph.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tempDir = useTempDirs();
const opened: KuzuStore[] = [];

afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

async function openStore(dataDir: string, opts: Partial<ConstructorParameters<typeof KuzuStore>[0]> = {}) {
  const store = await new KuzuStore({ dataDir, consoleWorker: false, ...opts }).open();
  opened.push(store);
  return store;
}

/** Four graphs of one day's news after another: a person leaves, one comes, a fact changes. */
function days(): GraphBatch[] {
  const g0 = buildTestGraph();
  const g1: GraphBatch = {
    nodes: g0.nodes.filter((n) => n.id !== IDS.zhouB),
    rels: g0.rels.filter((r) => r.source !== IDS.zhouB && r.target !== IDS.zhouB),
  };
  const ev = evidenceFor("毫厘之间", "周敏");
  const zheng = nodeId("Person", "郑欣|青禾精密机械有限公司");
  const g2: GraphBatch = {
    nodes: [
      ...g1.nodes,
      {
        label: "Person",
        id: zheng,
        name: "郑欣",
        aliases: [],
        pinyin: "zhengxin",
        initials: "zx",
        mergeKey: "name+employer:青禾精密机械有限公司",
        articleIds: [ev.articleId],
        evidence: [ev],
      },
    ],
    rels: [
      ...g1.rels,
      {
        type: "HAS_HONOUR",
        id: relId("HAS_HONOUR", zheng, IDS.modelWorker, ""),
        source: zheng,
        target: IDS.modelWorker,
        year: 2025,
        articleIds: [ev.articleId],
        evidence: [ev],
      },
    ],
  };
  const g3: GraphBatch = {
    nodes: g2.nodes.map((n) =>
      n.id === IDS.union && n.label === "Organization" ? { ...n, aliases: ["澄湾总工会"] } : n,
    ),
    rels: g2.rels
      .filter((r) => r.type !== "HELD_AT")
      .map((r) => (r.type === "SPOKE_AT" ? { ...r, talkTitle: "毫厘之间（修订）" } : r)),
  };
  return [g0, g1, g2, g3];
}

function deltaOf(from: GraphBatch, to: GraphBatch): GraphDelta {
  return diffGraph(indexOfBatch(prepareBatch(from)), prepareBatch(to)).delta;
}

/** The graph a full replace with `batch` leaves, in a fresh store. */
async function rebuilt(batch: GraphBatch): Promise<GraphDump> {
  const store = await openStore(await tempDir("laomo-sb-ref-"));
  await store.replaceGraph(batch);
  return dumpGraph(store);
}

function inode(file: string): number {
  return statSync(file).ino;
}

/** The database files (no side files) in the store's folder. */
function generations(root: string): string[] {
  return readdirSync(root)
    .filter((f) => f.startsWith("g-") && !f.includes("."))
    .sort();
}

async function standbyReady(root: string): Promise<string> {
  await vi.waitFor(() => expect(readStandby(root)).not.toBeNull(), { timeout: 10_000 });
  return readStandby(root)!.standby;
}

describe("embedded store: the standby generation", () => {
  it("each delta renames the standby, replays its delta, and leaves what a rebuild leaves", async () => {
    const dir = await tempDir("laomo-sb-");
    const root = path.join(dir, "kuzu");
    const store = await openStore(dir);
    const [g0, g1, g2, g3] = days();
    await store.replaceGraph(g0!);
    // The rebuild's copy of its generation is the first standby, equal to the live one.
    let live = (await store.graphVersion())!;
    let standby = await standbyReady(root);
    expect(readStandby(root)).toEqual({ standby, live, delta: false });
    let prev = g0!;
    for (const next of [g1!, g2!, g3!]) {
      const standbyInode = inode(path.join(root, standby));
      await store.applyDelta(deltaOf(prev, next));
      const newLive = (await store.graphVersion())!;
      // The new generation is the standby's file renamed, not a copy of the live one …
      expect(inode(path.join(root, newLive))).toBe(standbyInode);
      expect(existsSync(path.join(root, standby))).toBe(false);
      // … and the generation live before is the next standby, one delta behind.
      expect(readStandby(root)).toEqual({ standby: live, live: newLive, delta: true });
      expect(generations(root)).toEqual([live, newLive].sort());
      expect(await dumpGraph(store)).toEqual(await rebuilt(next));
      standby = live;
      live = newLive;
      prev = next;
    }
    // A reopened store keeps the standby, and the next write still rides it.
    await store.close();
    const again = await openStore(dir);
    expect(readStandby(root)?.standby).toBe(standby);
    const standbyInode = inode(path.join(root, standby));
    await again.applyDelta(deltaOf(g3!, g1!));
    expect(inode(path.join(root, (await again.graphVersion())!))).toBe(standbyInode);
    expect(await dumpGraph(again)).toEqual(await rebuilt(g1!));
  });

  it("a standby another process reads is left alone: the delta copies the live generation", async () => {
    const dir = await tempDir("laomo-sb-held-");
    const root = path.join(dir, "kuzu");
    const store = await openStore(dir);
    const [g0, g1, g2] = days();
    await store.replaceGraph(g0!);
    await store.applyDelta(deltaOf(g0!, g1!));
    const standby = readStandby(root)!.standby;
    const standbyInode = inode(path.join(root, standby));
    // A reader process (as a console worker of the old generation would be) holds it open.
    const reader = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import kuzu from "kuzu";
         const db = new kuzu.Database(${JSON.stringify(path.join(root, standby))}, 0, true, true);
         const c = new kuzu.Connection(db);
         const r = await c.query("MATCH (p:Person) RETURN count(*) AS n");
         console.log("ready", (await r.getAll())[0].n); r.close();
         process.stdin.resume(); process.stdin.on("end", () => process.exit(0));`,
      ],
      { cwd: repoRoot, stdio: ["pipe", "pipe", "inherit"] },
    );
    const ready = new Promise<string>((resolve) =>
      reader.stdout!.on("data", (d: Buffer) => resolve(String(d))),
    );
    try {
      // The standby is the graph before the last delta: three persons.
      expect((await ready).trim()).toBe("ready 3");
      await store.applyDelta(deltaOf(g1!, g2!));
      const live = (await store.graphVersion())!;
      expect(inode(path.join(root, live))).not.toBe(standbyInode);
      expect(await dumpGraph(store)).toEqual(await rebuilt(g2!));
    } finally {
      reader.stdin!.end();
      await new Promise((resolve) => reader.on("close", resolve));
    }
  });

  it("a write that fails before its switch keeps the live graph, uses up the standby, and the next write copies", async () => {
    const dir = await tempDir("laomo-sb-crash-");
    const root = path.join(dir, "kuzu");
    let fail = false;
    const store = await openStore(dir, {
      beforeSwitch: () => {
        if (fail) throw new Error("simulated crash before the switch");
      },
    });
    const [g0, g1, g2] = days();
    await store.replaceGraph(g0!);
    await store.applyDelta(deltaOf(g0!, g1!));
    const live = (await store.graphVersion())!;
    const before = await dumpGraph(store);
    fail = true;
    await expect(store.applyDelta(deltaOf(g1!, g2!))).rejects.toThrow(/simulated crash/);
    expect(await store.graphVersion()).toBe(live);
    expect(await dumpGraph(store)).toEqual(before);
    expect(readStandby(root)).toBeNull();
    expect(generations(root)).toEqual([live]);
    fail = false;
    await store.applyDelta(deltaOf(g1!, g2!));
    expect(await dumpGraph(store)).toEqual(await rebuilt(g2!));
  });

  it("a marker of another generation or with a damaged delta is not trusted", async () => {
    const [g0, g1, g2] = days();
    for (const damage of ["other live", "damaged delta"] as const) {
      const dir = await tempDir("laomo-sb-stale-");
      const root = path.join(dir, "kuzu");
      const store = await openStore(dir);
      await store.replaceGraph(g0!);
      await store.applyDelta(deltaOf(g0!, g1!));
      const marker = readStandby(root)!;
      const standbyInode = inode(path.join(root, marker.standby));
      // Held open, the dropped standby's inode cannot be handed to the copy (the file system reuses
      // a freed inode at once), so a different inode says the live generation was copied.
      const held = openSync(path.join(root, marker.standby), "r");
      if (damage === "other live")
        writeFileSync(
          path.join(root, "STANDBY"),
          JSON.stringify({ ...marker, live: newGenerationName(), delta: false }),
        );
      else writeFileSync(path.join(root, "STANDBY.delta.json"), '{"removeRels": [');
      try {
        await store.applyDelta(deltaOf(g1!, g2!));
        expect(inode(path.join(root, (await store.graphVersion())!))).not.toBe(standbyInode);
      } finally {
        closeSync(held);
      }
      expect(await dumpGraph(store)).toEqual(await rebuilt(g2!));
      expect(generations(root)).toHaveLength(2);
    }
  });

  it("turned off, a delta copies and no standby is kept", async () => {
    const dir = await tempDir("laomo-sb-off-");
    const root = path.join(dir, "kuzu");
    const store = await openStore(dir, { standby: false });
    const [g0, g1] = days();
    await store.replaceGraph(g0!);
    await store.applyDelta(deltaOf(g0!, g1!));
    expect(readStandby(root)).toBeNull();
    expect(generations(root)).toEqual([(await store.graphVersion())!]);
    expect(await dumpGraph(store)).toEqual(await rebuilt(g1!));
  });
});
