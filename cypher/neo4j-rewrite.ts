/**
 * Rewrites the common Neo4j Cypher forms to kuzu's dialect before the read-only guard sees the
 * query (type(r) → label(r), toInteger → CAST, shortestPath → `* SHORTEST`, list comprehensions →
 * list_filter/list_transform, `WHERE n:Label`, `EXISTS { (pattern) }` …), on the lexer's tokens so
 * string literals and comments are never touched. Says what it rewrote; a Neo4j form it cannot
 * rewrite throws UnsupportedFormError naming the kuzu form to write instead.
 */
import { AppError, InvalidInputError, UnsupportedFormError } from "../model/errors.ts";
import { lexCypher, rebuildQuery, type Token } from "./cypher-lexer.ts";
import {
  DOTTED_REWRITES,
  FUNCTION_REWRITES,
  type FunctionRewrite,
  isPattern,
  NO_EQUIVALENT,
  UnsupportedShape,
} from "./neo4j-function-rewrites.ts";
import { KUZU_KEYWORDS } from "./read-only-guard.ts";
import {
  isName,
  isPunct,
  isWord,
  matchClose,
  snippet,
  splitArgs,
  stringToken,
  topLevel,
  tpl,
  UnbalancedError,
} from "./rewrite-tokens.ts";

export interface Rewrite {
  /** The Neo4j form (`type()`, `shortestPath()`, `list comprehension` …). */
  form: string;
  /** The user's text of that form and what runs instead (one line, clipped). */
  from: string;
  to: string;
}

export interface RewriteResult {
  /** The text the guard checks next (the user's own text when nothing was rewritten). */
  query: string;
  rewrites: Rewrite[];
}

const MAX_DEPTH = 64;
/** Words after which `n:Label` is a label predicate, not a pattern. */
const EXPRESSION_START = new Set(["WHERE", "AND", "OR", "XOR", "NOT", "WHEN", "THEN", "ELSE"]);
/** Clause words that end a MATCH pattern. */
const AFTER_MATCH = new Set(
  "WHERE RETURN WITH UNWIND ORDER SKIP LIMIT CALL UNION YIELD CREATE MERGE SET DELETE DETACH REMOVE FOREACH".split(
    " ",
  ),
);
/**
 * Keywords kuzu 0.11.3's parser refuses as a label or property name unless quoted (Neo4j takes
 * them); checked against kuzu by neo4j-rewrite.test.ts. NULL, TRUE and FALSE are values, left out.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(
  (
    "ACYCLIC ALL AND ANY ASC ASCENDING CASE CAST COLUMN COMMIT_SKIP_CHECKPOINT CREATE DBTYPE DEFAULT " +
    "DESC DESCENDING DISTINCT ELSE END ENDS EXISTS GLOB GROUP HEADERS HINT IN INSTALL JOIN MACRO " +
    "MULTI_JOIN NONE NOT ON ONLY OPTIONAL OR ORDER PRIMARY PROFILE ROLLBACK_SKIP_CHECKPOINT SHORTEST " +
    "SINGLE STARTS TABLE THEN TRAIL UNION UNWIND WHEN WHERE WITH WSHORTEST XOR"
  ).split(" "),
);
/** Neo4j temporal accessors kuzu's date_part reads the same way. */
const TEMPORAL_PARTS = new Set(["year", "quarter", "month", "day", "hour", "minute", "second"]);
/** (kuzu) functions returning a DATE or TIMESTAMP, for `f(…).year`. */
const TEMPORAL_FUNCTIONS = new Set(
  "date datetime localdatetime timestamp current_date current_timestamp date_trunc make_date epoch_ms to_timestamp to_date".split(
    " ",
  ),
);
/** Neo4j catalogue procedures answered from kuzu's show_tables(): table type and output column. */
const CATALOGUE: Record<string, { type: string; column: string }> = {
  labels: { type: "NODE", column: "label" },
  relationshiptypes: { type: "REL", column: "relationshipType" },
};

function where(query: string, t: Token | undefined): string {
  if (!t || t.offset < 0) return "";
  const before = query.slice(0, t.offset);
  return ` at line ${before.split("\n").length}, column ${t.offset - before.lastIndexOf("\n")}`;
}

/**
 * `n:Label` at ts[i..end) is a label predicate: after WHERE/AND/NOT …, or outside a MATCH pattern
 * after RETURN/WITH/a comma, or alone in brackets `(n:Label)` not followed by a relationship.
 */
function isLabelPredicate(ts: readonly Token[], i: number, end: number, inMatch: boolean): boolean {
  const prev = ts[i - 1];
  if (prev?.kind === "word" && EXPRESSION_START.has(prev.text.toUpperCase())) return true;
  if (inMatch) return false;
  if (isWord(prev, "RETURN") || isWord(prev, "WITH")) return true;
  if (isPunct(enclosing(ts, i), "{")) return false; // {a: 1, b: c} is a map
  if (isPunct(prev, ",")) return true;
  const after = ts[end + 1];
  // (a)-[:T]->(b:Label) in a WHERE is a pattern predicate: its node has a relationship on either side
  const before = ts[i - 2];
  const rel = (x: Token | undefined) => isPunct(x, "-") || isPunct(x, "<") || isPunct(x, ">");
  return isPunct(prev, "(") && isPunct(ts[end], ")") && !rel(after) && !rel(before);
}

/** The bracket that encloses ts[i] (undefined at the top level). */
function enclosing(ts: readonly Token[], i: number): Token | undefined {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = ts[k]!;
    if (t.kind !== "punct") continue;
    if (t.text === ")" || t.text === "]" || t.text === "}") depth++;
    else if (t.text === "(" || t.text === "[" || t.text === "{") {
      if (depth === 0) return t;
      depth--;
    }
  }
  return undefined;
}

/** The token can end an expression, so a `[` right after it is a subscript, not a list. */
function endsExpression(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === "punct") return t.text === ")" || t.text === "]" || t.text === "}";
  if (t.kind === "word") return !KUZU_KEYWORDS.has(t.text.toUpperCase()) && !/^OFFSET$/i.test(t.text);
  return t.kind !== "number";
}

/** A `|` that is not half of `||`. */
function isBar(ts: readonly Token[], k: number): boolean {
  const t = ts[k]!;
  if (t.kind !== "punct" || t.text !== "|") return false;
  const glued = (a: Token | undefined, b: Token | undefined) =>
    isPunct(a, "|") && isPunct(b, "|") && !b!.spaceBefore;
  return !glued(ts[k - 1], t) && !glued(t, ts[k + 1]);
}

class Rewriter {
  readonly rewrites: Rewrite[] = [];
  private depth = 0;

  constructor(private readonly query: string) {}

  /** Refuses a Neo4j form it cannot rewrite; `advice` says what to write for kuzu. */
  private unsupported(form: string, advice: string, at: Token | undefined): never {
    throw new UnsupportedFormError(
      `Neo4j's ${form}${where(this.query, at)} cannot be rewritten for the embedded store (kuzu): ${advice}.`,
    );
  }

  private record(form: string, from: readonly Token[], to: readonly Token[]): void {
    this.rewrites.push({ form, from: snippet(from), to: snippet(to) });
  }

  /** Rewrites a token run; nested runs (arguments) are rewritten by the handlers through `run`. */
  run(ts: Token[], pattern = false): Token[] {
    if (++this.depth > MAX_DEPTH) throw new InvalidInputError("The query nests brackets too deeply.");
    try {
      return this.walk(ts, pattern);
    } finally {
      this.depth--;
    }
  }

  /** `pattern`: the run starts inside a MATCH pattern (an EXISTS/COUNT body, shortestPath's argument). */
  private walk(ts: Token[], pattern: boolean): Token[] {
    const out: Token[] = [];
    let inMatch = pattern;
    /** Puts `repl` where ts[from..to] was, keeping the separation before ts[from]. */
    const emit = (form: string, from: number, to: number, repl: Token[]): number => {
      const first = ts[from]!;
      if (repl[0]) repl[0] = { ...repl[0], spaceBefore: first.spaceBefore, lineBefore: first.lineBefore };
      this.record(form, ts.slice(from, to + 1), repl);
      out.push(...repl);
      return to;
    };
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      const prev = ts[i - 1];
      const next = ts[i + 1];
      const property = isPunct(prev, ".") || isPunct(prev, ":");
      if (t.kind === "word" && !property) {
        const upper = t.text.toUpperCase();
        if (upper === "MATCH") inMatch = true;
        else if (AFTER_MATCH.has(upper)) inMatch = false;
      }
      // CALL db.labels() / db.relationshipTypes() [YIELD col [AS alias]]
      if (isWord(t, "CALL") && isWord(next, "db") && isPunct(ts[i + 2], ".") && ts[i + 3]?.kind === "word") {
        const cat = CATALOGUE[ts[i + 3]!.text.toLowerCase()];
        if (cat && isPunct(ts[i + 4], "(") && isPunct(ts[i + 5], ")")) {
          let end = i + 5;
          let alias: Token = { kind: "word", text: cat.column, offset: -1, spaceBefore: false };
          if (isWord(ts[end + 1], "YIELD")) {
            if (ts[end + 2]?.text !== cat.column)
              this.unsupported(
                `CALL db.${ts[i + 3]!.text}() YIELD`,
                `yield its column ${cat.column} (YIELD ${cat.column} AS alias)`,
                ts[end + 2],
              );
            end += 2;
            if (isWord(ts[end + 1], "AS") && isName(ts[end + 2])) {
              alias = ts[end + 2]!;
              end += 2;
            }
          }
          const rest = ts.slice(end + 1).filter((x) => !isPunct(x, ";"));
          const repl = tpl(`CALL show_tables() WHERE type = '${cat.type}' WITH name AS `, [alias]);
          if (rest.length === 0) repl.push(...tpl(" RETURN ", [alias]));
          i = emit(`CALL db.${ts[i + 3]!.text}()`, i, end, repl);
          continue;
        }
      }
      // date.truncate(…), datetime.fromEpochMillis(…); apoc.* and gds.* plugins
      if (t.kind === "word" && !property && isPunct(next, ".") && ts[i + 2]?.kind === "word") {
        const key = `${t.text}.${ts[i + 2]!.text}`.toLowerCase();
        const dotted = DOTTED_REWRITES[key];
        if (dotted && isPunct(ts[i + 3], "(")) {
          i = this.call(dotted, ts, i, i + 3, emit);
          continue;
        }
        let j = i;
        while (isPunct(ts[j + 1], ".") && ts[j + 2]?.kind === "word") j += 2;
        if (/^(apoc|gds)$/i.test(t.text) && isPunct(ts[j + 1], "(") && !isWord(prev, "CALL"))
          this.unsupported(
            `${t.text}.* functions`,
            "APOC and GDS are Neo4j plug-ins the embedded store does not have; use kuzu's built-in functions",
            t,
          );
      }
      // function calls
      if (t.kind === "word" && !property && isPunct(next, "(")) {
        const key = t.text.toLowerCase();
        if (key === "shortestpath" || key === "allshortestpaths") {
          const after = isPunct(prev, "=") || isWord(prev, "MATCH") || isPunct(prev, ",");
          if (!inMatch || !after)
            this.unsupported(`${t.text}() outside a MATCH pattern`, NO_EQUIVALENT[key]!, t);
          const close = matchClose(ts, i + 1);
          i = emit(
            `${t.text}()`,
            i,
            close,
            this.shortestPath(ts.slice(i + 2, close), key === "allshortestpaths", t),
          );
          continue;
        }
        const fn = FUNCTION_REWRITES[key];
        if (fn) {
          const done = this.call(fn, ts, i, i + 1, emit);
          if (done >= 0) {
            i = done;
            continue;
          }
        } else if (NO_EQUIVALENT[key]) this.unsupported(`${t.text}()`, NO_EQUIVALENT[key]!, t);
      }
      // list[0], list[1..3], n['name']: Neo4j counts from 0, kuzu from 1
      if (isPunct(t, "[") && !t.spaceBefore && endsExpression(prev)) {
        const close = matchClose(ts, i);
        const repl = this.subscript(ts, i, close);
        if (repl) {
          i = emit(repl.form, i, close, repl.tokens);
          continue;
        }
      }
      // [x IN list WHERE … | …] and [(a)-->(b) | …]
      if (isPunct(t, "[")) {
        const close = matchClose(ts, i);
        const repl = this.comprehension(ts, i, close);
        if (repl) {
          i = emit(repl.form, i, close, repl.tokens);
          continue;
        }
      }
      // n.end, (n:Single), [:START]: Neo4j takes reserved words as names, kuzu wants them quoted
      if (t.kind === "word" && RESERVED_NAMES.has(t.text.toUpperCase())) {
        const around = enclosing(ts, i);
        const label =
          (isPunct(prev, ":") || isPunct(prev, "|")) && (isPunct(around, "(") || isPunct(around, "["));
        if ((isPunct(prev, ".") && !isPunct(next, "(")) || label) {
          emit("reserved word as a name", i, i, [{ ...t, kind: "quoted", text: t.text }]);
          continue;
        }
      }
      // OFFSET n (Neo4j 5's SKIP)
      if (isWord(t, "OFFSET") && !property && !isPunct(next, "(")) {
        emit("OFFSET", i, i, tpl("SKIP"));
        continue;
      }
      // WHERE n:Label, n:A|B, n:A:B
      const labelEnd = isName(t) && isPunct(next, ":") && isName(ts[i + 2]) ? this.labelRunEnd(ts, i) : -1;
      if (labelEnd > 0 && isLabelPredicate(ts, i, labelEnd, inMatch)) {
        const labels: Token[] = [];
        const ops = new Set<string>();
        let j = i + 1;
        for (; j < labelEnd; j += 2) {
          if (j > i + 1) ops.add(ts[j]!.text === "|" ? "or" : "and");
          labels.push(ts[j + 1]!);
        }
        if (ops.size > 1)
          this.unsupported(
            "a mixed label expression",
            "write label(n) = 'A' OR label(n) = 'B' (a kuzu node has one label)",
            t,
          );
        const strs = labels.map((l) => [stringToken(l.text)]);
        let repl: Token[];
        if (labels.length === 1) repl = tpl("(label(", [t], ") = ", strs[0]!, ")");
        else if (ops.has("or"))
          repl = tpl("(label(", [t], ") IN [", ...strs.flatMap((s, k) => (k === 0 ? [s] : [", ", s])), "])");
        else
          repl = tpl(
            "(",
            ...strs.flatMap((s, k) => [k === 0 ? "label(" : " AND label(", [t], ") = ", s]),
            ")",
          );
        i = emit("WHERE n:Label", i, j - 1, repl);
        continue;
      }
      // EXISTS { (a)-->(b) } / COUNT { (a)-->(b) }: kuzu wants the MATCH
      if (isPunct(t, "{") && (isWord(prev, "EXISTS") || isWord(prev, "COUNT")) && isPunct(next, "(")) {
        const close = matchClose(ts, i);
        const repl = [...tpl(" { MATCH "), ...this.run(ts.slice(i + 1, close), true), ts[close]!];
        out.pop();
        const head = [{ ...prev! }];
        const from = i - 1;
        i = emit(`${prev!.text.toUpperCase()} { pattern }`, from, close, [...head, ...repl]);
        continue;
      }
      // n {.name, .id, k: expr}
      if (isName(t) && isPunct(next, "{") && isPunct(ts[i + 2], ".")) {
        const close = matchClose(ts, i + 1);
        const entries = splitArgs(ts, i + 2, close).map((e) => {
          if (isPunct(e[0], ".") && isPunct(e[1], "*"))
            this.unsupported("map projection .*", "return the node itself, or a map {name: n.name, …}", e[0]);
          if (isPunct(e[0], ".") && isName(e[1]) && e.length === 2)
            return tpl("", [e[1]!], ": ", [t], ".", [e[1]!]);
          // the value in brackets: the guard reads a name right after ':' as a label
          if (isName(e[0]) && isPunct(e[1], ":")) return tpl("", [e[0]!], ": (", this.run(e.slice(2)), ")");
          if (isName(e[0]) && e.length === 1) return tpl("", [e[0]!], ": ", [e[0]!]);
          return this.unsupported("this map projection", "write a map {name: n.name, …}", e[0]);
        });
        i = emit(
          "map projection",
          i,
          close,
          tpl("{", ...entries.flatMap((e, k) => (k === 0 ? [e] : [", ", e])), "}"),
        );
        continue;
      }
      // a || b (string and list concatenation)
      if (isPunct(t, "|") && isPunct(next, "|") && !next!.spaceBefore) {
        i = emit("||", i, i + 1, tpl("+"));
        continue;
      }
      // date(…).year, e.date.year → date_part('year', …)
      if (
        isPunct(t, ".") &&
        next?.kind === "word" &&
        TEMPORAL_PARTS.has(next.text.toLowerCase()) &&
        !isPunct(ts[i + 2], "(")
      ) {
        const start = this.temporalStart(out);
        if (start >= 0) {
          const base = out.splice(start);
          const repl = tpl(`date_part('${next.text.toLowerCase()}', `, base, ")");
          repl[0] = { ...repl[0]!, spaceBefore: base[0]!.spaceBefore, lineBefore: base[0]!.lineBefore };
          this.record(`.${next.text}`, [...base, t, next], repl);
          out.push(...repl);
          i++;
          continue;
        }
      }
      out.push(t);
    }
    return out;
  }

  /** Index after `n:A|B…` starting at the name i. */
  private labelRunEnd(ts: readonly Token[], i: number): number {
    let j = i + 1;
    while ((isPunct(ts[j], ":") || isPunct(ts[j], "|") || isPunct(ts[j], "&")) && isName(ts[j + 1])) j += 2;
    return j;
  }

  /** Rewrites the call of `fn` whose name starts at `at` and whose `(` is at `open`; -1 when left as is. */
  private call(
    fn: FunctionRewrite,
    ts: Token[],
    at: number,
    open: number,
    emit: (form: string, from: number, to: number, repl: Token[]) => number,
  ): number {
    const close = matchClose(ts, open);
    let repl: Token[] | null;
    try {
      repl = fn.rewrite({
        args: splitArgs(ts, open + 1, close),
        rw: (x) => this.run(x),
        rwPattern: (x) => this.run(x, true),
      });
    } catch (e) {
      if (e instanceof UnsupportedShape) this.unsupported(fn.form, `write ${fn.kuzu}`, ts[at]);
      throw e;
    }
    return repl ? emit(fn.form, at, close, repl) : -1;
  }

  /** Start index in `out` of the temporal expression before `.year`: `f(…)` or `a.b`; -1 when none. */
  private temporalStart(out: Token[]): number {
    const n = out.length;
    const last = out[n - 1];
    if (isPunct(last, ")")) {
      let depth = 0;
      for (let k = n - 1; k >= 0; k--) {
        const x = out[k]!;
        if (isPunct(x, ")") || isPunct(x, "]") || isPunct(x, "}")) depth++;
        else if (isPunct(x, "(") || isPunct(x, "[") || isPunct(x, "{")) depth--;
        if (depth === 0) {
          const name = out[k - 1];
          const ok =
            name?.kind === "word" &&
            TEMPORAL_FUNCTIONS.has(name.text.toLowerCase()) &&
            !isPunct(out[k - 2], ".");
          return ok ? k - 1 : -1;
        }
      }
      return -1;
    }
    const chain = isName(out[n - 3]) && isPunct(out[n - 2], ".") && isName(last) && !isPunct(out[n - 4], ".");
    return chain && !out[n - 3]!.text.startsWith("$") ? n - 3 : -1;
  }

  /** shortestPath((a)-[r:T*..k]-(b)) → (a)-[r:T* SHORTEST 1..k]-(b). */
  private shortestPath(pattern: Token[], all: boolean, at: Token): Token[] {
    const form = all ? "allShortestPaths()" : "shortestPath()";
    const kuzu = NO_EQUIVALENT[all ? "allshortestpaths" : "shortestpath"]!;
    if (!isPattern(pattern)) this.unsupported(form, kuzu, at);
    const rels: number[] = [];
    for (let k = 0; k < pattern.length; k++) {
      if (isPunct(pattern[k], "(")) k = matchClose(pattern, k);
      else if (isPunct(pattern[k], "[")) {
        rels.push(k);
        k = matchClose(pattern, k);
      }
    }
    if (rels.length !== 1) this.unsupported(`${form} without exactly one relationship in brackets`, kuzu, at);
    const open = rels[0]!;
    const close = matchClose(pattern, open);
    const inner = pattern.slice(open + 1, close);
    const star = inner.findIndex((x) => isPunct(x, "*"));
    const propsAt = inner.findIndex((x) => isPunct(x, "{"));
    const headEnd = star >= 0 ? star : propsAt >= 0 ? propsAt : inner.length;
    let k = star + 1;
    let lo: Token | undefined;
    let hi: Token | undefined;
    let dots = false;
    if (star >= 0) {
      if (inner[k]?.kind === "number") lo = inner[k++];
      if (isPunct(inner[k], "..")) {
        dots = true;
        k++;
        if (inner[k]?.kind === "number") hi = inner[k++];
      }
      if (lo && !dots) hi = lo;
    } else {
      lo = { kind: "number", text: "1", offset: -1, spaceBefore: false };
      hi = lo;
      k = headEnd;
    }
    const low = !lo || Number(lo.text) < 1 ? "1" : lo.text;
    const range = hi ? ` ${low}..${hi.text}` : low === "1" ? "" : ` ${low}..30`;
    const rel = [
      pattern[open]!,
      ...inner.slice(0, headEnd),
      ...tpl(`* ${all ? "ALL SHORTEST" : "SHORTEST"}${range}`),
      ...inner.slice(k).map((x, m) => (m === 0 ? { ...x, spaceBefore: true } : x)),
      pattern[close]!,
    ];
    return this.run([...pattern.slice(0, open), ...rel, ...pattern.slice(close + 1)], true);
  }

  /** A subscript ts[open..close] after an expression; null when kuzu reads it as Neo4j does. */
  private subscript(ts: Token[], open: number, close: number): { form: string; tokens: Token[] } | null {
    const inner = ts.slice(open + 1, close);
    const dots = topLevel(ts, open + 1, close, (x) => isPunct(x, ".."));
    const int = (run: Token[]) =>
      run.length === 1 && run[0]!.kind === "number" && /^\d+$/.test(run[0]!.text)
        ? Number(run[0]!.text)
        : null;
    if (dots.length === 0) {
      const n = int(inner);
      if (n !== null) return { form: "list[index]", tokens: tpl(`[${n + 1}]`) };
      const key = inner.length === 1 && inner[0]!.kind === "string" ? (inner[0]!.value ?? "") : null;
      if (key === null || !isName(ts[open - 1]) || key.includes("`") || key === "") return null;
      const name: Token = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)
        ? { kind: "word", text: key, offset: -1, spaceBefore: false }
        : { kind: "quoted", text: key, offset: -1, spaceBefore: false };
      return { form: "map['key']", tokens: [...tpl("."), name] };
    }
    const lo = ts.slice(open + 1, dots[0]);
    const hi = ts.slice(dots[0]! + 1, close);
    if (isPunct(lo[0], "-") || isPunct(hi[0], "-"))
      this.unsupported(
        "list slice with negative bounds",
        "kuzu's slices count from 1 and include the end: write list[begin:end] or list_slice(list, begin, end)",
        ts[open],
      );
    const loN = int(lo);
    const loT = lo.length === 0 ? [] : loN !== null ? tpl(String(loN + 1)) : tpl("(", this.run(lo), ") + 1");
    return { form: "list[from..to]", tokens: tpl("[", loT, ":", this.run(hi), "]") };
  }

  /** A list or pattern comprehension at ts[open..close]; null when the brackets hold a list. */
  private comprehension(ts: Token[], open: number, close: number): { form: string; tokens: Token[] } | null {
    const v = ts[open + 1];
    const bars = topLevel(ts, open + 1, close, () => true).filter((k) => isBar(ts, k));
    const patternAt = isName(v) && isPunct(ts[open + 2], "=") ? open + 3 : open + 1;
    if (bars.length > 0 && isPattern(ts.slice(patternAt, close)))
      this.unsupported(
        "pattern comprehension",
        "write OPTIONAL MATCH (a)-->(b) … collect(b.name), or COUNT { MATCH (a)-->(b) }",
        ts[open],
      );
    if (!isName(v) || !isWord(ts[open + 2], "IN")) return null;
    const whereAt = topLevel(ts, open + 3, close, (x) => isWord(x, "WHERE"))[0];
    const bar = bars.find((k) => k > (whereAt ?? open + 2));
    if (whereAt === undefined && bar === undefined) return null; // [x IN list] is kuzu's one-element list
    const list = this.run(ts.slice(open + 3, whereAt ?? bar ?? close));
    let tokens = list;
    if (whereAt !== undefined)
      tokens = tpl(
        "list_filter(",
        tokens,
        ", ",
        [v!],
        " -> ",
        this.run(ts.slice(whereAt + 1, bar ?? close)),
        ")",
      );
    if (bar !== undefined)
      tokens = tpl("list_transform(", tokens, ", ", [v!], " -> ", this.run(ts.slice(bar + 1, close)), ")");
    return { form: "list comprehension", tokens };
  }
}

/**
 * After a rewrite, a line and column in an error message point into the rewritten text (line
 * breaks are kept, columns move): the message says so. Returns `e` itself.
 */
export function notePositions(e: unknown, rewrites: readonly Rewrite[]): unknown {
  if (
    rewrites.length > 0 &&
    e instanceof AppError &&
    e.status < 500 &&
    /line \d+, column \d+/.test(e.message)
  )
    e.message += " (The position is in the query after its Neo4j forms were rewritten for kuzu.)";
  return e;
}

/** The query with Neo4j forms rewritten to kuzu, and what was rewritten (the text itself when nothing). */
export function rewriteNeo4jForKuzu(query: string): RewriteResult {
  const tokens = lexCypher(query);
  const rw = new Rewriter(query);
  let out: Token[];
  try {
    out = rw.run(tokens);
  } catch (e) {
    // Unbalanced brackets: a syntax error the engine names better; the guard and kuzu see the text as typed.
    if (e instanceof UnbalancedError) return { query, rewrites: [] };
    throw e;
  }
  if (rw.rewrites.length === 0) return { query, rewrites: [] };
  return { query: rebuildQuery(out, true), rewrites: rw.rewrites };
}
