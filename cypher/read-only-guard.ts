/**
 * The read-only guard for user-typed Cypher (both dialects). It lexes the query as kuzu's grammar
 * does (`cypher-lexer.ts`), lets through only reading keywords, allowlisted procedures and (kuzu)
 * allowlisted functions, and returns the text rebuilt from its own tokens: the engine runs exactly
 * what the guard read. For Neo4j the official Cypher parser also reports syntax errors.
 */
import { createRequire } from "node:module";
import { ForbiddenQueryError, InvalidInputError } from "../model/errors.ts";
import { lexCypher, rebuildQuery, type Token, tokenSource } from "./cypher-lexer.ts";
import { KUZU_FUNCTIONS } from "./kuzu-functions.ts";
import type { Dialect } from "./load-query.ts";

export type { Token } from "./cypher-lexer.ts";

/** Read-only procedures a user may CALL (Neo4j and kuzu names), matched case-insensitively. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties",
  "show_tables",
  "table_info",
  "show_connection",
  "current_setting",
  "db_version",
];

/** Every keyword of kuzu 0.11.3's grammar (`keywords.txt`, plus DECIMAL and SKIP). */
export const KUZU_KEYWORDS: ReadonlySet<string> = new Set(
  (
    "ACYCLIC ANY ADD ALL ALTER AND AS ASC ASCENDING ATTACH BEGIN BY CALL CASE CAST CHECKPOINT " +
    "COLUMN COMMENT COMMIT COMMIT_SKIP_CHECKPOINT CONTAINS COPY COUNT CREATE CYCLE DATABASE DBTYPE " +
    "DECIMAL DEFAULT DELETE DESC DESCENDING DETACH DISTINCT DROP ELSE END ENDS EXISTS EXPLAIN EXPORT " +
    "EXTENSION FALSE FROM FORCE GLOB GRAPH GROUP HEADERS HINT IMPORT IF IN INCREMENT INSTALL IS JOIN " +
    "KEY LIMIT LOAD LOGICAL MACRO MATCH MAXVALUE MERGE MINVALUE MULTI_JOIN NO NODE NOT NONE NULL ON " +
    "ONLY OPTIONAL OR ORDER PRIMARY PROFILE PROJECT READ REL RENAME RETURN ROLLBACK " +
    "ROLLBACK_SKIP_CHECKPOINT SEQUENCE SET SHORTEST SKIP START STARTS STRUCT TABLE THEN TO TRAIL " +
    "TRANSACTION TRUE TYPE UNION UNWIND UNINSTALL UPDATE USE WHEN WHERE WITH WRITE WSHORTEST XOR " +
    "SINGLE YIELD USER"
  ).split(" "),
);

/** Keywords of reading queries: clauses, operators, literals, pattern and projection syntax. */
const READING_KEYWORDS: ReadonlySet<string> = new Set(
  (
    "MATCH OPTIONAL WHERE RETURN WITH UNWIND AS ORDER BY SKIP LIMIT ASC ASCENDING DESC DESCENDING " +
    "DISTINCT UNION ALL AND OR XOR NOT IN IS NULL TRUE FALSE CASE WHEN THEN ELSE END STARTS ENDS " +
    "CONTAINS EXISTS COUNT CAST DECIMAL STRUCT ANY NONE SINGLE SHORTEST WSHORTEST TRAIL ACYCLIC " +
    "HINT JOIN MULTI_JOIN CALL YIELD"
  ).split(" "),
);

/**
 * Non-reserved kuzu keywords that are harmless as names (`MATCH (from)-->(to)`, `AS type`): they
 * start no statement or clause; where they belong to a refused statement, its first word refuses it.
 */
const HARMLESS_NAMES: ReadonlySet<string> = new Set(
  "KEY NODE REL TYPE GRAPH READ WRITE USER FROM TO START".split(" "),
);

/** Neo4j clause and command words (not kuzu keywords) refused in both dialects. */
const NEO4J_REFUSED: ReadonlySet<string> = new Set(
  (
    "REMOVE FOREACH INSERT FINISH FILTER LET FOR NODETACH SHOW TERMINATE GRANT DENY REVOKE ENABLE " +
    "DRYRUN DEALLOCATE REALLOCATE STOP DEFINE TRANSACTIONS"
  ).split(" "),
);

/** Neo4j-only reading words (OFFSET is Neo4j's SKIP). */
const NEO4J_READING: ReadonlySet<string> = new Set(["OFFSET"]);

/** Upper case of ASCII letters only, as kuzu compares keywords and function names. */
function asciiUpper(s: string): string {
  return s.replace(/[a-z]/g, (c) => c.toUpperCase());
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function where(query: string, offset: number): string {
  const before = query.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

function refuse(query: string, token: Token, clause: string): never {
  throw new ForbiddenQueryError(
    `Refused: ${clause} is not allowed in the read-only console (${where(query, token.offset)}). ` +
      "Only reading queries (MATCH … RETURN) are accepted.",
  );
}

const isPunct = (t: Token | undefined, text: string): boolean => t?.kind === "punct" && t.text === text;
const isName = (t: Token | undefined): boolean => t?.kind === "word" || t?.kind === "quoted";

/** The name a word or backquoted token stands for, in the dialect's reading. */
function nameOf(t: Token, dialect: Dialect): string {
  return t.kind === "quoted" && dialect === "neo4j" ? t.text.replaceAll("``", "`") : t.text;
}

/** Procedure name after CALL at index i (dotted names) and the index after it; null when none. */
function procedureAfter(tokens: Token[], i: number, dialect: Dialect): { name: string; end: number } | null {
  let j = i + 1;
  const parts: string[] = [];
  while (isName(tokens[j])) {
    parts.push(nameOf(tokens[j]!, dialect));
    if (isPunct(tokens[j + 1], ".")) j += 2;
    else {
      j++;
      break;
    }
  }
  if (parts.length === 0) return null;
  return { name: parts.join("."), end: j };
}

/** The clause a refused keyword stands for, with the words that follow it. */
function clauseName(tokens: Token[], i: number, upper: string): string {
  const next = tokens[i + 1]?.kind === "word" ? asciiUpper(tokens[i + 1]!.text) : "";
  switch (upper) {
    case "LOAD":
      if (next === "CSV" || next === "FROM" || next === "EXTENSION" || next === "WITH")
        return next === "WITH" ? "LOAD FROM" : `LOAD ${next}`;
      return "LOAD";
    case "COPY": {
      const dir = tokens.slice(i + 1).find((x) => x.kind === "word" && /^(TO|FROM)$/i.test(x.text));
      return dir ? `COPY … ${asciiUpper(dir.text)}` : "COPY";
    }
    case "DETACH":
      return next === "DELETE" ? "DETACH DELETE" : "DETACH";
    case "EXPORT":
    case "IMPORT":
      return `${upper} DATABASE`;
    case "BEGIN":
      return "BEGIN TRANSACTION";
    case "COMMENT":
      return "COMMENT ON";
    case "FORCE":
      return "FORCE INSTALL";
    case "START":
    case "STOP":
      return `${upper} DATABASE`;
    default:
      return upper;
  }
}

/** Refuses anything but reading keywords, allowlisted procedures and (kuzu) allowlisted functions. */
function checkTokens(query: string, tokens: Token[], dialect: Dialect): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (isPunct(t, ";") && i < tokens.length - 1) {
      throw new InvalidInputError(
        `One statement at a time: found more after ';' (${where(query, t.offset)}).`,
      );
    }
    if (!isName(t)) continue;
    // n.name (property), :Label, {key: 1} / (n:Label) / arg := 1: names, never keywords.
    const nameOnly = isPunct(prev, ".") || isPunct(prev, ":") || isPunct(next, ":");
    const calls = isPunct(next, "(");
    if (t.kind === "word" && !nameOnly) {
      const upper = asciiUpper(t.text);
      if (upper === "CALL") {
        if (dialect === "neo4j" && (isPunct(next, "{") || isPunct(next, "("))) continue; // subquery
        const proc = procedureAfter(tokens, i, dialect);
        if (!proc) refuse(query, t, "CALL");
        if (
          !ALLOWED_PROCEDURES.includes(asciiLower(proc.name)) ||
          (dialect === "kuzu" && !isPunct(tokens[proc.end], "("))
        )
          refuse(query, t, `CALL ${proc.name}`);
        i = proc.end - 1; // the procedure name is checked: skip the function check of its words
        continue;
      }
      if ((upper === "START" || upper === "STOP") && next?.kind === "word" && /^database$/i.test(next.text))
        refuse(query, t, clauseName(tokens, i, upper));
      if (READING_KEYWORDS.has(upper) || (dialect === "neo4j" && NEO4J_READING.has(upper))) continue;
      if (NEO4J_REFUSED.has(upper)) refuse(query, t, clauseName(tokens, i, upper));
      if (KUZU_KEYWORDS.has(upper) && !HARMLESS_NAMES.has(upper))
        refuse(query, t, clauseName(tokens, i, upper));
    }
    if (calls && dialect === "kuzu" && !KUZU_FUNCTIONS.has(asciiLower(nameOf(t, dialect)))) {
      refuse(query, t, `the function ${nameOf(t, dialect)}`);
    }
  }
}

type LanguageSupport = typeof import("@neo4j-cypher/language-support");
let languageSupport: LanguageSupport | null = null;

/**
 * The Neo4j Cypher parser, loaded on the first Neo4j syntax check: importing it takes seconds,
 * which every server start and ingest paid before (the embedded store never needs it).
 */
function neo4jParser(): LanguageSupport {
  languageSupport ??= createRequire(import.meta.url)("@neo4j-cypher/language-support") as LanguageSupport;
  return languageSupport;
}

/** Syntax errors from the Neo4j Cypher parser, as InvalidInputError with message and position. */
export function checkNeo4jSyntax(query: string): void {
  const { lintCypherQuery, isNotParamError } = neo4jParser();
  const { diagnostics } = lintCypherQuery(query, {});
  const errors = diagnostics.filter(
    (d) => d.severity === 1 && isNotParamError({ message: String(d.message) }),
  );
  const first = errors[0];
  if (!first) return;
  const pos = `line ${first.range.start.line + 1}, column ${first.range.start.character + 1}`;
  throw new InvalidInputError(`Syntax error at ${pos}: ${first.message}`);
}

/** Re-lexes the rebuilt text and insists on the same tokens (a guard against lexer slips). */
function assertSameTokens(tokens: Token[], rebuilt: string, canonical: boolean): void {
  const again = lexCypher(rebuilt);
  const same =
    again.length === tokens.length &&
    again.every((t, k) => {
      const o = tokens[k]!;
      return (
        t.kind === o.kind &&
        tokenSource(t, canonical) === tokenSource(o, canonical) &&
        (k === 0 || (t.spaceBefore === o.spaceBefore && !!t.lineBefore === !!o.lineBefore))
      );
    });
  if (!same) throw new InvalidInputError("The query could not be read unambiguously.");
}

/**
 * Returns the text to execute: the query rebuilt from the guard's tokens (comments dropped,
 * kuzu strings re-encoded). Throws ForbiddenQueryError for anything but a single reading query;
 * InvalidInputError for an empty query, several statements, input the lexer cannot read as kuzu
 * does, or (Neo4j dialect) a syntax error.
 */
export function guardReadOnly(query: string, dialect: Dialect): string {
  const tokens = lexCypher(query);
  if (tokens.length === 0 || (tokens.length === 1 && isPunct(tokens[0], ";")))
    throw new InvalidInputError("empty query");
  checkTokens(query, tokens, dialect);
  const canonical = dialect === "kuzu";
  const rebuilt = rebuildQuery(tokens, canonical);
  assertSameTokens(tokens, rebuilt, canonical);
  if (dialect === "neo4j") checkNeo4jSyntax(rebuilt);
  return rebuilt;
}
