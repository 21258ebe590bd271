/**
 * The console with Neo4j Cypher in headless Chromium (real server, fictional test graph): the
 * rewritten forms are listed above the results in Chinese and English, with the note where kuzu's
 * CAST differs; a form without a rewrite shows its own heading and the kuzu form to write.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, useBrowserSuite } from "./browser-suite.ts";
import { chromiumAvailable } from "./launch-browser.ts";

const canRun = chromiumAvailable() || process.env.CI === "true";

describe.skipIf(!canRun)("console with Neo4j forms in headless Chromium", () => {
  const suite = useBrowserSuite({ width: 1200, height: 800 });
  const { errors } = suite;

  async function open(hash: string): Promise<Page> {
    const page = await suite.page(hash);
    return page;
  }

  const query =
    "MATCH (p:Person)-[r]->(e:Event)\nRETURN p.name AS name, type(r) AS rel, toInteger('7') AS n\nORDER BY name";

  it("lists the rewritten forms above the results (zh), and in English", async () => {
    const page = await open(`#/console?query=${encodeURIComponent(query)}`);
    await page.locator(".result-table table").waitFor();
    expect(await page.locator(".result-table tbody tr").count()).toBe(3);
    expect(await page.locator(".result-table tbody").textContent()).toContain("SPOKE_AT");
    const box = page.locator(".console-rewrites");
    await box.waitFor();
    expect(await box.textContent()).toContain("已将 Neo4j 写法改写为");
    expect(await box.locator("li").allTextContents()).toEqual([
      "type(r) → label(r)",
      "toInteger('7') → CAST('7' AS INT64)",
    ]);
    expect(await box.textContent()).toContain("四舍五入");
    await page.screenshot({ path: path.join(SHOTS, "console-neo4j-rewrites.png") });
    await page.close();

    const en = await open(`#/console?lang=en&query=${encodeURIComponent(query)}`);
    const enBox = en.locator(".console-rewrites");
    await enBox.waitFor();
    expect(await enBox.textContent()).toContain(
      "Neo4j forms rewritten to the embedded store's (kuzu) dialect",
    );
    expect(await enBox.textContent()).toContain("kuzu's CAST rounds decimals");
    await en.close();
  });

  it("hides the list for kuzu's own dialect and names the kuzu form for a form without a rewrite", async () => {
    const page = await open(`#/console?query=${encodeURIComponent(query)}`);
    await page.locator(".console-rewrites").waitFor();
    const editor = page.locator("#cypher-editor");
    await editor.fill("MATCH (p:Person)-[r]->(e:Event) RETURN label(r) AS rel LIMIT 1");
    await editor.press("Control+Enter");
    await page.locator(".console-rewrites").waitFor({ state: "hidden" });
    expect(await page.locator(".result-table tbody").textContent()).toContain("SPOKE_AT");

    await editor.fill("MATCH (p:Person) RETURN [(p)-[:SPOKE_AT]->(e) | e.name] AS events");
    await editor.press("Control+Enter");
    const err = page.locator(".console-error");
    await err.waitFor();
    expect(await err.textContent()).toContain("无法改写的 Neo4j 写法 (unsupported_form)");
    expect(await err.textContent()).toContain("COUNT { MATCH");
    expect(await page.locator(".console-rewrites").isHidden()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "console-neo4j-unsupported.png") });
    await page.close();
    expect(errors).toEqual([]);
  });
});
