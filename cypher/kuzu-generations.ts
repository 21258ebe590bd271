/**
 * Database generations of the embedded store: every replaceGraph writes a new folder
 * `<root>/g-<timestamp>-<rand>`; `<root>/CURRENT` names the live one and is switched atomically
 * (write temp + rename). Stale generations and staging folders are removed after a switch.
 */
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

const GEN_RE = /^g-[0-9]{8}T[0-9]{9}-[0-9a-f]{6}$/;

export function isGenerationName(name: string): boolean {
  return GEN_RE.test(name);
}

export function newGenerationName(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:.Z]/g, "")
    .slice(0, 18);
  return `g-${stamp}-${randomBytes(3).toString("hex")}`;
}

/** The live generation named by CURRENT (null when there is none or it points nowhere). */
export function readCurrent(root: string): string | null {
  const file = path.join(root, "CURRENT");
  if (!existsSync(file)) return null;
  const name = readFileSync(file, "utf8").trim();
  if (!isGenerationName(name) || !existsSync(path.join(root, name))) return null;
  return name;
}

/** Points CURRENT at `name` atomically. */
export function writeCurrent(root: string, name: string): void {
  mkdirSync(root, { recursive: true });
  const tmp = path.join(root, `CURRENT.${process.pid}.tmp`);
  writeFileSync(tmp, `${name}\n`);
  renameSync(tmp, path.join(root, "CURRENT"));
}

/** Removes generation and staging folders other than `keep` (and those in `inUse`). */
export function removeStale(root: string, keep: ReadonlySet<string>): string[] {
  if (!existsSync(root)) return [];
  const removed: string[] = [];
  for (const entry of readdirSync(root)) {
    const base = entry.replace(/\.(staging|wal|lock|shadow|tmp)$/, "");
    const isGen = isGenerationName(base) || /^CURRENT\.[0-9]+\.tmp$/.test(entry);
    if (!isGen || keep.has(base)) continue;
    rmSync(path.join(root, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

/** The entries of generation `name` in `root`: its database file or folder and its side files. */
function generationEntries(root: string, name: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((entry) => entry === name || entry.startsWith(`${name}.`));
}

/** Removes one generation's database folder/file and its side files. */
export function removeGeneration(root: string, name: string): void {
  for (const entry of generationEntries(root, name))
    rmSync(path.join(root, entry), { recursive: true, force: true });
}

/** Renames generation `from`'s database file and side files to `to` (its lock file is removed). */
export function renameGeneration(root: string, from: string, to: string): void {
  for (const entry of generationEntries(root, from)) {
    const src = path.join(root, entry);
    if (entry.endsWith(".lock")) rmSync(src, { force: true });
    else renameSync(src, path.join(root, `${to}${entry.slice(from.length)}`));
  }
}

/** [source, target] of each file of generation `from` (the lock file left out) copied to generation `to`. */
export function generationCopies(root: string, from: string, to: string): [string, string][] {
  return generationEntries(root, from)
    .filter((entry) => !entry.endsWith(".lock") && statSync(path.join(root, entry)).isFile())
    .map((entry) => [path.join(root, entry), path.join(root, `${to}${entry.slice(from.length)}`)]);
}
