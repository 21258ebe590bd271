/**
 * Offline replay for the CLI and the gold export: the journal resolved and the corrections log
 * applied in memory (no store), and importing entries from another log (JSONL), skipping those
 * already present by id.
 */
import { Journal } from "../journal.ts";
import { resolveGraph } from "../resolve/index.ts";
import { type AppliedCorrections, applyCorrections } from "./apply-corrections.ts";
import { CorrectionLog, type LogRead, parseEntries } from "./log.ts";

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
  const { entries, bad } = parseEntries(text);
  if (bad.length > 0) return { added: 0, skipped: 0, bad };
  const log = new CorrectionLog(dataDir);
  const have = new Set((await log.read()).entries.map((e) => e.id));
  const fresh = entries.filter((e) => !have.has(e.id));
  await log.append(fresh);
  return { added: fresh.length, skipped: entries.length - fresh.length, bad };
}
