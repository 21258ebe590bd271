/**
 * Builds the client bundle (client/dist) with Vite's JS API when it is missing or older
 * than any source file. The server's start-up calls `ensureClientBuilt()`; the CLI form
 * `npx tsx client/build.ts [--force]` builds from a shell.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CLIENT_DIR = path.dirname(fileURLToPath(import.meta.url));
export const CLIENT_DIST = path.join(CLIENT_DIR, "dist");
const MODEL_TYPES = path.join(CLIENT_DIR, "..", "model", "types.ts");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** True when client/dist/index.html is missing or older than a client source. */
export function clientBuildIsStale(): boolean {
  const index = path.join(CLIENT_DIST, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = Math.max(
    newestMtime(path.join(CLIENT_DIR, "src")),
    statSync(path.join(CLIENT_DIR, "index.html")).mtimeMs,
    statSync(path.join(CLIENT_DIR, "vite.config.ts")).mtimeMs,
    existsSync(MODEL_TYPES) ? statSync(MODEL_TYPES).mtimeMs : 0,
  );
  return sources > built;
}

/**
 * Build the client with Vite (config: client/vite.config.ts) into a temporary folder, then
 * swap it in, so a server (or another process) never serves a half-written dist.
 */
export async function buildClient(): Promise<void> {
  const { build } = await import("vite");
  // Under client/.tmp/ (git-ignored), on the same filesystem as dist so renames are atomic.
  const scratch = path.join(CLIENT_DIR, ".tmp");
  mkdirSync(scratch, { recursive: true });
  const tmp = path.join(scratch, `dist-${process.pid}-${Date.now()}`);
  const old = path.join(scratch, `old-${process.pid}-${Date.now()}`);
  try {
    await build({
      root: CLIENT_DIR,
      configFile: path.join(CLIENT_DIR, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir: tmp, emptyOutDir: true },
    });
    if (existsSync(CLIENT_DIST)) renameSync(CLIENT_DIST, old);
    renameSync(tmp, CLIENT_DIST);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

let pending: Promise<void> | null = null;

/** Build client/dist if it is missing or stale; concurrent callers share one build. */
export function ensureClientBuilt(opts: { force?: boolean } = {}): Promise<void> {
  if (!opts.force && !clientBuildIsStale()) return Promise.resolve();
  pending ??= buildClient().finally(() => {
    pending = null;
  });
  return pending;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  ensureClientBuilt({ force: process.argv.includes("--force") }).then(
    () => console.log(`client: ${CLIENT_DIST} ready in ${Date.now() - started} ms`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
