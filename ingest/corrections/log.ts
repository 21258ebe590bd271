/**
 * The append-only corrections log, `<dataDir>/corrections/log.jsonl`: one JSON entry a line.
 * Appends are serialised within the process and each entry is one `O_APPEND` write, so two
 * writers (two requests, or the server and the CLI) never lose or interleave a line. A line that
 * does not parse (a torn write after a crash) is reported, never silently dropped.
 */
import { randomUUID } from "node:crypto";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { AsyncLock } from "../../cypher/async-lock.ts";
import { CorrectionEntry } from "./types.ts";

export const CORRECTIONS_DIR = "corrections";
export const LOG_FILE = "log.jsonl";

export interface LogRead {
  entries: CorrectionEntry[];
  /** Lines that do not parse, by line number (1-based). */
  bad: { line: number; reason: string }[];
}

/** A fresh entry id. */
export function newEntryId(): string {
  return `c_${randomUUID()}`;
}

const locks = new Map<string, AsyncLock>();

export class CorrectionLog {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(path.resolve(dataDir), CORRECTIONS_DIR, LOG_FILE);
  }

  private lock(): AsyncLock {
    let lock = locks.get(this.file);
    if (!lock) {
      lock = new AsyncLock();
      locks.set(this.file, lock);
    }
    return lock;
  }

  /** Validate and append entries (in order); returns them as written. */
  async append(entries: readonly CorrectionEntry[]): Promise<CorrectionEntry[]> {
    const parsed = entries.map((e) => CorrectionEntry.parse(e));
    if (parsed.length === 0) return parsed;
    const text = parsed.map((e) => `${JSON.stringify(e)}\n`).join("");
    await this.lock().run(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, text, { flag: "a", mode: 0o600 });
    });
    return parsed;
  }

  async read(): Promise<LogRead> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], bad: [] };
      throw e;
    }
    return parseEntries(text, "not JSON (a torn write?)");
  }
}

/** The entries of a JSONL text, and the lines that are no entry (by line number, with why). */
export function parseEntries(text: string, notJson = "not JSON"): LogRead {
  const entries: CorrectionEntry[] = [];
  const bad: LogRead["bad"] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const r = CorrectionEntry.safeParse(JSON.parse(line));
      if (r.success) entries.push(r.data);
      else bad.push({ line: i + 1, reason: r.error.issues[0]?.message ?? "invalid entry" });
    } catch {
      bad.push({ line: i + 1, reason: notJson });
    }
  });
  return { entries, bad };
}
