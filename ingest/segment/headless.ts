/**
 * Texts without a headline (a body cut from a page or a web excerpt): what counts as a sentence
 * (as opposed to page chrome such as page numbers, dates and editor lines), and the title such an
 * article gets, its first clause.
 */

/** Sentence-final punctuation (full or half width). */
const SENTENCE_END = /[。！？!?]/;
/** A clause ends at a comma, a semicolon, a colon or a sentence end. */
const CLAUSE_END = /[，,；;：:。！？!?\n]/;
/** A text cut off mid-sentence opens with an ellipsis or with closing punctuation. */
const CUT_OFF = /^(?:…|⋯|\.{2,}|[”’」』）)》〉】，,。、；;：:！？!?])/;
/** Clauses too thin to name an article: a time or a place adverbial ("近日", "5月12日上午", "活动现场"). */
const ADVERBIAL =
  /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日?(?:[上中下]午|晚(?:上|间)?|早(?:上|晨)?)?|近日|日前|近期|昨天|昨日|今天|今日|当天|当日|此前|随后|同时|此外|其间|(?:活动|会议|比赛|大赛|仪式|宣讲|颁奖|分享会|座谈会|报告会)?现场|活动中|会上|会后|席间|据悉|据了解|记者了解到)$/;
/** Most characters of an untitled article's title. */
const MAX_TITLE = 40;

/**
 * Page chrome that is no sentence even when it has digits and punctuation: a bare page number
 * ("3", "- 3 -", "第3页"), a page mark, an e-mail or web address line, a contact line.
 */
const CHROME =
  /^(?:[-—–·\s]*\d{1,3}[-—–·\s]*|第\s*[\d一二三四五六七八九十]+\s*[版页].*|.*(?:投稿邮箱|电子邮箱|邮箱|电话|传真|网址|邮编|热线)\s*[:：].*)$/u;

/** Fewest letters (digits, spaces and punctuation not counted) in a sentence ("好。" is none). */
const MIN_LETTERS = 6;

/** True when the line holds a sentence: sentence-final punctuation, six letters or more, no chrome. */
export function hasSentence(t: string): boolean {
  return SENTENCE_END.test(t) && !CHROME.test(t) && t.replace(/[\s\d\p{P}\p{S}]/gu, "").length >= MIN_LETTERS;
}

/** True for a page-chrome line (page number, page mark, contact line). */
export function isChrome(t: string): boolean {
  return CHROME.test(t);
}

/**
 * The span [start, end) of the first clause of `body` (one line of text): a cut-off fragment
 * before the first full stop is skipped, thin adverbial clauses are joined to the next one,
 * and the title stops at 40 characters. Offsets are into `body`; null when it has no words.
 */
export function firstClauseSpan(body: string): { start: number; end: number } | null {
  let at = body.length - body.trimStart().length;
  if (CUT_OFF.test(body.slice(at))) {
    const stop = body.slice(at).search(SENTENCE_END);
    const rest = stop >= 0 ? at + stop + 1 : -1;
    if (rest > 0 && /\p{Script=Han}/u.test(body.slice(rest))) at = rest;
    // Skip the fragment's opening punctuation (or the stop and spaces after it).
    while (at < body.length && /[\s\p{P}…⋯]/u.test(body[at]!)) at++;
  }
  let end = at;
  for (;;) {
    const rel = body.slice(end).search(CLAUSE_END);
    const stop = rel < 0 ? body.length : end + rel;
    const clause = body.slice(at, stop).trim();
    end = stop;
    const thin = clause.replace(/[\s，,]/g, "").length < 6 || ADVERBIAL.test(clause);
    if (!thin || rel < 0 || SENTENCE_END.test(body[stop] ?? "")) break;
    end = stop + 1;
  }
  while (end > at && /[\s\p{P}]/u.test(body[end - 1]!) && !/[”’」』）)》]/.test(body[end - 1]!)) end--;
  if (end - at > MAX_TITLE) end = at + MAX_TITLE;
  while (end > at && /\s/.test(body[end - 1]!)) end--;
  return end > at ? { start: at, end } : null;
}
