/**
 * The corrections log and its replay without a server: concurrent appends all land as whole
 * lines, a torn line is reported (not dropped silently), an undo of an undo restores, and an
 * entry whose target is gone is orphaned with its reason while the rest apply.
 */
import { appendFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GraphBatch } from "../../model/types.ts";
import { resolveGraph } from "../resolve/index.ts";
import { article, honourIn, personIn } from "../resolve/test-extraction.ts";
import { applyCorrections, sentenceAround, undoneEntries } from "./apply-corrections.ts";
import { factKeyOf } from "./keys.ts";
import { CorrectionLog, newEntryId } from "./log.ts";
import type { CorrectionEntry } from "./types.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const common = () => ({ id: newEntryId(), at: new Date().toISOString(), by: "t", before: {}, after: {} });

const TEXT = "桥吊班的新纪录\n全国劳动模范、栖霞湾港务集团桥吊司机蒋北辰又创新纪录。同事简秋禾在场。";

function graph(): GraphBatch {
  const honour = honourIn(TEXT, "全国劳动模范", "全国劳动模范", "全国", "national", "劳动模范");
  const persons = [
    personIn(TEXT, "蒋北辰", { honours: [honour], employer: "栖霞湾港务集团" }),
    personIn(TEXT, "简秋禾"),
  ];
  return resolveGraph([article("a_0000000000000001", TEXT, { persons })]).batch;
}

describe("corrections log", () => {
  it("keeps every entry of 40 concurrent appends, each a whole line", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "laomo-log-"));
    dirs.push(dir);
    const log = new CorrectionLog(dir);
    const entries: CorrectionEntry[] = Array.from({ length: 40 }, () => ({
      ...common(),
      action: "rename",
      target: { label: "Person", name: "某某", articleId: null },
      name: "某某某".repeat(40),
    }));
    await Promise.all(entries.map((e) => log.append([e])));
    const read = await log.read();
    expect(read.bad).toEqual([]);
    expect(new Set(read.entries.map((e) => e.id))).toEqual(new Set(entries.map((e) => e.id)));
  });

  it("reports a torn line by number and still reads the rest", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "laomo-log-"));
    dirs.push(dir);
    const log = new CorrectionLog(dir);
    await log.append([{ ...common(), action: "undo", entryId: newEntryId() }]);
    await appendFile(log.file, '{"id":"c_1234\n');
    const read = await log.read();
    expect(read.entries).toHaveLength(1);
    expect(read.bad.map((b) => b.line)).toEqual([2]);
  });
});

describe("replay", () => {
  it("an undo undoes; an undo of that undo restores", () => {
    const a = { ...common(), action: "undo" as const, entryId: "c_00000000-0000-0000-0000-00000000000a" };
    const e = {
      ...common(),
      action: "rename" as const,
      target: { label: "Person" as const, name: "x", articleId: null },
      name: "y",
    };
    const u1 = { ...common(), action: "undo" as const, entryId: e.id };
    expect([...undoneEntries([e, u1]).keys()]).toEqual([e.id]);
    const u2 = { ...common(), action: "undo" as const, entryId: u1.id };
    expect([...undoneEntries([e, u1, u2]).keys()]).toEqual([u1.id]);
    expect(undoneEntries([a]).size).toBe(1); // names an unknown entry; applyCorrections orphans it
  });

  it("applies what it finds, orphans what is gone, and marks review states", () => {
    const batch = graph();
    const nodes = new Map(batch.nodes.map((n) => [n.id, n]));
    const honour = batch.rels.find((r) => r.type === "HAS_HONOUR")!;
    const side = (id: string) => ({ label: nodes.get(id)!.label, name: nodes.get(id)!.name });
    const key = factKeyOf(honour, side(honour.source), side(honour.target))!;
    const entries: CorrectionEntry[] = [
      { ...common(), action: "confirm", target: key },
      { ...common(), action: "confirm", target: { ...key, source: { label: "Person", name: "无此人" } } },
      {
        ...common(),
        action: "rename",
        target: { label: "Person", name: "无此人", articleId: key.articleId },
        name: "有此人",
      },
    ];
    const out = applyCorrections(graph(), entries);
    expect(out.outcomes.map((o) => o.status)).toEqual(["applied", "orphaned", "orphaned"]);
    expect(out.outcomes[1]?.reason).toMatch(/no such fact/);
    expect(out.batch.rels.find((r) => r.id === honour.id)?.review).toBe("confirmed");
    expect(out.batch.rels.filter((r) => r.id !== honour.id).every((r) => r.review === "extracted")).toBe(
      true,
    );
  });

  it("the sentence around a span ends at its stop", () => {
    const text = "第一句。第二句有甲乙。第三句";
    const at = text.indexOf("甲乙");
    const ev = sentenceAround(text, at, at + 2);
    expect(ev.sentence).toBe("第二句有甲乙。");
    expect(ev.sentence.slice(ev.spanStart, ev.spanEnd)).toBe("甲乙");
    expect(ev.offset + ev.spanStart).toBe(at);
  });
});
