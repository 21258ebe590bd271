/**
 * The read-only guard for user-typed Cypher (both dialects). A token scan that skips string
 * literals, comments and backticked names refuses writes, schema changes, file access and
 * procedures outside an allowlist; for Neo4j the official Cypher parser also reports syntax
 * errors (kuzu syntax, which that parser does not know, is checked by kuzu itself).
 */
import { isNotParamError, lintCypherQuery } from "@neo4j-cypher/language-support";
import { ForbiddenQueryError, InvalidInputError } from "../model/errors.ts";
import type { Dialect } from "./load-query.ts";

/** Read-only procedures a user may CALL (Neo4j and kuzu names). */
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

export interface Token {
  kind: "word" | "quoted" | "param" | "punct" | "string" | "number";
  text: string;
  offset: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;

/** Splits a query into tokens; comments vanish, strings and backticked names become one token. */
export function scanTokens(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "/" && query[i + 1] === "/") {
      while (i < n && query[i] !== "\n") i++;
    } else if (c === "/" && query[i + 1] === "*") {
      const end = query.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      const start = i++;
      while (i < n && query[i] !== c) i += query[i] === "\\" ? 2 : 1;
      i++;
      tokens.push({ kind: "string", text: query.slice(start, Math.min(i, n)), offset: start });
    } else if (c === "`") {
      const start = i++;
      while (i < n && !(query[i] === "`" && query[i + 1] !== "`")) i += query[i] === "`" ? 2 : 1;
      i++;
      tokens.push({ kind: "quoted", text: query.slice(start + 1, i - 1), offset: start });
    } else if (c === "$") {
      const start = i++;
      while (i < n && WORD_PART.test(query[i]!)) i++;
      tokens.push({ kind: "param", text: query.slice(start, i), offset: start });
    } else if (WORD_START.test(c)) {
      const start = i;
      while (i < n && WORD_PART.test(query[i]!)) i++;
      tokens.push({ kind: "word", text: query.slice(start, i), offset: start });
    } else if (/[0-9]/.test(c)) {
      const start = i;
      while (i < n && /[0-9.eE_xXa-fA-F]/.test(query[i]!)) {
        if (query[i] === "." && query[i + 1] === ".") break;
        i++;
      }
      tokens.push({ kind: "number", text: query.slice(start, i), offset: start });
    } else {
      tokens.push({ kind: "punct", text: c, offset: i });
      i++;
    }
  }
  return tokens;
}

/** Keywords that write, change schema, touch files or the session; the value names the clause. */
const FORBIDDEN: Record<string, string> = {
  CREATE: "CREATE",
  MERGE: "MERGE",
  SET: "SET",
  DELETE: "DELETE",
  DETACH: "DETACH",
  REMOVE: "REMOVE",
  DROP: "DROP",
  ALTER: "ALTER",
  RENAME: "RENAME",
  FOREACH: "FOREACH",
  INSERT: "INSERT",
  COPY: "COPY",
  ATTACH: "ATTACH",
  INSTALL: "INSTALL",
  EXPORT: "EXPORT DATABASE",
  IMPORT: "IMPORT DATABASE",
  USE: "USE",
  GRANT: "GRANT",
  REVOKE: "REVOKE",
  DENY: "DENY",
  BEGIN: "BEGIN TRANSACTION",
  COMMIT: "COMMIT",
  ROLLBACK: "ROLLBACK",
  CHECKPOINT: "CHECKPOINT",
  TERMINATE: "TERMINATE",
  START: "START DATABASE",
  STOP: "STOP DATABASE",
};

function isKeywordPosition(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // n.set (property), :Create (label), {set: 1} (map key), set(...) is a function call
  if (prev?.kind === "punct" && (prev.text === "." || prev.text === ":")) return false;
  if (next?.kind === "punct" && next.text === ":" && prev?.kind === "punct" && /[{,]/.test(prev.text))
    return false;
  return true;
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

/** Procedure name after CALL at index i (dotted words), or null for a subquery `CALL {`. */
function procedureAfter(tokens: Token[], i: number): { name: string; end: number } | null {
  let j = i + 1;
  const parts: string[] = [];
  while (tokens[j]?.kind === "word" || tokens[j]?.kind === "quoted") {
    parts.push(tokens[j]!.text);
    if (tokens[j + 1]?.text === "." && tokens[j + 1]?.kind === "punct") j += 2;
    else {
      j++;
      break;
    }
  }
  if (parts.length === 0) return null;
  return { name: parts.join("."), end: j };
}

/** Refuses writes, file access, admin and non-allowlisted procedures by scanning tokens. */
export function checkTokens(query: string): void {
  const tokens = scanTokens(query);
  if (tokens.length === 0) throw new InvalidInputError("empty query");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && t.text === ";" && i < tokens.length - 1) {
      throw new InvalidInputError(
        `one statement at a time: found more after ';' (${where(query, t.offset)})`,
      );
    }
    if (t.kind !== "word" || !isKeywordPosition(tokens, i)) continue;
    const upper = t.text.toUpperCase();
    const next = tokens[i + 1]?.text.toUpperCase();
    if (upper === "LOAD") {
      if (next === "CSV") refuse(query, t, "LOAD CSV");
      if (next === "FROM") refuse(query, t, "LOAD FROM");
      if (next === "EXTENSION") refuse(query, t, "LOAD EXTENSION");
      refuse(query, t, "LOAD");
    }
    if (upper === "COPY") {
      const dir = tokens.slice(i + 1).find((x) => x.kind === "word" && /^(TO|FROM)$/i.test(x.text));
      refuse(query, t, dir ? `COPY … ${dir.text.toUpperCase()}` : "COPY");
    }
    if (upper === "DETACH" && next === "DELETE") refuse(query, t, "DETACH DELETE");
    if (upper === "START" || upper === "STOP") {
      if (next === "DATABASE") refuse(query, t, FORBIDDEN[upper]!);
      continue;
    }
    if (upper === "CALL") {
      const proc = procedureAfter(tokens, i);
      if (!proc) continue; // CALL { subquery }: its clauses are scanned like the rest
      if (!ALLOWED_PROCEDURES.includes(proc.name.toLowerCase())) refuse(query, t, `CALL ${proc.name}`);
      continue;
    }
    const clause = FORBIDDEN[upper];
    if (clause) refuse(query, t, clause);
  }
}

/** Syntax errors from the Neo4j Cypher parser, as InvalidInputError with message and position. */
export function checkNeo4jSyntax(query: string): void {
  const { diagnostics } = lintCypherQuery(query, {});
  const errors = diagnostics.filter(
    (d) => d.severity === 1 && isNotParamError({ message: String(d.message) }),
  );
  const first = errors[0];
  if (!first) return;
  const pos = `line ${first.range.start.line + 1}, column ${first.range.start.character + 1}`;
  throw new InvalidInputError(`Syntax error at ${pos}: ${first.message}`);
}

/**
 * Throws ForbiddenQueryError for anything but a single reading query; InvalidInputError for an
 * empty query, several statements, or (Neo4j dialect) a syntax error.
 */
export function guardReadOnly(query: string, dialect: Dialect): void {
  checkTokens(query);
  if (dialect === "neo4j") checkNeo4jSyntax(query);
}
