/**
 * Regression baseline: the facts extracted from every fixture and sample input, one file per
 * input under eval/baseline/<fixtures|samples>/<input file name>.json. Facts only — no text,
 * no evidence offsets, no rule ids — in a stable order (articles in page order, everything
 * inside sorted, an event referred to by name), pretty-printed so a diff reads well.
 * `npm run eval -- --update-baseline` writes them; eval/baseline.test.ts compares.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ArticleExtraction } from "../ingest/types.ts";
import { extractFile } from "./extract-file.ts";

export const BASELINE_GROUPS = ["fixtures", "samples"] as const;
export type BaselineGroup = (typeof BASELINE_GROUPS)[number];

export interface BaselineInput {
  group: BaselineGroup;
  /** File name of the input; the baseline file is `<name>.json`. */
  name: string;
  /** Absolute path. */
  file: string;
}

export interface BaselineArticle {
  title: string;
  untitled: boolean;
  credits: { name: string; role: string }[];
  events: {
    name: string;
    date: string | null;
    theme: string | null;
    campaign: string | null;
    venues: string[];
    organizers: { org: string; orgType: string; role: string | null }[];
  }[];
  persons: {
    name: string;
    honours: { name: string; level: string | null; year: number | null }[];
    employers: { org: string; orgType: string; jobTitle: string | null }[];
    spokeAt: { event: string | null; talkTitle: string | null }[];
    aliases: string[];
  }[];
  collectives: {
    name: string;
    honours: { name: string; level: string | null; year: number | null }[];
    spokeAt: { event: string | null; talkTitle: string | null }[];
  }[];
}

export interface BaselineFile {
  /** The input, relative to the repository root. */
  input: string;
  articles: BaselineArticle[];
}

const INPUT_DIRS: Record<BaselineGroup, string> = {
  fixtures: "fixtures/articles",
  samples: "samples/corpus",
};
const isInput = (group: BaselineGroup, name: string) =>
  group === "samples" ? name.endsWith(".txt") : !name.startsWith(".") && !name.endsWith(".json");

/** Every fixture input file and every sample page, in name order. */
export function baselineInputs(repoRoot: string): BaselineInput[] {
  return BASELINE_GROUPS.flatMap((group) => {
    const dir = path.join(repoRoot, INPUT_DIRS[group]);
    return readdirSync(dir)
      .filter((name) => isInput(group, name))
      .sort()
      .map((name) => ({ group, name, file: path.join(dir, name) }));
  });
}

export const baselineDir = (repoRoot: string) => path.join(repoRoot, "eval/baseline");
export const baselinePath = (repoRoot: string, input: Pick<BaselineInput, "group" | "name">) =>
  path.join(baselineDir(repoRoot), input.group, `${input.name}.json`);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Sorts by the JSON of each element: a total, stable order that does not depend on the extractor's. */
const sorted = <T>(xs: T[]): T[] => {
  const seen = new Set<string>();
  return xs
    .map((x) => [JSON.stringify(x), x] as const)
    .filter(([k]) => {
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort(([a], [b]) => cmp(a, b))
    .map(([, x]) => x);
};

export function factsOf(x: ArticleExtraction): BaselineArticle {
  const eventName = (key: string) => x.events.find((e) => e.key === key)?.name ?? null;
  const honours = (hs: ArticleExtraction["persons"][number]["honours"]) =>
    sorted(hs.map((h) => ({ name: h.name, level: h.level, year: h.year })));
  const spokeAt = (ss: ArticleExtraction["persons"][number]["spokeAt"]) =>
    sorted(ss.map((s) => ({ event: eventName(s.eventKey), talkTitle: s.talkTitle })));
  return {
    title: x.title,
    untitled: x.untitled === true,
    credits: sorted(x.credits.map((c) => ({ name: c.name, role: c.role }))),
    events: sorted(
      x.events.map((e) => ({
        name: e.name,
        date: e.date,
        theme: e.theme,
        campaign: e.campaign,
        venues: sorted(e.venues.map((v) => v.name)),
        organizers: sorted(e.organizers.map((o) => ({ org: o.org, orgType: o.orgType, role: o.role }))),
      })),
    ),
    persons: sorted(
      x.persons.map((p) => ({
        name: p.name,
        honours: honours(p.honours),
        employers: sorted(p.employers.map((e) => ({ org: e.org, orgType: e.orgType, jobTitle: e.jobTitle }))),
        spokeAt: spokeAt(p.spokeAt),
        aliases: sorted(p.aliases.map((a) => a.alias)),
      })),
    ),
    collectives: sorted(
      x.collectives.map((c) => ({ name: c.name, honours: honours(c.honours), spokeAt: spokeAt(c.spokeAt) })),
    ),
  };
}

export async function extractBaseline(repoRoot: string, input: BaselineInput): Promise<BaselineFile> {
  const { articles } = await extractFile(input.file);
  return {
    input: path.relative(repoRoot, input.file).split(path.sep).join("/"),
    articles: articles.map(factsOf),
  };
}

export const serialise = (b: BaselineFile) => `${JSON.stringify(b, null, 2)}\n`;

export function readBaseline(repoRoot: string, input: BaselineInput): BaselineFile | null {
  const file = baselinePath(repoRoot, input);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as BaselineFile) : null;
}

const q = (s: string | null) => (s === null ? "–" : s);

/** One line per fact, each naming its article, for a readable diff. */
export function factLines(b: BaselineFile): string[] {
  const out: string[] = [];
  const titles = new Map<string, number>();
  for (const a of b.articles) {
    const n = (titles.get(a.title) ?? 0) + 1;
    titles.set(a.title, n);
    const at = `«${a.title}»${n > 1 ? ` (${n})` : ""}`;
    out.push(`${at} article${a.untitled ? " (untitled)" : ""}`);
    for (const c of a.credits) out.push(`${at} credit ${c.role} ${c.name}`);
    for (const e of a.events) {
      const ev = `${at} event ${e.name}`;
      out.push(`${ev} · date ${q(e.date)} · theme ${q(e.theme)} · campaign ${q(e.campaign)}`);
      for (const v of e.venues) out.push(`${ev} · venue ${v}`);
      for (const o of e.organizers) out.push(`${ev} · organiser ${o.org} (${q(o.role)}, ${o.orgType})`);
    }
    for (const p of a.persons) {
      const who = `${at} person ${p.name}`;
      out.push(who);
      for (const h of p.honours) out.push(`${who} · honour ${h.name} (${q(h.level)}, ${h.year ?? "–"})`);
      for (const e of p.employers)
        out.push(`${who} · employer ${e.org} (${e.orgType}, job ${q(e.jobTitle)})`);
      for (const s of p.spokeAt) out.push(`${who} · spoke at ${q(s.event)} · talk ${q(s.talkTitle)}`);
      for (const al of p.aliases) out.push(`${who} · alias ${al}`);
    }
    for (const c of a.collectives) {
      const who = `${at} collective ${c.name}`;
      out.push(who);
      for (const h of c.honours) out.push(`${who} · honour ${h.name} (${q(h.level)}, ${h.year ?? "–"})`);
      for (const s of c.spokeAt) out.push(`${who} · spoke at ${q(s.event)} · talk ${q(s.talkTitle)}`);
    }
  }
  return out;
}

export interface FactDiff {
  added: string[];
  removed: string[];
}

/** Multiset difference of the fact lines: what `actual` has more of, and less of. */
export function diffFacts(expected: BaselineFile, actual: BaselineFile): FactDiff {
  const count = new Map<string, number>();
  for (const l of factLines(expected)) count.set(l, (count.get(l) ?? 0) + 1);
  const added: string[] = [];
  for (const l of factLines(actual)) {
    const c = count.get(l) ?? 0;
    if (c > 0) count.set(l, c - 1);
    else added.push(l);
  }
  const removed = factLines(expected).filter((l) => {
    const c = count.get(l) ?? 0;
    if (c > 0) {
      count.set(l, c - 1);
      return true;
    }
    return false;
  });
  return { added, removed };
}

export function formatDiff(input: string, d: FactDiff): string {
  return [`${input}: ${d.added.length} fact(s) added, ${d.removed.length} removed`]
    .concat(
      d.removed.map((l) => `  - ${l}`),
      d.added.map((l) => `  + ${l}`),
    )
    .join("\n");
}

export interface UpdateSummary {
  written: number;
  changed: { input: string; diff: FactDiff | null }[];
  removed: string[];
}

/** Rewrites every baseline file, removes those of inputs that are gone; says what changed. */
export async function updateBaseline(repoRoot: string): Promise<UpdateSummary> {
  const inputs = baselineInputs(repoRoot);
  const summary: UpdateSummary = { written: 0, changed: [], removed: [] };
  for (const input of inputs) {
    const fresh = await extractBaseline(repoRoot, input);
    const old = readBaseline(repoRoot, input);
    const text = serialise(fresh);
    const file = baselinePath(repoRoot, input);
    if (!old || serialise(old) !== text)
      summary.changed.push({ input: fresh.input, diff: old ? diffFacts(old, fresh) : null });
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    summary.written++;
  }
  for (const group of BASELINE_GROUPS) {
    const dir = path.join(baselineDir(repoRoot), group);
    if (!existsSync(dir)) continue;
    const wanted = new Set(inputs.filter((i) => i.group === group).map((i) => `${i.name}.json`));
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".json") && !wanted.has(f))) {
      rmSync(path.join(dir, f));
      summary.removed.push(`${group}/${f}`);
    }
  }
  return summary;
}
