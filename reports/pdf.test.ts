/**
 * PDF output: renders the person report with headless Chromium and reads the PDF back with
 * pdftotext. Skipped (loudly) only when Chromium or pdftotext is missing and CI is not "true".
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../cypher/store.ts";
import { CHROMIUM_PATH } from "./chromium.ts";
import { buildReport, renderReport } from "./index.ts";
import { openTestStore } from "./open-test-store.ts";

function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const available = existsSync(CHROMIUM_PATH) && hasPdftotext();
if (!available && process.env.CI !== "true")
  console.warn(
    `PDF test SKIPPED: needs Chromium at ${CHROMIUM_PATH} and pdftotext (apt-get install -y chromium fonts-noto-cjk poppler-utils)`,
  );
const suite = available || process.env.CI === "true" ? describe : describe.skip;

suite("PDF report", () => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  const dir = mkdtempSync(path.join(tmpdir(), "laomo-pdf-test-"));
  beforeAll(async () => {
    ({ store, cleanup } = await openTestStore());
  });
  afterAll(async () => {
    await cleanup?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints the person report with names, honours, organisers and source sentences", async () => {
    const out = await renderReport(await buildReport(store, "person", "乔振宇"), "pdf");
    expect(out.contentType).toBe("application/pdf");
    expect(out.filename).toBe("person-乔振宇.pdf");
    expect(Buffer.isBuffer(out.body)).toBe(true);
    const file = path.join(dir, "person.pdf");
    writeFileSync(file, out.body);
    const txt = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(
      /[ \t]+/g,
      " ",
    );
    const flat = txt.replace(/\s+/g, "");
    for (const s of [
      "乔振宇",
      "全国劳动模范",
      "云川港务集团",
      "桥吊司机",
      "云川市总工会（主办）",
      "毫米之间见真功",
    ])
      expect(flat).toContain(s);
    expect(flat).toContain("乔师傅");
    expect(flat).toContain(
      "全国劳动模范、滨海省五一劳动奖章获得者、云川港务集团桥吊司机乔振宇以《毫米之间见真功》为题作报告。",
    );
    expect(flat).toContain("<script>alert(1)</script>技能大师工作室揭牌");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThan(1);
  });
});
