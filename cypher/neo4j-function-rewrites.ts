/**
 * Neo4j functions the console rewrites to kuzu (type → label, toInteger → CAST, elementId → ID …)
 * and Neo4j functions kuzu has no equivalent of, each with the kuzu form to use instead. Handlers
 * get the call's raw arguments as tokens and `rw`, which rewrites a token run recursively.
 */
import type { Token } from "./cypher-lexer.ts";
import { isName, isPunct, isWord, matchClose, stringToken, topLevel, tpl } from "./rewrite-tokens.ts";

export interface CallSite {
  args: Token[][];
  /** Rewrites an expression run; `rwPattern` a pattern run (labels there are no predicates). */
  rw: (ts: Token[]) => Token[];
  rwPattern: (ts: Token[]) => Token[];
}

export interface FunctionRewrite {
  /** Short name of the Neo4j form, as the API reports it (`toInteger()`). */
  form: string;
  /** The kuzu form, named in the message when this call's shape cannot be rewritten. */
  kuzu: string;
  /** The replacement tokens, or null when this shape of the call is not rewritten. */
  rewrite: (c: CallSite) => Token[] | null;
}

const one = (make: (a: Token[]) => Token[]) => (c: CallSite) =>
  c.args.length === 1 ? make(c.rw(c.args[0]!)) : null;
const none = (make: () => Token[]) => (c: CallSite) => (c.args.length === 0 ? make() : null);
const rename = (name: string) => (c: CallSite) =>
  tpl(`${name}(`, ...c.args.flatMap((a, k) => (k === 0 ? [c.rw(a)] : [", ", c.rw(a)])), ")");
const cast = (type: string) => one((a) => tpl("CAST(", a, ` AS ${type})`));

/** `(a)-->(b)` style pattern: a parenthesised node followed by a relationship arrow. */
export function isPattern(ts: readonly Token[]): boolean {
  if (!isPunct(ts[0], "(")) return false;
  const close = matchClose(ts, 0);
  return isPunct(ts[close + 1], "-") || isPunct(ts[close + 1], "<");
}

/** A map literal `{year: 2024, month: 4, day: 28}` as key → value tokens (null when not one). */
function mapLiteral(ts: readonly Token[]): Map<string, Token[]> | null {
  if (!isPunct(ts[0], "{") || matchClose(ts, 0) !== ts.length - 1) return null;
  const entries = new Map<string, Token[]>();
  const commas = topLevel(ts, 1, ts.length - 1, (t) => t.kind === "punct" && t.text === ",");
  const bounds = [0, ...commas, ts.length - 1];
  for (let k = 1; k < bounds.length; k++) {
    const entry = ts.slice(bounds[k - 1]! + 1, bounds[k]);
    if (!isName(entry[0]) || !isPunct(entry[1], ":") || entry.length < 3) return null;
    entries.set(entry[0]!.text.toLowerCase(), entry.slice(2));
  }
  return entries;
}

/** ISO 8601 duration text (`P1Y2M3DT4H5M6S`) as kuzu's interval text; null when not one. */
export function isoDurationToKuzu(iso: string): string | null {
  const m =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      iso,
    );
  if (!m || iso.length < 2 || /T$/i.test(iso)) return null;
  const units = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"];
  const parts = units.flatMap((u, k) => {
    const v = m[k + 1];
    if (v === undefined) return [];
    return u === "weeks" ? [`${Number(v) * 7} days`] : [`${v} ${u}`];
  });
  return parts.length > 0 ? parts.join(" ") : null;
}

/** RE2 pattern matching `s` literally. */
const escapeRegex = (s: string): string => s.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");

export const FUNCTION_REWRITES: Record<string, FunctionRewrite> = {
  type: { form: "type()", kuzu: "label(r)", rewrite: one((a) => tpl("label(", a, ")")) },
  tointeger: { form: "toInteger()", kuzu: "CAST(x AS INT64)", rewrite: cast("INT64") },
  tointegerornull: { form: "toIntegerOrNull()", kuzu: "CAST(x AS INT64)", rewrite: cast("INT64") },
  tofloat: { form: "toFloat()", kuzu: "CAST(x AS DOUBLE)", rewrite: cast("DOUBLE") },
  tofloatornull: { form: "toFloatOrNull()", kuzu: "CAST(x AS DOUBLE)", rewrite: cast("DOUBLE") },
  tostring: { form: "toString()", kuzu: "CAST(x AS STRING)", rewrite: cast("STRING") },
  tostringornull: { form: "toStringOrNull()", kuzu: "CAST(x AS STRING)", rewrite: cast("STRING") },
  toboolean: { form: "toBoolean()", kuzu: "CAST(x AS BOOLEAN)", rewrite: cast("BOOLEAN") },
  tobooleanornull: { form: "toBooleanOrNull()", kuzu: "CAST(x AS BOOLEAN)", rewrite: cast("BOOLEAN") },
  elementid: {
    form: "elementId()",
    kuzu: "CAST(ID(n) AS STRING)",
    rewrite: one((a) => tpl("CAST(ID(", a, ") AS STRING)")),
  },
  labels: { form: "labels()", kuzu: "[label(n)]", rewrite: one((a) => tpl("[label(", a, ")]")) },
  startnode: { form: "startNode()", kuzu: "start_node(r)", rewrite: one((a) => tpl("start_node(", a, ")")) },
  endnode: { form: "endNode()", kuzu: "end_node(r)", rewrite: one((a) => tpl("end_node(", a, ")")) },
  split: { form: "split()", kuzu: "string_split(s, sep)", rewrite: rename("string_split") },
  randomuuid: {
    form: "randomUUID()",
    kuzu: "gen_random_uuid()",
    rewrite: none(() => tpl("gen_random_uuid()")),
  },
  rand: {
    form: "rand()",
    kuzu: "CAST(hash(gen_random_uuid()) % 1000000007 AS DOUBLE) / 1000000007.0",
    rewrite: none(() => tpl("(CAST(hash(gen_random_uuid()) % 1000000007 AS DOUBLE) / 1000000007.0)")),
  },
  substring: {
    form: "substring()",
    kuzu: "substring(s, start, length) counting from 1",
    rewrite: (c) => {
      const [str, start, len] = c.args;
      if (!str || !start || c.args.length > 3) return undefinedShape();
      const from =
        start.length === 1 && start[0]!.kind === "number" && /^\d+$/.test(start[0]!.text)
          ? tpl(String(Number(start[0]!.text) + 1))
          : tpl("(", c.rw(start), ") + 1");
      const s = c.rw(str);
      return tpl("substring(", s, ", ", from, ", ", len ? c.rw(len) : tpl("size(", s, ")"), ")");
    },
  },
  isempty: { form: "isEmpty()", kuzu: "size(x) = 0", rewrite: one((a) => tpl("(size(", a, ") = 0)")) },
  head: {
    form: "head()",
    kuzu: "list_extract(list, 1)",
    rewrite: one((a) => tpl("list_extract(", a, ", 1)")),
  },
  last: {
    form: "last()",
    kuzu: "list_extract(list, -1)",
    rewrite: one((a) => tpl("list_extract(", a, ", -1)")),
  },
  tail: {
    form: "tail()",
    kuzu: "list_slice(list, 2, -1)",
    rewrite: one((a) => tpl("list_slice(", a, ", 2, -1)")),
  },
  datetime: {
    form: "datetime()",
    kuzu: "current_timestamp() or timestamp('2024-04-28 10:00:00')",
    rewrite: (c) => temporalNow(c, "current_timestamp()", "timestamp"),
  },
  localdatetime: {
    form: "localdatetime()",
    kuzu: "current_timestamp() or timestamp('2024-04-28 10:00:00')",
    rewrite: (c) => temporalNow(c, "current_timestamp()", "timestamp"),
  },
  date: {
    form: "date()",
    kuzu: "current_date(), date('2024-04-28') or make_date(2024, 4, 28)",
    rewrite: (c) => {
      if (c.args.length === 0) return tpl("current_date()");
      const map = c.args.length === 1 ? mapLiteral(c.args[0]!) : null;
      if (!map) return null; // date(string) is kuzu's own
      const [y, m, d] = [map.get("year"), map.get("month"), map.get("day") ?? map.get("dayofmonth")];
      if (!y || map.size > 3) return undefinedShape();
      return tpl("make_date(", c.rw(y), ", ", m ? c.rw(m) : tpl("1"), ", ", d ? c.rw(d) : tpl("1"), ")");
    },
  },
  timestamp: {
    form: "timestamp()",
    kuzu: "to_epoch_ms(current_timestamp())",
    rewrite: (c) => (c.args.length === 0 ? tpl("to_epoch_ms(current_timestamp())") : null),
  },
  duration: {
    form: "duration()",
    kuzu: "duration('3 days 4 hours') (kuzu's interval text) or to_days(3) + to_hours(4)",
    rewrite: (c) => {
      const a = c.args[0];
      if (c.args.length !== 1 || !a) return undefinedShape();
      const map = mapLiteral(a);
      if (map) {
        const parts = intervalSum(c, map, INTERVALS);
        if (!parts || parts.length === 0) return undefinedShape();
        return parts.length === 1 ? parts[0]! : tpl("(", ...join(parts, " + "), ")");
      }
      if (a.length !== 1 || a[0]!.kind !== "string") return null; // kuzu's own duration(text)
      const text = isoDurationToKuzu(a[0]!.value ?? "");
      return text === null ? null : tpl("duration(", [stringToken(text)], ")");
    },
  },
  replace: {
    form: "replace()",
    kuzu: "regexp_replace(s, pattern, replacement, 'g')",
    rewrite: (c) => {
      const [s, from, to] = c.args;
      if (c.args.length !== 3 || from?.length !== 1 || from[0]!.kind !== "string") return undefinedShape();
      const pattern = stringToken(escapeRegex(from[0]!.value ?? ""));
      const repl =
        to?.length === 1 && to[0]!.kind === "string"
          ? [stringToken((to[0]!.value ?? "").replace(/\\/g, "\\\\"))]
          : c.rw(to!);
      return tpl("regexp_replace(", c.rw(s!), ", ", [pattern], ", ", repl, ", 'g')");
    },
  },
  exists: {
    form: "exists()",
    kuzu: "x.prop IS NOT NULL, or EXISTS { MATCH (a)-->(b) }",
    rewrite: (c) => {
      const a = c.args[0];
      if (c.args.length !== 1 || !a) return undefinedShape();
      if (a.length === 3 && isName(a[0]) && isPunct(a[1], ".") && isName(a[2]))
        return tpl("(", a, " IS NOT NULL)");
      if (isPattern(a)) return tpl("EXISTS { MATCH ", c.rwPattern(a), " }");
      return undefinedShape();
    },
  },
  size: {
    form: "size(pattern)",
    kuzu: "COUNT { MATCH (a)-->(b) }",
    rewrite: (c) =>
      c.args.length === 1 && isPattern(c.args[0]!)
        ? tpl("COUNT { MATCH ", c.rwPattern(c.args[0]!), " }")
        : null,
  },
  properties: {
    form: "properties(n)",
    kuzu: "the node itself, or {name: n.name, …} (kuzu's properties() reads one key of a list of nodes)",
    rewrite: (c) => (c.args.length === 1 ? undefinedShape() : null),
  },
  reduce: {
    form: "reduce()",
    kuzu: "list_reduce(list_prepend(list, init), (acc, x) -> expr)",
    rewrite: (c) => {
      const [init, body] = c.args;
      if (c.args.length !== 2 || !init || !body) return undefinedShape();
      if (!isName(init[0]) || !isPunct(init[1], "=") || init.length < 3) return undefinedShape();
      if (!isName(body[0]) || !isWord(body[1], "IN")) return undefinedShape();
      const bar = topLevel(body, 2, body.length, (t) => t.kind === "punct" && t.text === "|")[0];
      if (bar === undefined) return undefinedShape();
      return tpl(
        "list_reduce(list_prepend(",
        c.rw(body.slice(2, bar)),
        ", ",
        c.rw(init.slice(2)),
        "), (",
        [init[0]!],
        ", ",
        [body[0]!],
        ") -> ",
        c.rw(body.slice(bar + 1)),
        ")",
      );
    },
  },
};

/** Interval functions of kuzu by Neo4j duration/time key. */
const INTERVALS: Record<string, string> = {
  years: "to_years",
  months: "to_months",
  weeks: "to_days",
  days: "to_days",
  hours: "to_hours",
  minutes: "to_minutes",
  seconds: "to_seconds",
  milliseconds: "to_milliseconds",
  microseconds: "to_microseconds",
};

/** `to_months(1) + to_days(2) …` for the map's keys (weeks as 7 days); null for an unknown key. */
function intervalSum(c: CallSite, map: Map<string, Token[]>, keys: Record<string, string>): Token[][] | null {
  const parts: Token[][] = [];
  for (const [key, value] of map) {
    const fn = keys[key];
    if (!fn) return null;
    parts.push(tpl(`${fn}(`, key === "weeks" ? tpl("7 * (", c.rw(value), ")") : c.rw(value), ")"));
  }
  return parts;
}

const join = (parts: Token[][], sep: string): (string | Token[])[] =>
  parts.flatMap((p, k) => (k === 0 ? [p] : [sep, p]));

/** datetime()/localdatetime(): now, parsed from a string, or built from a map without time zone. */
function temporalNow(c: CallSite, now: string, parse: string): Token[] | null {
  if (c.args.length === 0) return tpl(now);
  if (c.args.length !== 1) return undefinedShape();
  const map = mapLiteral(c.args[0]!);
  if (!map) {
    if (isPunct(c.args[0]![0], "{")) return undefinedShape();
    return tpl(`${parse}(`, c.rw(c.args[0]!), ")");
  }
  const y = map.get("year");
  if (!y) return undefinedShape();
  const m = map.get("month");
  const d = map.get("day");
  const rest = new Map([...map].filter(([k]) => !["year", "month", "day"].includes(k)));
  const time = intervalSum(c, new Map([...rest].map(([k, v]) => [`${k}s`, v])), {
    hours: "to_hours",
    minutes: "to_minutes",
    seconds: "to_seconds",
    milliseconds: "to_milliseconds",
    microseconds: "to_microseconds",
  });
  if (!time) return undefinedShape(); // time zones, nanoseconds, week dates: no kuzu form
  const date = tpl("make_date(", c.rw(y), ", ", m ? c.rw(m) : tpl("1"), ", ", d ? c.rw(d) : tpl("1"), ")");
  const base = tpl("CAST(", date, " AS TIMESTAMP)");
  return time.length === 0 ? base : tpl("(", base, " + ", ...join(time, " + "), ")");
}

/** Marks a call shape the rewrite knows but cannot translate: the caller names the kuzu form. */
class UnsupportedShape extends Error {}
function undefinedShape(): never {
  throw new UnsupportedShape();
}

export { UnsupportedShape };

/** date.truncate(unit, d): kuzu's date_trunc (no third argument, no week-based units). */
function truncate(c: CallSite): Token[] | null {
  const unit = c.args[0];
  if (c.args.length !== 2 || unit?.length !== 1 || unit[0]!.kind !== "string") return undefinedShape();
  if (
    !/^(year|quarter|month|day|hour|minute|second|millisecond|microsecond|decade|century|millennium)$/i.test(
      unit[0]!.value ?? "",
    )
  )
    return undefinedShape();
  return tpl("date_trunc(", [unit[0]!], ", ", c.rw(c.args[1]!), ")");
}

/** Dotted Neo4j functions (`date.truncate`) rewritten, by lower-case dotted name. */
export const DOTTED_REWRITES: Record<string, FunctionRewrite> = {
  "date.truncate": { form: "date.truncate()", kuzu: "date_trunc(unit, d)", rewrite: truncate },
  "datetime.truncate": { form: "datetime.truncate()", kuzu: "date_trunc(unit, t)", rewrite: truncate },
  "localdatetime.truncate": {
    form: "localdatetime.truncate()",
    kuzu: "date_trunc(unit, t)",
    rewrite: truncate,
  },
  "datetime.fromepochmillis": {
    form: "datetime.fromEpochMillis()",
    kuzu: "epoch_ms(ms)",
    rewrite: one((a) => tpl("epoch_ms(", a, ")")),
  },
};

/** Neo4j functions without a kuzu equivalent: what to write instead (by lower-case name). */
export const NO_EQUIVALENT: Record<string, string> = {
  time: "kuzu has no time-of-day type: use timestamp('2024-04-28 10:00:00') or current_timestamp()",
  localtime: "kuzu has no time-of-day type: use timestamp('2024-04-28 10:00:00') or current_timestamp()",
  point: "kuzu has no spatial types",
  distance: "kuzu has no spatial types",
  "point.distance": "kuzu has no spatial types",
  percentilecont:
    "kuzu has no percentile aggregate: collect() the values and pick with list_sort() and list_extract()",
  percentiledisc:
    "kuzu has no percentile aggregate: collect() the values and pick with list_sort() and list_extract()",
  stdev: "kuzu has no standard-deviation aggregate: compute it from avg() and sum()",
  stdevp: "kuzu has no standard-deviation aggregate: compute it from avg() and sum()",
  valuetype: "write typeof(x) (kuzu's type names: INT64, STRING …)",
  exp: "write pow(2.718281828459045, x)",
  e: "write 2.718281828459045",
  "duration.between": "subtract the two values (t2 - t1 gives kuzu's INTERVAL)",
  "duration.indays": "subtract the two dates: date_diff is not in kuzu 0.11; (d2 - d1) gives an INTERVAL",
  "duration.inmonths": "subtract the two values (t2 - t1 gives kuzu's INTERVAL)",
  "duration.inseconds": "subtract the two values (t2 - t1 gives kuzu's INTERVAL)",
  "datetime.fromepoch": "write epoch_ms(seconds * 1000)",
  shortestpath: "kuzu finds shortest paths in MATCH only: write MATCH p = (a)-[* SHORTEST 1..10]-(b)",
  allshortestpaths: "kuzu finds shortest paths in MATCH only: write MATCH p = (a)-[* ALL SHORTEST 1..10]-(b)",
};
