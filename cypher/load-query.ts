/**
 * Loads named queries from `cypher/queries/` and schema scripts from `cypher/schema/`, cached.
 * A query `<name>` resolves to `<name>.<dialect>.cypher` when that variant exists, else `<name>.cypher`.
 * Names are checked against the files on disk, so a caller can never smuggle a path in.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InvalidInputError, NotFoundError } from "../model/errors.ts";

export type Dialect = "kuzu" | "neo4j";

const here = path.dirname(fileURLToPath(import.meta.url));
export const QUERIES_DIR = path.join(here, "queries");
export const SCHEMA_DIR = path.join(here, "schema");

const NAME_RE = /^[a-z][a-z0-9-]*$/;
const cache = new Map<string, string>();

/** The query names available (variants folded into their base name), sorted. */
export function listQueryNames(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(QUERIES_DIR)) {
    const m = /^([a-z][a-z0-9-]*)(?:\.(?:kuzu|neo4j))?\.cypher$/.exec(file);
    if (m?.[1]) names.add(m[1]);
  }
  return [...names].sort();
}

/** The file a query name resolves to for a dialect (null when there is none). */
export function queryFile(name: string, dialect: Dialect): string | null {
  if (!NAME_RE.test(name)) return null;
  const files = new Set(readdirSync(QUERIES_DIR));
  for (const file of [`${name}.${dialect}.cypher`, `${name}.cypher`]) {
    if (files.has(file)) return path.join(QUERIES_DIR, file);
  }
  return null;
}

/** Strips `//` line comments that start a line and trims; the text the database receives. */
function cleanQuery(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim()
    .replace(/;\s*$/, "");
}

/** The Cypher text of a named query for a dialect; throws NotFoundError for an unknown name. */
export function loadQuery(name: string, dialect: Dialect): string {
  const key = `${dialect}:${name}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (!NAME_RE.test(name)) throw new InvalidInputError(`invalid query name: ${JSON.stringify(name)}`);
  const file = queryFile(name, dialect);
  if (!file) throw new NotFoundError(`no query named "${name}" for ${dialect}`);
  const text = cleanQuery(readFileSync(file, "utf8"));
  cache.set(key, text);
  return text;
}

/** The statements of a schema script (`schema/<dialect>.cypher`), split on `;` at line ends. */
export function loadSchema(dialect: Dialect): string[] {
  const text = readFileSync(path.join(SCHEMA_DIR, `${dialect}.cypher`), "utf8");
  return text
    .split(/;\s*$/m)
    .map(cleanQuery)
    .filter((s) => s.length > 0);
}
