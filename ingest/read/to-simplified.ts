/**
 * Traditional → simplified conversion (opencc-js, Taiwan/Hong Kong/standard traditional to
 * mainland simplified) that keeps the exact length, so offsets in the simplified form are
 * offsets in the original. Where a phrase conversion changes length, falls back per character.
 *
 * Fast path (issue 14): opencc walks every character of a line through three converters (each a
 * normalisation, a segmentation and two dictionary passes), though in mainland text almost none
 * of them can change. The dictionaries the converters are built from say which can:
 * - a code point in no dictionary key (at any position) is passed through unchanged by every
 *   pass and no match can reach across it, so a line converts as its stretches between such
 *   code points, each alone ("runs");
 * - a run with no code point that begins a key mapped to something else is unchanged: every
 *   match inside it gives back its own text.
 * So a line is converted as before only run by run, and only the runs that hold a code point
 * beginning a changing key; their conversions are remembered. The result is the converters'
 * own on the whole line (tested against them). Ideographic description characters make opencc
 * step over a whole description at once, so a line holding one goes through opencc whole.
 */
import { ConverterBuilder } from "opencc-js/core";
import * as Preset from "opencc-js/preset/t2cn";

type Convert = (text: string) => string;

const FROM = ["hk", "tw", "t"] as const;
/** opencc's configuration names for `FROM` → cn (`ConverterBuilder`'s own naming). */
const CONFIGS = ["hk2s", "tw2s", "t2s"] as const;

let converters: Convert[] | null = null;

function getConverters(): Convert[] {
  converters ??= FROM.map((from) => ConverterBuilder(Preset)({ from, to: "cn" }));
  return converters;
}

function convertAll(text: string): string {
  let out = text;
  for (const c of getConverters()) out = c(out);
  return out;
}

/** Converts one code point; keeps it when the result would have another length. */
function convertChar(ch: string): string {
  const out = convertAll(ch);
  return out.length === ch.length ? out : ch;
}

/** Code point flags: in some dictionary key; begins a key whose replacement differs. */
const IN_KEY = 1;
const STARTS_CHANGE = 2;
/** The character alone converts to another (a traditional-only character: 劳 ← 勞). */
const CHAR_CHANGES = 4;

let flags: Uint8Array | null = null;

/**
 * Every serialised dictionary ("key value|key value") under a preset value, however nested.
 * opencc-js 1.4's presets hold only those; any other leaf (a dictionary given as pairs) stops
 * here rather than be missed.
 */
function collectDicts(value: unknown, out: Set<string>): void {
  if (typeof value === "string") {
    if (value !== "" && !value.includes(" "))
      throw new Error(`to-simplified: unexpected opencc preset entry "${value.slice(0, 20)}"`);
    out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectDicts(v, out);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) collectDicts(v, out);
  } else if (value !== undefined) {
    throw new Error(`to-simplified: unexpected opencc preset entry ${String(value)}`);
  }
}

/**
 * Flags of every code point, from every dictionary the three converters can use (their
 * configurations and the plain from/to chains: a superset is safe, it only converts more).
 */
function getFlags(): Uint8Array {
  if (flags) return flags;
  const dicts = new Set<string>();
  const configs = (Preset as unknown as { configs?: Record<string, unknown> }).configs ?? {};
  for (const name of CONFIGS) collectDicts(configs[name], dicts);
  for (const from of FROM) if (from !== "t") collectDicts(Preset.from[from], dicts);
  collectDicts(Preset.to.cn, dicts);
  const f = new Uint8Array(0x110000);
  for (const dict of dicts) {
    if (dict === "") continue;
    // As opencc's Trie.loadDict reads it: the first replacement of each entry.
    for (const entry of dict.split("|")) {
      const [key = "", value = ""] = entry.split(" ");
      let first = true;
      const single = [...key].length === 1;
      for (const ch of key) {
        const cp = ch.codePointAt(0) ?? 0;
        f[cp] =
          (f[cp] ?? 0) |
          IN_KEY |
          (first && value !== key ? STARTS_CHANGE : 0) |
          (single && value !== key ? CHAR_CHANGES : 0);
        first = false;
      }
      // A replacement holding a description character would change how opencc steps.
      if (IDS.test(value)) throw new Error(`opencc replacement with a description character: ${value}`);
    }
  }
  flags = f;
  return f;
}

/** Conversions of runs already made (cleared when it grows past `RUN_CACHE_MAX`). */
const runCache = new Map<string, string>();
const RUN_CACHE_MAX = 100_000;

function convertRun(run: string): string {
  let out = runCache.get(run);
  if (out === undefined) {
    out = convertAll(run);
    if (runCache.size >= RUN_CACHE_MAX) runCache.clear();
    runCache.set(run, out);
  }
  return out;
}

/** Ideographic description characters (opencc steps over a description as one unit). */
const IDS = /[\u2ff0-\u2fff]/;

/** `convertAll(line)`, converting only the runs that can change. */
function convertLine(line: string): string {
  if (IDS.test(line)) return convertAll(line);
  const f = getFlags();
  let out = "";
  let done = 0; // line[0, done) is in `out`
  let runStart = -1;
  let runChanges = false;
  const n = line.length;
  for (let i = 0; i <= n; ) {
    const cp = i < n ? (line.codePointAt(i) ?? 0) : -1;
    const bits = cp >= 0 ? (f[cp] ?? 0) : 0;
    if (bits & IN_KEY) {
      if (runStart < 0) {
        runStart = i;
        runChanges = false;
      }
      if (bits & STARTS_CHANGE) runChanges = true;
    } else if (runStart >= 0) {
      if (runChanges) {
        out += line.slice(done, runStart) + convertRun(line.slice(runStart, i));
        done = i;
      }
      runStart = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return done === 0 ? line : out + line.slice(done);
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/**
 * True when some character of `text` converts on its own (a traditional-only character). A text
 * without one is simplified already, and is left as it is: opencc's phrase table would still turn
 * words of it into others ("沈默琰", a name, into "沉默琰").
 */
function holdsTraditional(text: string): boolean {
  const f = getFlags();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const cp = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c;
    if ((f[cp] ?? 0) & CHAR_CHANGES) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** Simplified form of `text`, with exactly the same length (UTF-16 units). */
export function toSimplified(text: string): string {
  if (!HAN.test(text) || !holdsTraditional(text)) return text;
  // Convert line by line: a changed length only costs the phrase context of that line.
  return text
    .split("\n")
    .map((line) => {
      if (!HAN.test(line)) return line;
      const whole = convertLine(line);
      if (whole.length === line.length) return whole;
      let out = "";
      for (const ch of line) out += convertChar(ch);
      return out;
    })
    .join("\n");
}
