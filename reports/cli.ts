/**
 * Command line: `npm run report -- <kind> <id|name> [--format html|md|csv|json|pdf] [--out FILE]`.
 * Kinds: person, event, org, honour, path A B, overview. Text formats go to stdout without --out;
 * an ambiguous name prints the candidates (id, name, employers) and exits 1.
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { openStore } from "../cypher/open-store.ts";
import type { GraphStore } from "../cypher/store.ts";
import { loadConfig } from "../model/config.ts";
import { AppError } from "../model/errors.ts";
import { AmbiguousNameError, buildReport, isReportFormat, isReportKind, renderReport } from "./index.ts";
import { closeSharedPdfPool } from "./pdf-pool.ts";

const USAGE = `usage: npm run report -- <kind> <id|name> [--format html|md|csv|json|pdf] [--out FILE]
  kinds: person NAME | event NAME | org NAME | honour NAME-OR-CATEGORY | path A B | overview
  例: npm run report -- person 张三 --format pdf --out 张三.pdf`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f", default: "html" },
      out: { type: "string", short: "o" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length === 0) fail(USAGE, values.help ? 0 : 2);
  const [kind, first = "", second] = positionals;
  if (!kind || !isReportKind(kind)) fail(`unknown kind "${kind}"\n${USAGE}`);
  const format = values.format ?? "html";
  if (!isReportFormat(format)) fail(`unknown format "${format}"\n${USAGE}`);
  if (kind !== "overview" && !first) fail(`${kind} needs an id or name\n${USAGE}`);
  if (kind === "path" && !second) fail(`path needs two people: path A B\n${USAGE}`);
  if (format === "pdf" && !values.out) fail("--format pdf needs --out FILE");

  const config = loadConfig();
  let store: GraphStore;
  try {
    store = await openStore(config, { readOnly: true });
  } catch (err) {
    const msg = (err as Error).message;
    const locked = /lock|busy|already|concurren/i.test(msg);
    fail(
      locked
        ? `cannot open the graph at ${config.LAOMO_DATA_DIR}: it is in use (the server is probably running).\n` +
            `Use the HTTP endpoint instead, e.g. http://${config.HOST}:${config.PORT}/api/reports/${kind}/${encodeURIComponent(first || "all")}?format=${format}`
        : `cannot open the graph: ${msg}`,
      1,
    );
  }
  try {
    const data = await buildReport(store, kind, first, second ? { to: second } : {});
    const out = await renderReport(data, format);
    if (values.out) {
      await writeFile(values.out, out.body);
      process.stderr.write(
        `wrote ${values.out} (${out.body.length} ${typeof out.body === "string" ? "chars" : "bytes"})\n`,
      );
    } else {
      process.stdout.write(out.body);
    }
  } catch (err) {
    if (err instanceof AmbiguousNameError) {
      const lines = err.candidates.map(
        (c) => `  ${c.id}  ${c.name}${c.hints.length ? `  (${c.hints.join("、")})` : ""}`,
      );
      process.stderr.write(
        `"${err.query}" is ambiguous (${err.candidates.length} matches); use an id:\n${lines.join("\n")}\n`,
      );
      process.exitCode = 1;
    } else if (err instanceof AppError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 1;
    } else throw err;
  } finally {
    await closeSharedPdfPool();
    await store.close();
  }
}

await main();
