/**
 * The standby generation of the embedded store. A delta write used to copy the live generation's
 * database file and apply the delta to the copy (seconds at 100k articles where the file system
 * has no copy-on-write clones). Instead, the generation that was live before a write is kept as
 * the standby, with the delta that brings it to the live one; the next delta write renames the
 * standby to its new generation, replays that delta and then applies its own: two pages' statements
 * (a few hundred milliseconds) instead of a copy of the whole file. A full rebuild starts the chain
 * with a copy of its new generation (made after the switch, beside the index write).
 *
 * The marker `<root>/STANDBY` names the standby, the live generation it is one delta behind and
 * whether `<root>/STANDBY.delta.json` holds that delta. It is removed before the standby is touched,
 * so a crash leaves no claim: the renamed, half-written file is not CURRENT and the next writer
 * removes it as stale (kuzu-generations.ts `removeStale`), and that write falls back to a copy. A
 * standby another process still reads (a console worker of the old generation, a read-only
 * server started before the switch) cannot be opened read-write (kuzu's file lock): the write
 * falls back to a copy then too.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { GraphDelta } from "./graph-delta.ts";
import { isGenerationName, removeGeneration, renameGeneration } from "./kuzu-generations.ts";

const MARKER = "STANDBY";
const DELTA_FILE = "STANDBY.delta.json";

export interface StandbyMarker {
  /** The standby generation's name. */
  standby: string;
  /** The live generation the standby is one delta (or none) behind. */
  live: string;
  /** Whether `STANDBY.delta.json` holds the delta from the standby to `live` (false: they are equal). */
  delta: boolean;
}

/** What a claimed standby needs before a new delta: the delta to the live generation (null: none). */
export interface ClaimedStandby {
  replay: GraphDelta | null;
}

/** Writes `text` to `file` atomically (temp file + rename). */
function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** The marker, or null when there is none or it does not parse as one. */
export function readStandby(root: string): StandbyMarker | null {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path.join(root, MARKER), "utf8"));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { standby, live, delta } = value as Record<string, unknown>;
  if (typeof standby !== "string" || typeof live !== "string" || typeof delta !== "boolean") return null;
  if (!isGenerationName(standby) || !isGenerationName(live) || standby === live) return null;
  return { standby, live, delta };
}

/** The standby of generation `live` when there is one on disk (for the sets of files to keep). */
export function standbyOf(root: string, live: string): string | null {
  const m = readStandby(root);
  return m && m.live === live && existsSync(path.join(root, m.standby)) ? m.standby : null;
}

/** Removes the marker, the delta file and the standby generation, whatever they name. */
export function dropStandby(root: string): void {
  const m = readStandby(root);
  rmSync(path.join(root, MARKER), { force: true });
  rmSync(path.join(root, DELTA_FILE), { force: true });
  if (m) removeGeneration(root, m.standby);
}

/**
 * Makes generation `standby` the standby of `live`, `delta` bringing it there (null: the two are
 * equal). The delta file is written before the marker that makes it count.
 */
export function keepStandby(root: string, standby: string, live: string, delta: GraphDelta | null): void {
  rmSync(path.join(root, MARKER), { force: true });
  if (delta) writeAtomic(path.join(root, DELTA_FILE), JSON.stringify(delta));
  else rmSync(path.join(root, DELTA_FILE), { force: true });
  writeAtomic(path.join(root, MARKER), JSON.stringify({ standby, live, delta: delta !== null }));
}

/**
 * Takes the standby of generation `live` for a write: the marker goes first, then the standby's
 * files are renamed to generation `to`; returns the delta to replay, or null (nothing done) when
 * there is no usable standby of `live` (any other standby is removed).
 */
export function claimStandby(root: string, live: string, to: string): ClaimedStandby | null {
  const m = readStandby(root);
  rmSync(path.join(root, MARKER), { force: true });
  if (!m) return null;
  const deltaFile = path.join(root, DELTA_FILE);
  let replay: GraphDelta | null = null;
  try {
    if (m.live !== live || !existsSync(path.join(root, m.standby))) throw new Error("not the live one's");
    if (m.delta) replay = JSON.parse(readFileSync(deltaFile, "utf8")) as GraphDelta;
  } catch {
    removeGeneration(root, m.standby);
    return null;
  } finally {
    rmSync(deltaFile, { force: true });
  }
  renameGeneration(root, m.standby, to);
  return { replay };
}
