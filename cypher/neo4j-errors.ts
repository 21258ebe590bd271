/**
 * Maps Neo4j driver errors (by their status code) to the typed errors of `model/errors.ts`, in
 * one place. Clients get our own sentence (position of a syntax error, the unknown name taken
 * from the server's text by pattern); the raw text, paths and the context go to the log only.
 */
import {
  AppError,
  ForbiddenQueryError,
  InvalidInputError,
  QueryTimeoutError,
  QueryTooLargeError,
  StoreUnavailableError,
} from "../model/errors.ts";
import { scrubPaths } from "../model/scrub-paths.ts";

const TOO_LARGE_ADVICE =
  "add a LIMIT, narrow the MATCH (labels, a WHERE on an indexed property) or aggregate earlier";

function clip(text: string, max = 80): string {
  const one = scrubPaths(text.replace(/\s+/g, " ").trim());
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The first line of the server's explanation without its position suffix, short and path-free. */
function detailOf(message: string): string {
  const first = (message.split("\n")[0] ?? "").replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, "");
  return clip(first, 160).replace(/\.?$/, ".");
}

function positionOf(message: string): string {
  const at = /\(line (\d+), column (\d+) \(offset: \d+\)\)/.exec(message);
  return at ? ` at line ${at[1]}, column ${at[2]}` : "";
}

function syntaxMessage(message: string): string {
  const where = positionOf(message);
  const fn = /Unknown function '([^']+)'/.exec(message);
  if (fn) return `Unknown function "${clip(fn[1]!, 60)}"${where}.`;
  const variable = /Variable `([^`]+)` not defined/.exec(message);
  if (variable)
    return `Unknown variable "${clip(variable[1]!, 60)}"${where} (not defined before this point).`;
  const near = /Invalid input '([^'\n]*)'/.exec(message);
  if (near) return `Syntax error${where}, near "${clip(near[1]!, 40)}".`;
  return `Syntax error${where}.`;
}

type Rule = [RegExp, (message: string) => AppError];

/** Ordered by code: the first rule whose pattern matches the driver's `code` wins. */
const RULES: Rule[] = [
  [
    /TransactionTimedOut|Transaction\.Terminated|Transaction\.TransactionTerminated/,
    () => new QueryTimeoutError(`The query took too long and was stopped: ${TOO_LARGE_ADVICE}.`),
  ],
  [
    /OutOfMemory|MemoryLimit|MemoryPool/,
    () =>
      new QueryTooLargeError(`The query needs more memory than the database allows: ${TOO_LARGE_ADVICE}.`),
  ],
  [
    /Statement\.AccessMode|Security\.Forbidden|WriteOnReadOnlyAccessDbException/,
    () => new ForbiddenQueryError("The query tries to change the database; the console only reads."),
  ],
  [/Statement\.SyntaxError/, (m) => new InvalidInputError(syntaxMessage(m))],
  [
    /Procedure\.ProcedureNotFound/,
    (m) => {
      const name = /name `([^`]+)`/.exec(m);
      return new InvalidInputError(
        name ? `Unknown procedure "${clip(name[1]!, 60)}".` : "Unknown procedure.",
      );
    },
  ],
  [
    /Statement\.ParameterMissing/,
    (m) => {
      const names = /Expected parameter\(s\): (.+)/.exec(m);
      return new InvalidInputError(`Missing parameter(s): ${names ? clip(names[1]!, 80) : "?"}.`);
    },
  ],
  [/Statement\.ExternalResourceFailed/, () => new InvalidInputError("The console cannot read files.")],
  [
    /Statement\.(ArithmeticError|TypeError|ArgumentError|EntityNotFound|PropertyNotFound)/,
    (m) => new InvalidInputError(`The query failed while running: ${detailOf(m)}`),
  ],
  [
    /^Neo\.ClientError\.(Statement|Schema|Procedure)\./,
    (m) => new InvalidInputError(`The query is not valid: ${detailOf(m)}`),
  ],
  [
    /ServiceUnavailable|SessionExpired|DatabaseUnavailable|Database\.DatabaseNotFound/,
    () => new StoreUnavailableError("The Neo4j database is not reachable; try again later."),
  ],
  [
    /Security\.Unauthorized|Security\.AuthenticationRateLimit/,
    () => new StoreUnavailableError("The Neo4j database refused the server's credentials."),
  ],
];

const FALLBACK = "The database could not run this query.";

/** A typed error for a Neo4j failure; `context` and the original text go to the log only. */
export function mapNeo4jError(e: unknown, context: string): Error {
  if (e instanceof AppError) return e;
  const code =
    typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const message = e instanceof Error ? e.message : String(e);
  // Not the driver's (no status code): pass it on; the error middleware answers a generic 500.
  if (!code) return e instanceof Error ? e : new Error(message);
  for (const [pattern, make] of RULES) {
    if (!pattern.test(code)) continue;
    const err = make(message);
    err.cause = e;
    return err;
  }
  console.error(`[neo4j] ${context} failed (${code}): ${message}`);
  return new AppError(FALLBACK, { cause: e });
}
