/**
 * Reports on the user's seed page (plus samples/corpus) ingested by the real pipeline: the
 * person report of the seed's two-honour person and the event report, in every format. All
 * expected values come from ../shared/eval/seed-gold.json at runtime (nothing from the seed is
 * written here). Skips only when ../shared is absent and CI is not "true".
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type GoldArticle,
  type GoldEvent,
  type GoldPerson,
  goldHonouree,
  loadSeedGraph,
  type SeedGraph,
  sameEventName,
  seedSuiteMode,
} from "../server/load-seed-graph.ts";
import { CHROMIUM_PATH } from "./chromium.ts";
import { buildReport, renderReport } from "./index.ts";
import { parseCsv } from "./open-test-store.ts";
import type { EventReport, PersonReport, ReportData, ReportFormat } from "./types.ts";

if (seedSuiteMode === "skip")
  console.warn("seed-report test SKIPPED: ../shared (seed page and gold) is absent");
const suite = seedSuiteMode === "run" ? describe : describe.skip;

function hasPdfTools(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return existsSync(CHROMIUM_PATH);
  } catch {
    return false;
  }
}
const pdfAvailable = hasPdfTools() || process.env.CI === "true";
if (!pdfAvailable) console.warn("seed-report PDF check SKIPPED: needs Chromium and pdftotext");

/** Text of a rendered report with markup removed and white space dropped, for `contains`. */
async function flatText(data: ReportData, format: ReportFormat, dir: string): Promise<string> {
  const out = await renderReport(data, format);
  let text: string;
  if (format === "pdf") {
    const file = path.join(dir, `${data.kind}.pdf`);
    writeFileSync(file, out.body);
    text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } else if (format === "html") {
    text = String(out.body)
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  } else if (format === "md") {
    text = String(out.body)
      .replace(/\*\*/g, "")
      .replace(/\\([\\`*_[\]<>|#~!])/g, "$1");
  } else if (format === "csv") {
    text = parseCsv(String(out.body))
      .map((row) => row.join("\n"))
      .join("\n");
  } else text = String(out.body);
  return text.replace(/\s+/g, "");
}

const flat = (s: string) => s.replace(/\s+/g, "");

/**
 * `needle` in `text`, or (PDF only) its characters in order within a short window: pdftotext
 * interleaves the lines of table cells that wrap, so a cell value comes out in pieces.
 */
function containsText(text: string, needle: string, format: ReportFormat): boolean {
  if (text.includes(needle)) return true;
  if (format !== "pdf" || needle.length === 0) return false;
  const chars = [...needle];
  const window = chars.length * 4;
  for (let start = text.indexOf(chars[0]!); start >= 0; start = text.indexOf(chars[0]!, start + 1)) {
    let at = start;
    let i = 1;
    for (; i < chars.length; i++) {
      at = text.indexOf(chars[i]!, at + 1);
      if (at < 0 || at - start > window) break;
    }
    if (i === chars.length) return true;
  }
  return false;
}

suite("reports on the seed graph", () => {
  let seed: SeedGraph;
  let gold: GoldArticle[] = [];
  let person: GoldPerson;
  let event: GoldEvent;
  let article: GoldArticle;
  let personReport: PersonReport;
  let eventReport: EventReport;
  const dir = mkdtempSync(path.join(tmpdir(), "laomo-seed-report-"));

  beforeAll(async () => {
    seed = await loadSeedGraph();
    gold = seed.gold;
    ({ person, event, article } = goldHonouree(gold));
    personReport = (await buildReport(seed.store, "person", person.name)) as PersonReport;
    const spoken = personReport.events.find((e) => sameEventName(e.event.name, event.name));
    if (spoken) eventReport = (await buildReport(seed.store, "event", spoken.event.id)) as EventReport;
  });
  afterAll(async () => {
    await seed?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("builds the person report with both honours, the employer, the event and its organisers (json)", async () => {
    const json = JSON.parse(String((await renderReport(personReport, "json")).body)) as PersonReport;
    expect(json.person.name).toBe(person.name);
    for (const spellings of person.honours)
      expect(
        json.honours.some((h) => spellings.includes(h.name)),
        `honour ${spellings[0]}`,
      ).toBe(true);
    for (const spellings of person.employers)
      expect(
        json.employers.some((e) => spellings.includes(e.name)),
        `employer ${spellings[0]}`,
      ).toBe(true);
    const spoken = json.events.find((e) => sameEventName(e.event.name, event.name));
    expect(spoken, "the gold event").toBeDefined();
    for (const o of event.organizers) {
      const found = spoken!.event.organisers.find((x) => o.org.includes(x.name));
      expect(found, `organiser ${o.org[0]}`).toBeDefined();
      expect(found!.role).toBe(o.role);
    }
    // Every honour is cited by a sentence naming the person.
    for (const h of json.honours) {
      expect(h.evidence.length).toBeGreaterThan(0);
      expect(h.evidence.some((e) => e.sentence.includes(person.name))).toBe(true);
    }
    expect(json.sources.map((s) => s.title)).toContain(
      json.sources.find((s) => flat(s.title) === flat(article.title))?.title ?? article.title,
    );
  });

  for (const format of ["html", "md", "csv", "pdf"] as const) {
    const run = format === "pdf" && !pdfAvailable ? it.skip : it;
    run(`renders the person report facts and source sentences as ${format}`, async () => {
      const text = await flatText(personReport, format, dir);
      expect(text).toContain(flat(person.name));
      for (const spellings of [...person.honours, ...person.employers])
        expect(
          spellings.some((s) => containsText(text, flat(s), format)),
          `${format}: ${spellings[0]}`,
        ).toBe(true);
      const spoken = personReport.events.find((e) => sameEventName(e.event.name, event.name))!;
      expect(containsText(text, flat(spoken.event.name), format), `${format}: event`).toBe(true);
      for (const o of event.organizers.filter((x) => x.role))
        expect(
          o.org.some((name) => containsText(text, flat(`${name}（${o.role}）`), format)),
          `${format}: organiser ${o.org[0]} with role`,
        ).toBe(true);
      const sentences = personReport.honours.flatMap((h) => h.evidence.map((e) => e.sentence));
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) expect(text, `${format}: source sentence`).toContain(flat(s));
    });
  }

  it("lists every gold speaker of the event in the event report (json, html, md, csv)", async () => {
    expect(eventReport, "event report").toBeDefined();
    const speakers = article.persons.filter((p) => p.spokeAt.includes(event.key)).map((p) => p.name);
    expect(speakers.length).toBeGreaterThan(1);
    const names = eventReport.speakers.map((s) => s.name);
    for (const name of speakers) expect(names, `speaker ${name}`).toContain(name);
    for (const format of ["html", "md", "csv"] as const) {
      const text = await flatText(eventReport, format, dir);
      for (const name of speakers) expect(text, `${format}: speaker ${name}`).toContain(name);
    }
  });
});
