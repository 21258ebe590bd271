/**
 * Browser tests of the console's tools: the schema sidebar (from /api/schema, click to
 * insert), autocomplete, history kept across reloads, CSV export, readable paths, error codes
 * in the user's language, and the "speakers of an organiser's events by year" example.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EXAMPLE_QUERIES } from "../../client/src/example-queries.ts";
import { SHOTS, useBrowserSuite } from "./browser-suite.ts";
import { chromiumAvailable } from "./launch-browser.ts";

const canRun = chromiumAvailable() || process.env.CI === "true";

describe.skipIf(!canRun)("console tools in headless Chromium", () => {
  const suite = useBrowserSuite({ width: 1280, height: 800 });
  const { errors } = suite;

  async function open(hash = "#/console"): Promise<Page> {
    const page = await suite.page(hash);
    await page.locator("#console-schema [data-label='Person']").waitFor({ timeout: 30_000 });
    return page;
  }

  const runQuery = async (page: Page, query: string) => {
    const editor = page.locator("#cypher-editor");
    await editor.fill(query);
    const before = await page.locator(".console-status").textContent();
    await editor.press("Control+Enter");
    await page.waitForFunction((b) => {
      const s = document.querySelector(".console-status")?.textContent ?? "";
      const err = document.querySelector(".console-error") as HTMLElement | null;
      return (s !== b && /行|rows/.test(s)) || (err !== null && !err.hidden);
    }, before);
  };

  it("lists the schema with counts, inserts a name on click and completes while typing", async () => {
    const page = await open();
    const person = page.locator("#console-schema [data-label='Person']");
    expect(Number(/\d+/.exec((await person.locator("summary").textContent()) ?? "")?.[0])).toBeGreaterThan(0);
    expect(await page.locator("#console-schema [data-type='SPOKE_AT']").count()).toBe(1);

    const editor = page.locator("#cypher-editor");
    await editor.fill("MATCH (p)");
    await editor.evaluate((el) => {
      const t = el as HTMLTextAreaElement;
      t.selectionStart = t.selectionEnd = 8;
    });
    await person.locator(".schema-name").first().click();
    expect(await editor.inputValue()).toBe("MATCH (p:Person)");

    await editor.fill("");
    await editor.pressSequentially("MATCH (p:Pe");
    await page.locator("#cypher-suggestions li", { hasText: "Person" }).waitFor();
    await editor.press("Tab");
    expect(await editor.inputValue()).toBe("MATCH (p:Person");
    await editor.pressSequentially(")-[s:SP");
    await page.locator("#cypher-suggestions li", { hasText: "SPOKE_AT" }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "console-schema-complete.png") });
    await editor.press("Enter");
    expect(await editor.inputValue()).toBe("MATCH (p:Person)-[s:SPOKE_AT");
    await page.close();
  });

  it("keeps a history across reloads, exports CSV and reads paths as names", async () => {
    const page = await open();
    const q = "MATCH (p:Person)-[s:SPOKE_AT]->(e:Event) RETURN p.name AS name, e.name AS event ORDER BY name";
    await runQuery(page, q);
    const rows = await page.locator(".result-table tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    await page.locator("#console-history .history-item", { hasText: "RETURN p.name" }).waitFor();

    const [csv] = await Promise.all([page.waitForEvent("download"), page.locator("#export-csv").click()]);
    const text = readFileSync(await csv.path())
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("name,event");
    expect(lines).toHaveLength(rows + 1);
    expect(text).toContain("欧阳振华");

    await runQuery(
      page,
      "MATCH (a:Person), (b:Person) WHERE a.id < b.id MATCH p = (a)-[* SHORTEST 1..4]-(b) RETURN p LIMIT 1",
    );
    const cell = page.locator(".result-table .cell-path").first();
    await cell.waitFor();
    expect(await cell.textContent()).toMatch(/^[^{}]+ (—.+→|←.+—) [^{}]+$/);
    await page.screenshot({ path: path.join(SHOTS, "console-path-history.png") });

    const again = await suite.browser.context.newPage();
    await again.goto(`${suite.app.url}/#/console`);
    await again.locator("#console-history .history-item", { hasText: "RETURN p.name" }).waitFor();
    // Alt+↑ brings back the last query run.
    await again.locator("#cypher-editor").focus();
    await again.locator("#cypher-editor").press("Alt+ArrowUp");
    expect(await again.locator("#cypher-editor").inputValue()).toContain("SHORTEST");
    await again.close();
    await page.close();
  });

  it("says a refusal in Chinese, with the server's detail beside it", async () => {
    const page = await open();
    await runQuery(page, "CREATE (n:Person {id:'x'})");
    const err = page.locator(".console-error");
    expect(await err.locator(".error-text").textContent()).toContain("只读控制台拒绝了此查询");
    expect(await err.locator(".server-detail code").textContent()).toMatch(/CREATE/i);
    await page.screenshot({ path: path.join(SHOTS, "console-refused-zh.png") });
    await page.close();
  });

  it("runs the example 'speakers of an organiser's events by year', one row per person id", async () => {
    const i = EXAMPLE_QUERIES.findIndex((e) => /by year/.test(e.en));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(EXAMPLE_QUERIES[i]!.query).toMatch(/p\.id AS personId/);
    const page = await open();
    await page.locator("#example-select").selectOption(String(i));
    await page.locator("#cypher-editor").press("Control+Enter");
    await page.locator(".result-table thead", { hasText: "personId" }).waitFor();
    expect(await page.locator(".result-table tbody tr").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
