/**
 * Derives the query list `tck-queries.json` from a checkout of the openCypher TCK
 * (Apache License 2.0, https://github.com/opencypher/openCypher, folder tck/features):
 * every `When executing query:` block, Scenario Outlines expanded with their Examples rows.
 * Usage: node cypher/testdata/derive-tck-queries.mjs <openCypher checkout> <commit>
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [root, commit = "unknown"] = process.argv.slice(2);
if (!root) throw new Error("usage: derive-tck-queries.mjs <openCypher checkout> [commit]");
const featuresDir = path.join(root, "tck", "features");

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith(".feature") ? [p] : [];
    });
}

/** Splits a Gherkin table row `| a | b |` into trimmed cells. */
function cells(line) {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
}

const out = [];
for (const file of walk(featuresDir)) {
  const lines = readFileSync(file, "utf8").split("\n");
  const rel = path.relative(featuresDir, file);
  let scenario = "";
  let pending = []; // queries of the current scenario (outline placeholders unexpanded)
  let examples = null;
  const flush = () => {
    const rows = examples && examples.length > 1 ? examples : null;
    for (const q of pending) {
      if (!rows) {
        out.push({ feature: rel, scenario, query: q });
        continue;
      }
      const head = rows[0];
      for (const row of rows.slice(1)) {
        let text = q;
        head.forEach((h, i) => {
          text = text.replaceAll(`<${h}>`, row[i] ?? "");
        });
        out.push({ feature: rel, scenario, query: text });
      }
    }
    pending = [];
    examples = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (/^Scenario( Outline)?:/.test(t)) {
      flush();
      scenario = t.replace(/^Scenario( Outline)?:\s*/, "");
    } else if (/^When executing query:/.test(t)) {
      const open = lines[i + 1]?.trim();
      if (open !== '"""') continue;
      const indent = lines[i + 1].indexOf('"""');
      const body = [];
      let j = i + 2;
      for (; j < lines.length && lines[j].trim() !== '"""'; j++) body.push(lines[j].slice(indent));
      pending.push(body.join("\n").trim());
      i = j;
    } else if (/^Examples:/.test(t)) {
      examples = [];
      for (let j = i + 1; j < lines.length && lines[j].trim().startsWith("|"); j++)
        examples.push(cells(lines[j]));
    }
  }
  flush();
}

// One entry per distinct query text (outline rows often repeat one), with the feature it came from.
const seen = new Set();
const unique = out.filter((q) => {
  if (seen.has(q.query)) return false;
  seen.add(q.query);
  return true;
});
const here = path.dirname(fileURLToPath(import.meta.url));
const doc = {
  source: "openCypher TCK, tck/features (Apache License 2.0)",
  commit,
  derived: "When-executing-query blocks; Scenario Outlines expanded with their Examples",
  queries: unique.map(({ feature, query }) => ({ feature, query })),
};
writeFileSync(path.join(here, "tck-queries.json"), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`${unique.length} distinct queries from ${walk(featuresDir).length} feature files`);
