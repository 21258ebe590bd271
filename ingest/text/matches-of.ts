/**
 * The matches of a global regex in a text, like `String#matchAll`, without the regex clone that
 * `matchAll` makes on every call (that clone was the largest single cost of the event finder).
 * Re-entrant: `lastIndex` is set before every `exec`, so a loop body may use the same regex.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: ${re}`);
  let at = 0;
  while (at <= text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return;
    at = m.index + (m[0].length || 1);
    yield m;
  }
}
