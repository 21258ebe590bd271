/**
 * Token helpers of the Neo4j → kuzu rewrite: matching brackets, splitting arguments at top-level
 * commas, building replacement token runs from small templates, and the display text of a run.
 * Everything works on `cypher-lexer.ts` tokens, never on raw text (string literals stay intact).
 */
import { InvalidInputError } from "../model/errors.ts";
import { lexCypher, rebuildQuery, type Token } from "./cypher-lexer.ts";

/** A bracket that is never closed (the engine's syntax error names it better). */
export class UnbalancedError extends InvalidInputError {}

const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

export const isPunct = (t: Token | undefined, text: string): boolean =>
  t?.kind === "punct" && t.text === text;

/** A word token whose text is `word` (ASCII case-insensitive, as kuzu reads keywords). */
export const isWord = (t: Token | undefined, word: string): boolean =>
  t?.kind === "word" && t.text.toUpperCase() === word.toUpperCase();

export const isName = (t: Token | undefined): boolean => t?.kind === "word" || t?.kind === "quoted";

/** Index of the bracket closing the one at `open`; throws when it is never closed. */
export function matchClose(ts: readonly Token[], open: number): number {
  const stack: string[] = [];
  for (let i = open; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.kind !== "punct") continue;
    const close = OPEN[t.text];
    if (close) stack.push(close);
    else if (t.text === ")" || t.text === "]" || t.text === "}") {
      if (stack.pop() !== t.text) break;
      if (stack.length === 0) return i;
    }
  }
  throw new UnbalancedError("The query has a bracket that is never closed.");
}

/** Indices in [from, to) of `pred` tokens at bracket depth 0 of that range. */
export function topLevel(
  ts: readonly Token[],
  from: number,
  to: number,
  pred: (t: Token) => boolean,
): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const t = ts[i]!;
    if (t.kind === "punct" && OPEN[t.text]) {
      i = matchClose(ts, i);
      continue;
    }
    if (pred(t)) out.push(i);
  }
  return out;
}

/** The token runs between top-level commas of [from, to) (empty range: no argument). */
export function splitArgs(ts: readonly Token[], from: number, to: number): Token[][] {
  if (from >= to) return [];
  const commas = topLevel(ts, from, to, (t) => t.kind === "punct" && t.text === ",");
  const bounds = [from - 1, ...commas, to];
  return bounds.slice(1).map((end, k) => ts.slice(bounds[k]! + 1, end));
}

/**
 * Replacement tokens from a template: strings are lexed as Cypher (their leading space decides the
 * separation), token runs are spliced in (separated by a space when the text before ends in one).
 */
export function tpl(...parts: (string | readonly Token[])[]): Token[] {
  const out: Token[] = [];
  let spaceNext = false;
  for (const part of parts) {
    if (typeof part === "string") {
      const toks = lexCypher(part);
      toks.forEach((t, k) => {
        out.push({
          ...t,
          offset: -1,
          lineBefore: false,
          spaceBefore: k === 0 ? /^\s/.test(part) : t.spaceBefore,
        });
      });
      spaceNext = /\s$/.test(part);
    } else {
      part.forEach((t, k) => {
        out.push(k === 0 ? { ...t, spaceBefore: spaceNext, lineBefore: false } : t);
      });
      spaceNext = false;
    }
  }
  return out;
}

/** A string literal token with the given value. */
export function stringToken(value: string): Token {
  return { kind: "string", text: `'${value}'`, value, offset: -1, spaceBefore: false };
}

/** One-line display text of a token run (strings canonical), clipped for the API answer. */
export function snippet(ts: readonly Token[], max = 160): string {
  const text = rebuildQuery(
    ts.map((t, k) => ({ ...t, lineBefore: false, spaceBefore: k > 0 && t.spaceBefore })),
    true,
  );
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
