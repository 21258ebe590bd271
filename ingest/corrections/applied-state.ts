/**
 * What the last rebuild made of the corrections log, kept beside it in
 * `<dataDir>/corrections/applied.json` (written atomically): each entry's outcome (applied,
 * orphaned with its reason, undone), the rejected facts (out of the graph, shown on request) and
 * the log lines that did not parse.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RejectedFact } from "./apply-corrections.ts";
import { CORRECTIONS_DIR } from "./log.ts";
import type { EntryOutcome } from "./types.ts";

export const APPLIED_FILE = "applied.json";

export interface AppliedState {
  at: string;
  outcomes: EntryOutcome[];
  rejected: RejectedFact[];
  badLines: { line: number; reason: string }[];
}

export function appliedStateFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), CORRECTIONS_DIR, APPLIED_FILE);
}

export async function writeAppliedState(dataDir: string, state: AppliedState): Promise<void> {
  const file = appliedStateFile(dataDir);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(state));
  await rename(tmp, file);
}

export async function readAppliedState(dataDir: string): Promise<AppliedState> {
  try {
    return JSON.parse(await readFile(appliedStateFile(dataDir), "utf8")) as AppliedState;
  } catch {
    return { at: "", outcomes: [], rejected: [], badLines: [] };
  }
}
