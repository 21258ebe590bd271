/**
 * Offline replay for the CLI and the gold export: the journal resolved and the corrections log
 * applied in memory (no store), and importing entries from another log (JSONL), skipping those
 * already present by id.
 */
import { Journal } from "../journal.ts";
import { resolveGraph } from "../resolve/index.ts";
import { type AppliedCorrections, applyCorrections } from "./apply-corrections.ts";
import { CorrectionLog, type LogRead } from "./log.ts";
import { CorrectionEntry } from "./types.ts";

export async function replayDataDir(dataDir: string): Promise<AppliedCorrections & { log: LogRead }> {
  const extractions = await new Journal(dataDir).readAll();
  const log = await new CorrectionLog(dataDir).read();
  return { ...applyCorrections(resolveGraph(extractions).batch, log.entries), log };
}

export interface ImportResult {
  added: number;
  skipped: number;
  /** Lines that are not valid entries (line number, reason): nothing is imported when any. */
  bad: { line: number; reason: string }[];
}

/** Append the entries of a JSONL text that the log does not hold yet (all or nothing). */
export async function importEntries(dataDir: string, text: string): Promise<ImportResult> {
  const entries: CorrectionEntry[] = [];
  const bad: ImportResult["bad"] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const r = CorrectionEntry.safeParse(JSON.parse(line));
      if (r.success) entries.push(r.data);
      else bad.push({ line: i + 1, reason: r.error.issues[0]?.message ?? "invalid entry" });
    } catch {
      bad.push({ line: i + 1, reason: "not JSON" });
    }
  });
  if (bad.length > 0) return { added: 0, skipped: 0, bad };
  const log = new CorrectionLog(dataDir);
  const have = new Set((await log.read()).entries.map((e) => e.id));
  const fresh = entries.filter((e) => !have.has(e.id));
  await log.append(fresh);
  return { added: fresh.length, skipped: entries.length - fresh.length, bad };
}
