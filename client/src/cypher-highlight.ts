/**
 * A small Cypher tokenizer for syntax colouring of the console editor: keywords,
 * functions, strings, numbers, comments, labels/types (`:Person`), parameters (`$x`),
 * operators and punctuation. Pure; every character of the input lands in one token.
 */
export type TokenKind =
  | "keyword"
  | "function"
  | "string"
  | "number"
  | "comment"
  | "label"
  | "param"
  | "variable"
  | "operator"
  | "punct"
  | "space";

export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set(
  (
    "MATCH OPTIONAL WHERE RETURN WITH UNWIND AS ORDER BY ASC ASCENDING DESC DESCENDING SKIP LIMIT DISTINCT " +
    "AND OR XOR NOT IN IS NULL TRUE FALSE CASE WHEN THEN ELSE END CONTAINS STARTS ENDS UNION ALL EXISTS " +
    "CREATE MERGE DELETE DETACH SET REMOVE CALL YIELD LOAD CSV FROM COPY DROP ALTER SHORTEST ON"
  ).split(" "),
);

const RULES: [TokenKind, RegExp][] = [
  ["space", /^\s+/],
  ["comment", /^\/\/[^\n]*/],
  ["comment", /^\/\*[\s\S]*?(\*\/|$)/],
  ["string", /^'(?:[^'\\\n]|\\.)*'?/],
  ["string", /^"(?:[^"\\\n]|\\.)*"?/],
  ["param", /^\$[\p{L}_][\p{L}\p{N}_]*/u],
  ["number", /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/],
  ["variable", /^`[^`]*`?/],
  ["operator", /^(?:<>|<=|>=|=~|->|<-|\.\.|[=<>+\-*/%^|])/],
  ["punct", /^[()[\]{},.;:]/],
];

/** Split a query into coloured tokens; concatenating `text` gives the input back. */
export function tokenizeCypher(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let afterColon = false;
  while (i < src.length) {
    const rest = src.slice(i);
    const word = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(rest);
    if (word) {
      const w = word[0];
      let kind: TokenKind;
      if (afterColon) kind = "label";
      else if (KEYWORDS.has(w.toUpperCase())) kind = "keyword";
      else if (/^\s*\(/.test(src.slice(i + w.length))) kind = "function";
      else kind = "variable";
      out.push({ kind, text: w });
      i += w.length;
      afterColon = false;
      continue;
    }
    let matched = false;
    for (const [kind, re] of RULES) {
      const m = re.exec(rest);
      if (m && m[0].length > 0) {
        out.push({ kind, text: m[0] });
        i += m[0].length;
        if (kind !== "space") afterColon = m[0] === ":" || (afterColon && m[0] === "|");
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push({ kind: "punct", text: src[i]! });
      i++;
      afterColon = false;
    }
  }
  return out;
}
