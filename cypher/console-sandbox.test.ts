/**
 * The console workers' bubblewrap sandbox, with the read-only guard switched OFF (raw queries go
 * straight to the worker pool): reading host files, writing files, exporting the database,
 * loading a native extension from the data dir and installing extensions all fail, nothing
 * lands on the host disk, and the worker's process tree does not grow. A control pool without
 * the sandbox shows the same payloads do work there. Skips (loudly) only where bwrap is absent
 * and never under CI=true.
 */
import { randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsolePool } from "./console-pool.ts";
import { findBwrap } from "./console-sandbox.ts";
import { readCurrent } from "./kuzu-generations.ts";
import { type KuzuStore, openKuzuStore } from "./kuzu-store.ts";
import type { CypherResult } from "./store.ts";
import { buildTestGraph } from "./test-graph.ts";

const HAVE_BWRAP = findBwrap() !== null;
const SKIP = !HAVE_BWRAP && process.env.CI !== "true";
if (SKIP)
  console.warn(
    "console-sandbox.test: SKIPPED — bubblewrap (bwrap) is not installed (apt install bubblewrap)",
  );

const LIMITS = { timeoutMs: 30_000, rowLimit: 100 };

/** Parent pid of every process (from /proc). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of readdirSync("/proc")) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      out.set(Number(e), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** `roots` and all their descendants. */
function tree(roots: number[]): number[] {
  const pp = parents();
  const found = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of pp) {
      if (found.has(ppid) && !found.has(pid)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** The query's answer or error, as text (to look for a marker in either). */
async function outcome(p: Promise<CypherResult>): Promise<{ ok: boolean; text: string }> {
  try {
    return { ok: true, text: JSON.stringify(await p) };
  } catch (e) {
    return { ok: false, text: e instanceof Error ? e.message : String(e) };
  }
}

describe.skipIf(SKIP)("console sandbox (bubblewrap), guard switched off", () => {
  let dataDir = "";
  let hostDir = "";
  let store: KuzuStore;
  let pool: ConsolePool;
  let control: ConsolePool;
  let gen = "";
  const marker = `SECRET-${randomBytes(8).toString("hex")}`;
  const run = (q: string) => pool.run(gen, q, {}, LIMITS);

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "laomo-sandbox-data-"));
    hostDir = mkdtempSync(path.join(os.tmpdir(), "laomo-sandbox-host-"));
    store = await openKuzuStore({ dataDir, consoleWorker: { sandbox: "on", workers: 1 } });
    await store.replaceGraph(buildTestGraph());
    const name = readCurrent(path.join(dataDir, "kuzu"));
    if (!name) throw new Error("no generation");
    gen = path.join(dataDir, "kuzu", name);
    const p = store.consoleWorker;
    if (!p) throw new Error("no console pool");
    pool = p;
    control = new ConsolePool({ sandbox: "off", workers: 1, hide: [dataDir] });
    writeFileSync(path.join(hostDir, "secret.csv"), `${marker}\n`);
    writeFileSync(path.join(dataDir, "secret.csv"), `${marker}\n`);
    // A real shared library stored in the data dir, as an upload would be.
    const lib = ["/usr/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/aarch64-linux-gnu/libz.so.1"].find(
      existsSync,
    );
    if (lib) copyFileSync(lib, path.join(dataDir, "upload.kuzu_extension"));
    else writeFileSync(path.join(dataDir, "upload.kuzu_extension"), "\x7fELF");
  });

  afterAll(async () => {
    await control?.close();
    await store?.close();
    for (const d of [dataDir, hostDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it("is active and answers ordinary queries", async () => {
    expect(await pool.sandbox()).toMatchObject({ active: true, reason: "bubblewrap" });
    expect((await run("MATCH (p:Person) RETURN count(p) AS n")).rows).toEqual([[3]]);
    expect((await control.sandbox()).active).toBe(false);
  });

  it("the worker has its own network and mount namespaces", () => {
    const [root] = pool.pids;
    if (!root) throw new Error("no worker");
    const nodePid = tree([root]).find(
      (p) => p !== root && readlinkSync(`/proc/${p}/exe`) === process.execPath,
    );
    if (!nodePid) throw new Error("no node process under bwrap");
    for (const ns of ["net", "mnt", "pid"]) {
      expect(readlinkSync(`/proc/${nodePid}/ns/${ns}`)).not.toBe(readlinkSync(`/proc/self/ns/${ns}`));
    }
  });

  it("LOAD FROM a host file or a data-dir file does not return its contents", async () => {
    for (const file of [path.join(hostDir, "secret.csv"), path.join(dataDir, "secret.csv"), "/etc/passwd"]) {
      const r = await outcome(run(`LOAD FROM '${file}' RETURN *`));
      expect(r.ok).toBe(false);
      expect(r.text).not.toContain(marker);
      expect(r.text).not.toMatch(/root:/);
    }
    // Control: without the sandbox the same raw query reads the file.
    const c = await outcome(
      control.run(gen, `LOAD FROM '${path.join(hostDir, "secret.csv")}' RETURN *`, {}, LIMITS),
    );
    expect(c.text).toContain(marker);
  });

  it("COPY … TO and EXPORT DATABASE leave nothing on the host disk", async () => {
    const targets = [
      path.join(hostDir, "out.csv"),
      path.join(dataDir, "out.csv"),
      path.join(os.tmpdir(), `laomo-sandbox-${marker}.csv`),
    ];
    for (const t of targets) {
      expect((await outcome(run(`COPY (RETURN 1 AS x) TO '${t}'`))).ok).toBe(false);
      expect(existsSync(t)).toBe(false);
    }
    for (const t of [path.join(hostDir, "dump"), path.join(dataDir, "dump")]) {
      expect((await outcome(run(`EXPORT DATABASE '${t}'`))).ok).toBe(false);
      expect(existsSync(t)).toBe(false);
    }
    // Control: without the sandbox COPY TO does write.
    const c = path.join(hostDir, "control.csv");
    await control.run(gen, `COPY (RETURN 1 AS x) TO '${c}'`, {}, LIMITS);
    expect(existsSync(c)).toBe(true);
  });

  it("LOAD EXTENSION from the data dir and INSTALL fail; the worker's process tree does not grow", async () => {
    const before = tree(pool.pids);
    for (const q of [
      `LOAD EXTENSION '${path.join(dataDir, "upload.kuzu_extension")}'`,
      "INSTALL httpfs",
      "INSTALL json",
      "LOAD EXTENSION httpfs",
      "UPDATE httpfs",
    ]) {
      const r = await outcome(run(q));
      if (q === "INSTALL json") {
        // kuzu 0.11.3 links json statically: INSTALL answers without touching disk or network.
        expect(r.text).toMatch(/statically linked|error/i);
      } else {
        expect(r.ok, q).toBe(false);
      }
    }
    expect(readdirSync(hostDir).sort()).toEqual(["control.csv", "secret.csv"]);
    // Still the same processes (bwrap, its init, node and tsx's esbuild service): nothing spawned.
    expect(tree(pool.pids)).toEqual(before);
    expect((await run("RETURN 1 AS one")).rows).toEqual([[1]]);
  });
});
