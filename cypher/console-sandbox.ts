/**
 * The console worker's OS sandbox (Debian's bubblewrap): the worker sees only the node binary,
 * system libraries, the repo's code and node_modules, and the ONE database generation it reads,
 * all read-only; the data dir is hidden; no network, empty read-only /tmp, no capabilities.
 * `LAOMO_CONSOLE_SANDBOX=auto|on|off`: auto uses bwrap when it exists and a probe run succeeds.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export type SandboxMode = "auto" | "on" | "off";

export interface SandboxState {
  mode: SandboxMode;
  /** True when console workers run inside bubblewrap. */
  active: boolean;
  /** One line for humans (no server paths): why it is active or not. */
  reason: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(here, "..");
export const WORKER_ENTRY = path.join(here, "run-console-worker.ts");
/** What the worker imports: its code, the model, node_modules, and the files tsx and node read. */
const REPO_PATHS = ["node_modules", "cypher", "model", "package.json", "tsconfig.json"];
/** The IPC channel's fd in the worker (index of "ipc" in the stdio array). */
const IPC_FD = 3;
const PROBE_LIMIT_MS = 20_000;

/** Node flags that let a child process run TypeScript (the tsx loader). */
export function tsxExecArgv(): string[] {
  const loader = createRequire(import.meta.url).resolve("tsx");
  return ["--import", pathToFileURL(loader).href];
}

/** The bwrap binary, or null when bubblewrap is not installed. */
export function findBwrap(): string | null {
  const dirs = [...(process.env.PATH ?? "").split(":").filter(Boolean), "/usr/bin", "/bin"];
  for (const dir of dirs) {
    const p = path.join(dir, "bwrap");
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * bwrap's arguments for a worker that reads generation `file` (null for the probe); `hide` are
 * folders (the data dir) that must look empty inside even when a bound path would contain them.
 */
export function sandboxArgs(file: string | null, hide: readonly string[]): string[] {
  const nodeDir = path.dirname(realpathSync(process.execPath));
  const args = [
    "--unshare-all",
    "--die-with-parent",
    "--new-session",
    "--cap-drop",
    "ALL",
    "--clearenv",
    "--setenv",
    "NODE_CHANNEL_FD",
    String(IPC_FD),
    "--setenv",
    "NODE_CHANNEL_SERIALIZATION_MODE",
    "advanced",
    "--setenv",
    "TSX_DISABLE_CACHE",
    "1",
    "--ro-bind",
    "/usr",
    "/usr",
    "--symlink",
    "usr/lib",
    "/lib",
    "--symlink",
    "usr/lib64",
    "/lib64",
    "--symlink",
    "usr/bin",
    "/bin",
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--tmpfs",
    "/tmp",
  ];
  if (!nodeDir.startsWith("/usr/")) args.push("--ro-bind", nodeDir, nodeDir);
  for (const p of REPO_PATHS) args.push("--ro-bind-try", path.join(REPO_ROOT, p), path.join(REPO_ROOT, p));
  for (const dir of hide) args.push("--tmpfs", path.resolve(dir));
  if (file) {
    const f = path.resolve(file);
    args.push("--ro-bind", f, f, "--ro-bind-try", `${f}.wal`, `${f}.wal`);
  }
  for (const dir of hide) args.push("--remount-ro", path.resolve(dir));
  args.push("--remount-ro", "/dev", "--remount-ro", "/tmp", "--remount-ro", "/", "--chdir", REPO_ROOT);
  return args;
}

/**
 * Runs a tiny node script in the sandbox once, over the same IPC channel the worker uses;
 * resolves with null when it answered, else with a one-line reason.
 */
function probe(bwrap: string, hide: readonly string[]): Promise<string | null> {
  return new Promise((resolve) => {
    const script = 'process.send("sandboxed", () => process.exit(0))';
    const args = [...sandboxArgs(null, hide), "--", process.execPath, "-e", script];
    let stderr = "";
    let answered = false;
    const child = spawn(bwrap, args, {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), PROBE_LIMIT_MS);
    child.on("message", (m) => {
      answered = m === "sandboxed";
    });
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve(`bubblewrap could not be started (${e.message})`);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && answered) resolve(null);
      else {
        // bwrap's own message, with paths left out (the reason reaches /api/health).
        const line = (stderr.trim().split("\n")[0] ?? "").replace(/\/[^\s:'"]*/g, "…").slice(0, 160);
        resolve(`the bubblewrap probe failed (${signal ?? `exit ${code}`}${line ? `: ${line}` : ""})`);
      }
    });
  });
}

const probes = new Map<string, Promise<string | null>>();

/** Decides (once per process and bwrap binary) whether console workers run sandboxed. */
export async function resolveSandbox(mode: SandboxMode, hide: readonly string[] = []): Promise<SandboxState> {
  if (mode === "off") return { mode, active: false, reason: "disabled (LAOMO_CONSOLE_SANDBOX=off)" };
  const bwrap = findBwrap();
  if (!bwrap) return { mode, active: false, reason: "bubblewrap (bwrap) is not installed" };
  let p = probes.get(bwrap);
  if (!p) {
    p = probe(bwrap, hide);
    probes.set(bwrap, p);
  }
  const failure = await p;
  if (failure) return { mode, active: false, reason: failure };
  return { mode, active: true, reason: "bubblewrap" };
}

/** Starts one console worker for generation `file`: inside bwrap when `sandboxed`, else a plain fork. */
export function launchWorker(file: string, sandboxed: boolean, hide: readonly string[]): ChildProcess {
  const stdio: ["ignore", "inherit", "inherit", "ipc"] = ["ignore", "inherit", "inherit", "ipc"];
  const nodeArgs = [...tsxExecArgv(), WORKER_ENTRY, file];
  if (!sandboxed) return spawn(process.execPath, nodeArgs, { stdio, serialization: "advanced" });
  const bwrap = findBwrap();
  if (!bwrap) throw new Error("launchWorker: bubblewrap is not installed");
  const args = [...sandboxArgs(file, hide), "--", process.execPath, ...nodeArgs];
  return spawn(bwrap, args, { stdio, serialization: "advanced" });
}

/** The console sandbox state of any store (stores without console workers report inactive). */
export async function consoleSandboxOf(store: object): Promise<SandboxState> {
  const s = store as { consoleSandbox?: () => Promise<SandboxState> };
  if (typeof s.consoleSandbox === "function") return s.consoleSandbox();
  return { mode: "off", active: false, reason: "console queries run on the Neo4j server" };
}
