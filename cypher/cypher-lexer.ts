/**
 * A Cypher lexer that follows kuzu 0.11.3's grammar (`Cypher.g4` in the kuzu package) token for
 * token: its comments, whitespace, strings and escapes, numbers, names and punctuation. Input it
 * cannot lex exactly as kuzu would is refused (fail closed); `rebuildQuery` turns the tokens back
 * into the one text the engine runs (comments dropped, strings re-encoded).
 */
import { InvalidInputError } from "../model/errors.ts";

export type TokenKind = "word" | "quoted" | "param" | "string" | "number" | "punct";

export interface Token {
  kind: TokenKind;
  /** Source text; for `quoted` the name between the outer backquotes, for `param` `$name`. */
  text: string;
  /** The decoded value of a `string` token, as kuzu decodes it (a backslash keeps the next char). */
  value?: string;
  offset: number;
  /** Whitespace or a comment separates this token from the previous one. */
  spaceBefore: boolean;
  /** That separation holds a line break (kept, so positions in engine messages keep their line). */
  lineBefore?: boolean;
}

/** kuzu's WHITESPACE characters (Cypher.g4); anything else outside a token is not whitespace. */
const WHITESPACE = new Set([
  " ",
  "\t",
  "\n",
  "\u000b",
  "\f",
  "\r",
  "\u001c",
  "\u001d",
  "\u001e",
  "\u001f",
  "\u1680",
  "\u180e",
  "\u2000",
  "\u2001",
  "\u2002",
  "\u2003",
  "\u2004",
  "\u2005",
  "\u2006",
  "\u2007",
  "\u2008",
  "\u2009",
  "\u200a",
  "\u2028",
  "\u2029",
  "\u205f",
  "\u3000",
  "\u00a0",
  "\u202f",
]);

/** Literal tokens of the grammar, longest first (ANTLR matches the longest). */
const PUNCT_MULTI = ["..", "<>", "<=", ">=", ">>", "<<", "=~", "!="];
const PUNCT_SINGLE = new Set([
  ...";(),=[]:{}|<>&+-*/%^.$!",
  // arrow heads and dashes of patterns
  "\u27e8",
  "\u3008",
  "\ufe64",
  "\uff1c",
  "\u27e9",
  "\u3009",
  "\ufe65",
  "\uff1e",
  "\u00ad",
  "\u2010",
  "\u2011",
  "\u2012",
  "\u2013",
  "\u2014",
  "\u2015",
  "\u2212",
  "\ufe58",
  "\ufe63",
  "\uff0d",
]);

const ID_START = /[\p{ID_Start}\p{Pc}]/u;
const ID_PART = /[\p{ID_Continue}\p{Sc}]/u;
const HEX = /[0-9a-fA-F]/;
const DIGIT = /[0-9]/;
const STRING_ESCAPES = new Set([..."\\'\"bBfFnNrRtT"]);

export class LexError extends InvalidInputError {}

function fail(query: string, offset: number, what: string): never {
  const before = query.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  throw new LexError(`Cannot read the query at line ${line}, column ${column}: ${what}.`);
}

/** Length of the whitespace/comment run at i (0 when none); throws on an unterminated comment. */
function skipSpace(q: string, i: number): number {
  const start = i;
  const n = q.length;
  while (i < n) {
    const c = q[i]!;
    if (WHITESPACE.has(c)) {
      i++;
    } else if (c === "/" && q[i + 1] === "*") {
      // ( '/*' ( ~[*] | ( '*' ~[/] ) )* '*/' ): a star pairs with the next char unless that is '/'.
      let j = i + 2;
      for (;;) {
        if (j >= n) fail(q, i, "the comment is not closed");
        if (q[j] !== "*") j++;
        else if (q[j + 1] === "/") break;
        else if (j + 1 >= n) fail(q, i, "the comment is not closed");
        else j += 2;
      }
      i = j + 2;
    } else if (c === "/" && q[i + 1] === "/") {
      // ( '//' ~[\n\r]* '\r'? ( '\n' | EOF ) )
      let j = i + 2;
      while (j < n && q[j] !== "\n" && q[j] !== "\r") j++;
      if (q[j] === "\r") j++;
      if (j < n && q[j] !== "\n") fail(q, i, "a line comment must end with a line feed");
      i = j < n ? j + 1 : j;
    } else break;
  }
  return i - start;
}

/** Length of the number literal at i, as ANTLR's longest match over kuzu's three number rules. */
function numberLength(q: string, i: number): number {
  let a = i;
  while (DIGIT.test(q[a] ?? "")) a++;
  const intDigits = a - i;
  let best = 0;
  if (intDigits > 0) best = q[i] === "0" ? 1 : intDigits; // DecimalInteger: 0 | [1-9][0-9]*
  let mantissaEnd = intDigits > 0 ? a : -1; // end of Digit+ or Digit* '.' Digit+
  if (q[a] === "." && DIGIT.test(q[a + 1] ?? "")) {
    let b = a + 1;
    while (DIGIT.test(q[b] ?? "")) b++;
    best = Math.max(best, b - i); // RegularDecimalReal
    mantissaEnd = b;
  }
  const exponentAt = (m: number): number => {
    if (m < 0 || (q[m] !== "e" && q[m] !== "E")) return 0;
    let k = m + 1;
    if (q[k] === "-") k++;
    const digitsStart = k;
    while (DIGIT.test(q[k] ?? "")) k++;
    return k > digitsStart ? k - i : 0;
  };
  // ExponentDecimalReal: ( Digit+ | Digit+ '.' Digit+ | '.' Digit+ ) [eE] '-'? Digit+
  best = Math.max(best, exponentAt(mantissaEnd));
  if (intDigits > 0) best = Math.max(best, exponentAt(a));
  return best;
}

/** Splits a query into kuzu's tokens; throws InvalidInputError where it cannot read it as kuzu does. */
export function lexCypher(query: string): Token[] {
  if (/\p{Cs}/u.test(query)) throw new InvalidInputError("The query contains invalid characters.");
  const nul = query.indexOf("\0");
  if (nul >= 0) fail(query, nul, "a NUL character is not allowed");
  const tokens: Token[] = [];
  const n = query.length;
  let i = 0;
  let space = false;
  let line = false;
  const push = (kind: TokenKind, start: number, end: number, extra: Partial<Token> = {}) => {
    tokens.push({ kind, text: query.slice(start, end), offset: start, spaceBefore: space, ...extra });
    if (line) tokens[tokens.length - 1]!.lineBefore = true;
    space = false;
    line = false;
    i = end;
  };
  while (i < n) {
    const skipped = skipSpace(query, i);
    if (skipped > 0) {
      if (/[\n\r]/.test(query.slice(i, i + skipped))) line = true;
      i += skipped;
      space = true;
      continue;
    }
    const c = query[i]!;
    const cp = String.fromCodePoint(query.codePointAt(i)!);
    if (c === "'" || c === '"') {
      let j = i + 1;
      let value = "";
      for (;;) {
        if (j >= n) fail(query, i, "the string is not closed");
        const d = query[j]!;
        if (d === c) break;
        if (d === "\\") {
          const e = query[j + 1] ?? "";
          if (e === "u" || e === "U") {
            const hex = query.slice(j + 2, j + 6);
            if (hex.length < 4 || ![...hex].every((h) => HEX.test(h)))
              fail(query, j, "\\u must be followed by four hex digits");
          } else if (!STRING_ESCAPES.has(e)) fail(query, j, "unknown escape in a string");
          value += e;
          j += 2;
        } else {
          value += d;
          j++;
        }
      }
      push("string", i, j + 1, { value });
    } else if (c === "`") {
      // ( '`' ~[`]* '`' )+ : doubled backquotes stay in the name (kuzu strips only the outer pair)
      let j = i;
      while (query[j] === "`") {
        const close = query.indexOf("`", j + 1);
        if (close < 0) fail(query, i, "the backquoted name is not closed");
        j = close + 1;
      }
      push("quoted", i, j, { text: query.slice(i + 1, j - 1) });
    } else if (DIGIT.test(c) || (c === "." && DIGIT.test(query[i + 1] ?? ""))) {
      const len = numberLength(query, i);
      push("number", i, i + len);
    } else if (ID_START.test(cp)) {
      let j = i + cp.length;
      for (;;) {
        const ch = query.codePointAt(j);
        if (ch === undefined) break;
        const s = String.fromCodePoint(ch);
        if (!ID_PART.test(s)) break;
        j += s.length;
      }
      push("word", i, j);
    } else {
      const multi = PUNCT_MULTI.find((p) => query.startsWith(p, i));
      if (multi) push("punct", i, i + multi.length);
      else if (PUNCT_SINGLE.has(c)) push("punct", i, i + 1);
      else fail(query, i, `unexpected character ${JSON.stringify(cp)}`);
    }
  }
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (tokens[k - 1]!.kind === "number" && !t.spaceBefore && t.kind !== "punct")
      fail(query, t.offset, "a number runs into a name; separate them with a space");
  }
  return joinParams(tokens, query);
}

/** `$name` / `$1` / `$`name`` without a space in between become one `param` token. */
function joinParams(tokens: Token[], query: string): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.kind === "punct" && t.text === "$") {
      if (!next || next.spaceBefore || !["word", "number", "quoted"].includes(next.kind))
        fail(query, t.offset, "a parameter needs a name right after '$'");
      const name = next.kind === "quoted" ? `\`${next.text}\`` : next.text;
      out.push({ ...t, kind: "param", text: `$${name}` });
      k++;
    } else out.push(t);
  }
  return out;
}

/** A string literal kuzu decodes to `value` (only `\\` and `\'` escaped). */
export function encodeString(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** The source form of one token; strings re-encoded canonically when `canonicalStrings`. */
export function tokenSource(t: Token, canonicalStrings: boolean): string {
  if (t.kind === "quoted") return `\`${t.text}\``;
  if (t.kind === "string" && canonicalStrings) return encodeString(t.value ?? "");
  return t.text;
}

/**
 * The text made of the tokens alone: one space (a line feed where it held a line break) where the
 * source had whitespace or a comment, nothing where it had none (kuzu's grammar tells `a[0]` from `a [0]`), so re-lexing it gives
 * the same tokens.
 */
export function rebuildQuery(tokens: readonly Token[], canonicalStrings: boolean): string {
  let out = "";
  for (const [k, t] of tokens.entries()) {
    if (k > 0 && t.spaceBefore) out += t.lineBefore ? "\n" : " ";
    out += tokenSource(t, canonicalStrings);
  }
  return out;
}
