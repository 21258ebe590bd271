/**
 * A kill -9 in the middle of an incremental write: the ingest CLI runs as a child process that
 * `LAOMO_TEST_KILL_IN_DELTA` makes SIGKILL itself after a few delta statements. The previous
 * graph stays readable as it was, and running the same ingest again completes it, equal to a
 * rebuild of the same inputs. The same when `LAOMO_TEST_KILL_IN_SAVE` kills it between writing
 * the new shards of the resolution state or of the entity index and committing their manifest
 * (ingest/keyed-store.ts): the state as it was still loads, whole.
 */
import { spawn } from "node:child_process";
import { copyFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dumpGraph, type GraphDump } from "../cypher/graph-dump.ts";
import { openKuzuStore } from "../cypher/kuzu-store.ts";
import { loadState } from "./resolve/partial.ts";
import { useTempDirs } from "./test-temp-dirs.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TSX = path.join(repoRoot, "node_modules", ".bin", "tsx");
const corpus = path.join(repoRoot, "samples/corpus");

const tempDir = useTempDirs();

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function ingest(dataDir: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["ingest/cli/ingest.ts", ...args], {
      cwd: repoRoot,
      env: { ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

async function dumpOf(dataDir: string): Promise<GraphDump> {
  const store = await openKuzuStore({ dataDir, readOnly: true, consoleWorker: false });
  try {
    return await dumpGraph(store);
  } finally {
    await store.close();
  }
}

/** The sample articles `start` to `end` (by sorted name) copied into a fresh input folder. */
async function corpusSlice(start: number, end: number): Promise<string[]> {
  const names = (await readdir(corpus)).sort().slice(start, end);
  const input = await tempDir("laomo-in-");
  for (const n of names) await copyFile(path.join(corpus, n), path.join(input, n));
  return names.map((n) => path.join(input, n));
}

describe("incremental ingest killed with SIGKILL", () => {
  it("leaves the previous graph readable, and the re-run completes", async () => {
    const files = await corpusSlice(10, 14);
    const dataDir = await tempDir("laomo-data-");

    const first = await ingest(dataDir, files.slice(0, 3));
    expect(first.code, first.stderr).toBe(0);
    const before = await dumpOf(dataDir);
    expect(before.nodes.length).toBeGreaterThan(0);

    const killed = await ingest(dataDir, [files[3]!], { LAOMO_TEST_KILL_IN_DELTA: "3" });
    // tsx passes its child's signal on, or reports it as a failed exit.
    expect(killed.signal === "SIGKILL" || (killed.code !== null && killed.code !== 0)).toBe(true);
    expect(killed.stdout).not.toContain("Write:");
    expect(await dumpOf(dataDir)).toEqual(before);

    const rerun = await ingest(dataDir, [files[3]!]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain("Write: incremental");

    const refDir = await tempDir("laomo-ref-");
    const ref = await ingest(refDir, [...files, "--rebuild"]);
    expect(ref.code, ref.stderr).toBe(0);
    expect(ref.stdout).toContain("Write: full rebuild");
    expect(await dumpOf(dataDir)).toEqual(await dumpOf(refDir));
  }, 400_000);

  it.each(["state", "graph-index"])(
    "killed while saving the %s store: the last committed one loads, and the re-run completes",
    async (folder) => {
      const files = await corpusSlice(20, 24);
      const dataDir = await tempDir("laomo-data-");

      const first = await ingest(dataDir, files.slice(0, 3));
      expect(first.code, first.stderr).toBe(0);
      const stateBefore = (await loadState(dataDir))!;
      const graphBefore = stateBefore.graph.toBatch();

      const killed = await ingest(dataDir, [files[3]!], { LAOMO_TEST_KILL_IN_SAVE: folder });
      expect(killed.signal === "SIGKILL" || (killed.code !== null && killed.code !== 0)).toBe(true);
      // The state the kill left: the one before when its save was cut, read whole without error.
      const left = (await loadState(dataDir))!;
      expect(left).not.toBeNull();
      if (folder === "state") {
        expect(left.revision).toBe(stateBefore.revision);
        expect(left.graph.toBatch().nodes.length).toBe(graphBefore.nodes.length);
      }
      expect((await dumpOf(dataDir)).nodes.length).toBeGreaterThan(0);

      const rerun = await ingest(dataDir, [files[3]!]);
      expect(rerun.code, rerun.stderr).toBe(0);
      const refDir = await tempDir("laomo-ref-");
      const ref = await ingest(refDir, [...files, "--rebuild"]);
      expect(ref.code, ref.stderr).toBe(0);
      expect(await dumpOf(dataDir)).toEqual(await dumpOf(refDir));
      // And the next page after it goes in incrementally again.
      const again = await ingest(dataDir, [files[0]!]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain("Write: incremental");
    },
    400_000,
  );
});
