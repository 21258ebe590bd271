/**
 * Maps kuzu exceptions (plain Errors whose message starts with the exception kind) to the typed
 * errors of `model/errors.ts`, in one place. Clients get our own sentence: what a console user
 * needs (line and column of a syntax error, the unknown name) is taken from kuzu's text by pattern;
 * the raw text, internal paths and the caller's context never reach an answer (logged instead).
 */
import {
  AppError,
  InvalidInputError,
  QueryTimeoutError,
  QueryTooLargeError,
  StoreUnavailableError,
} from "../model/errors.ts";
import { scrubPaths } from "../model/scrub-paths.ts";

/** kuzu's exception prefixes (`Binder exception: …`), `Interrupted.`, a missing parameter, memory. */
const RAW_KUZU =
  /^(?:[A-Z][A-Za-z]*(?: [a-z]+)* exception:|Interrupted\.?$|Parameter \S+ not found|Unable to allocate memory|std::bad_alloc)/;

const TOO_LARGE_ADVICE =
  "add a LIMIT, narrow the MATCH (labels, a WHERE on an indexed property) or aggregate earlier";

/** A short, path-free, single-line piece of user-visible detail (a name, a type list). */
function clip(text: string, max = 80): string {
  const one = scrubPaths(text.replace(/\s+/g, " ").trim());
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The first sentence of kuzu's explanation, re-checked: no prefix, no path, one line, short. */
function detailOf(body: string): string {
  const first = body.split("\n")[0] ?? "";
  return clip(first.replace(/^[A-Z][A-Za-z]*(?: [a-z]+)* exception:\s*/, ""), 160).replace(/\.?$/, ".");
}

/** `Parser exception: <msg> (line: L, offset: O)\n"<line text>"\n   ^^^` → our sentence. */
function syntaxError(body: string): string {
  const at = /\(line: (\d+), offset: (\d+)\)/.exec(body);
  if (!at) return "Syntax error in the query.";
  const [, line, offset] = at;
  // The last two lines: the offending line in quotes, then carets under the offending token.
  const lines = body.slice(at.index).split("\n");
  const text = lines.at(-2) ?? "";
  const carets = lines.at(-1) ?? "";
  const from = carets.indexOf("^");
  const near = from >= 0 ? text.slice(from, carets.lastIndexOf("^") + 1).trim() : "";
  const where = `line ${line}, column ${Number(offset) + 1}`;
  if (!near || near === '"') return `Syntax error at ${where} (the query ends too early or is incomplete).`;
  return `Syntax error at ${where}, near "${clip(near, 40)}".`;
}

type Rule = [RegExp, (m: RegExpExecArray, body: string) => AppError];

const invalid = (message: string) => new InvalidInputError(message);

/** Ordered: the first rule whose pattern matches the message (prefix included) wins. */
const RULES: Rule[] = [
  [
    /^Interrupted\.?$/,
    () => new QueryTimeoutError(`The query took too long and was stopped: ${TOO_LARGE_ADVICE}.`),
  ],
  [
    /^(?:Buffer manager(?: eager)? exception:|Unable to allocate memory|std::bad_alloc)|buffer pool is full|out of memory/i,
    () =>
      new QueryTooLargeError(`The query needs more memory than the database allows: ${TOO_LARGE_ADVICE}.`),
  ],
  [/^Parser exception:/, (_m, body) => invalid(syntaxError(body))],
  [
    /^Catalog exception: function (\S+) does not exist/i,
    (m) => invalid(`Unknown function "${clip(m[1]!, 60)}".`),
  ],
  [
    /^Catalog exception: (\S+) is neither an internal type nor a user defined type/,
    (m) => invalid(`Unknown data type "${clip(m[1]!, 60)}".`),
  ],
  [
    /^Binder exception: Table (\S+) does not exist/,
    (m) => invalid(`Unknown node label or relationship type "${clip(m[1]!, 60)}".`),
  ],
  [
    /^Binder exception: Cannot find property (\S+) for (\S+?)\.?$/m,
    (m) => invalid(`Unknown property "${clip(m[1]!, 60)}" on ${clip(m[2]!, 60)}.`),
  ],
  [
    /^Binder exception: Variable (\S+) is not in scope/,
    (m) => invalid(`Unknown variable "${clip(m[1]!, 60)}" (not defined before this point of the query).`),
  ],
  [
    /^Binder exception: Function (\S+) did not receive correct arguments:\s*\nActual:\s*(\([^\n]*\))/,
    (m) => invalid(`Function ${clip(m[1]!, 60)} does not take arguments of types ${clip(m[2]!, 80)}.`),
  ],
  [
    /^Binder exception: Cannot match a built-in function for given function ([^\n(]+)(\([^\n)]*\))/,
    (m) =>
      invalid(`Function or operator ${clip(m[1]!, 40)} does not take arguments of types ${clip(m[2]!, 80)}.`),
  ],
  [/^Binder exception: No file found/, () => invalid("The console cannot read files.")],
  [/^Parameter (\S+) not found/, (m) => invalid(`Parameter $${clip(m[1]!, 60)} does not match the query.`)],
  [/^Binder exception:/, (_m, body) => invalid(`The query is not valid: ${detailOf(body)}`)],
  [
    /^Catalog exception:/,
    (_m, body) => invalid(`The query names something the database does not have: ${detailOf(body)}`),
  ],
  [/^Runtime exception:/, (_m, body) => invalid(`The query failed while running: ${detailOf(body)}`)],
  [/^Conversion exception:/, (_m, body) => invalid(`A value could not be converted: ${detailOf(body)}`)],
  [/^Overflow exception:/, (_m, body) => invalid(`A number is out of range: ${detailOf(body)}`)],
  [
    /Could not set lock|lock on file/i,
    () =>
      new StoreUnavailableError(
        "The embedded database is in use by another process (is the server already running?).",
      ),
  ],
];

/** Our message for anything else: nothing of the engine's text. */
const FALLBACK = "The database could not run this query.";

/**
 * A typed error for a kuzu failure. `context` names the operation; it goes to the server log with
 * the original text (for unknown kuzu failures), never into the message.
 */
export function mapKuzuError(e: unknown, context: string): Error {
  const message = e instanceof Error ? e.message : String(e);
  // Only kuzu's own text is mapped. Our errors pass (unless one merely wraps kuzu's raw text, e.g.
  // a failed prepare), and so do other errors (file system, a hook): the error middleware answers
  // those with a generic 500, and the console worker replaces their text before it sends them.
  if (!RAW_KUZU.test(message)) return e instanceof Error ? e : new Error(message);
  for (const [pattern, make] of RULES) {
    const m = pattern.exec(message);
    if (!m) continue;
    const err = make(m, message);
    err.cause = e;
    return err;
  }
  console.error(`[kuzu] ${context} failed: ${message}`);
  return new AppError(FALLBACK, { cause: e });
}
