/**
 * Repairs line and column breaks left by PDF extraction: a body line cut mid-sentence is
 * joined to its continuation, even across blank lines, while headlines, bylines, photo
 * credits and complete paragraphs stay on their own lines. Pure; no I/O (the jieba
 * dictionary is loaded in memory on first use).
 */
import { getJieba } from "./get-jieba.ts";
import { toSimplified } from "./to-simplified.ts";

/** Characters that may end a paragraph. */
const FINAL = new Set([..."。！？!?；;：:」』”’…."]);
/** Sentence-internal punctuation: a line holding one of these is body text, not a headline. */
const BODY_MARK = /[，,。；;！？!?]/;
const BYLINE =
  /^\s*[(（【[]?\s*(?:\p{Script=Han}{2,14}(?:[·—\-－、]\p{Script=Han}{2,14}){0,2}(?:\d{1,2}月)?(?:\d{1,2}日)?(?:讯|电|消息)\s*[（(]|本报讯|本报记者|本报通讯员|本报评论员|记者|通讯员|特约记者|见习记者|新华社|中新社|人民网|央视网|据新华社|\p{Script=Han}{2,10}?(?:日报|晚报|报|网|台|社|客户端|融媒体?)(?:驻\p{Script=Han}{1,3})?(?:首席|特约|见习|全媒体|融媒体)?(?:记者|通讯员)\s)/u;
/** A credit closes the line; a photographer's credit may name the picture agency ("摄/远江视觉"). */
const CREDIT =
  /(摄影?(?:\s*[/／]\s*[\p{Script=Han}A-Za-z]{2,8})?|制图|绘图|图\/[^\s]+|供图|图片来源[^\n]*)\s*$/u;
const SECTION_HEAD =
  /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]\s|[#>*+-]\s|#{1,6}\s?)/;
/** A web page's metadata line: a date and time, or a source/author/editor field. */
const METADATA =
  /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}|(?:^[【[（(]?|\s)(?:来源|來源|发布时间|發布時間|发布日期|發布日期|作者|编辑|編輯|责任编辑|責任編輯|浏览|瀏覽|点击|點擊)\s*[:：]/;
/** Two to four bare names separated by spaces ("刘某某 高某某"). */
const NAMES_LINE = /^\p{Script=Han}{2,4}(?:[ \u3000]+\p{Script=Han}{2,4}){1,3}$/u;
const INDENT = /^(\u3000|\s{2,})/;
/**
 * A paragraph closed by its reporters' credit: "…人次。（记者 X 通讯员 Y）", "…。(X Y)". The
 * next article's headline may follow after blank lines: it is never glued to it.
 */
const END_CREDIT =
  /(?:[（(]\s*(?:本报)?(?:首席|特约|见习|全媒体|融媒体|实习)?(?:记者|通讯员|作者)[^（()）\n]{1,40}|[。！？!?”][（(]\s*\p{Script=Han}{2,4}(?:[ \u3000、，,]+\p{Script=Han}{2,4}){0,3}\s*)[)）]\s*$/u;

/** True when the line is a byline such as 本报讯（记者 …）. */
export function isByline(line: string): boolean {
  return BYLINE.test(line);
}

/** True when the line is a short photo/graphic credit such as "本报记者 某某 摄". */
export function isCredit(line: string): boolean {
  const t = line.trim();
  // A caption may precede the credit on the same line: "图为活动现场。 某某 摄".
  const tail = t.slice(t.lastIndexOf("。") + 1).trim();
  return t.length <= 80 && tail.length <= 40 && CREDIT.test(tail) && !/[，。]/.test(tail);
}

function endsFinal(line: string): boolean {
  const t = line.trimEnd();
  const last = t.at(-1);
  return last === undefined || FINAL.has(last);
}

function wrappedInBrackets(line: string): boolean {
  return /^\s*[(（【[].*[)）】\]]\s*$/.test(line);
}

/** A line that does not end a paragraph: no final punctuation, not a credit or heading. */
function isOpen(line: string): boolean {
  if (endsFinal(line) || isCredit(line) || wrappedInBrackets(line) || END_CREDIT.test(line)) return false;
  if (/^\s*#/.test(line)) return false;
  const t = line.trim();
  // Web metadata ("发布日期：2024-06-20 08:40 来源：某某") and a line of bare names (the
  // authors under a deck) are lines of their own.
  if (METADATA.test(t) || NAMES_LINE.test(t)) return false;
  // A byline line without body text after it ("本报记者 某某") is not continued;
  // "本报讯（记者 某某）近" is: the sentence has begun after the bracket.
  return !(isByline(t) && !BODY_MARK.test(t) && !/[)）】]\s*\S+$/.test(t));
}

/** Body text (sentence punctuation, or too long for a headline), not a headline. */
function isBody(line: string): boolean {
  const t = line.trim();
  return BODY_MARK.test(t) || t.length >= 40;
}

/** True when a dictionary word spans the cut, as in 劳动精 | 神 or 省劳动 | 模范. */
function wordSpansCut(a: string, b: string): boolean {
  const left = /\p{Script=Han}{1,4}$/u.exec(a.trimEnd())?.[0];
  const right = /^\p{Script=Han}{1,4}/u.exec(b.trimStart())?.[0];
  if (!left || !right) return false;
  let pos = 0;
  for (const token of getJieba().cut(left + right, false)) {
    const end = pos + token.length;
    if (pos < left.length && end > left.length && token.length >= 2) return true;
    pos = end;
  }
  return false;
}

/** A web page's metadata line ("发布时间: 2024-06-20", "2024 06/20 08:40 来源: 某某网"): short, no sentence. */
function isMetadataLine(t: string): boolean {
  return t.length <= 80 && !/[，。；！？]/.test(t) && METADATA.test(t);
}

/** A line that can be the rest of a sentence begun on the previous line. */
function canBeContinuation(line: string): boolean {
  if (INDENT.test(line) || isByline(line) || isCredit(line) || NAMES_LINE.test(line.trim())) return false;
  if (isMetadataLine(line.trim())) return false;
  if (SECTION_HEAD.test(line)) return false;
  const first = line.trimStart()[0];
  return first !== undefined && !/[\s。，、；：！？]/.test(first);
}

/**
 * True when `b` continues the sentence left open at the end of `a` (`blank`: blank lines lie
 * between them). A line without sentence punctuation followed by a blank line may be a long web
 * headline: it is joined across the blank only where a word is cut in two.
 */
function shouldJoin(a: string, b: string, blank: boolean, lastLine = a): boolean {
  if (!isOpen(a) || !canBeContinuation(b) || parallel(lastLine, b)) return false;
  if (blank ? BODY_MARK.test(a) : isBody(a)) return true;
  // A line with no sentence punctuation may be a headline: join only when a word is cut
  // in two and the next line is body text.
  return isBody(b) && wordSpansCut(a, b);
}

/**
 * Two lines that open with the same four characters are records of one list, printed one a
 * line ("2020年全国劳动模范，…祁某" ⏎ "2020年全国先进工作者，…柏某"), not a sentence and its rest.
 */
function parallel(a: string, b: string): boolean {
  const x = a.trimStart();
  const y = b.trimStart();
  if (x.length >= 8 && y.length >= 8 && x.slice(0, 4) === y.slice(0, 4)) return true;
  // A roll printed one person a line: "宁 川 某供电公司工作负责人" ⏎ "柏文涛 某小学校长".
  return ROLL_RECORD.test(x) && ROLL_RECORD.test(y);
}

/**
 * A roll's record: a name of two to four characters (a two-character one often spaced out),
 * a space, then the unit and post, with no sentence punctuation on the line.
 */
const ROLL_RECORD =
  /^\p{Script=Han}(?:[ \u3000]?\p{Script=Han}){1,3}[ \u3000]+\p{Script=Han}[^，,。；;！？!?、]*$/u;

/** Joins the two fragments, with a space only between two Latin words. */
function glue(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  const space = /[A-Za-z0-9,.;:]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? " " : "";
  return left + space + right;
}

interface Piece {
  line: string;
  /** The line in simplified characters (same length), which the patterns read. */
  simple: string;
  /** Blank lines that followed this line in the input. */
  blanksAfter: number;
  /** The last input line glued into this one (simplified), when any. */
  tail?: string;
}

/**
 * Characters printed only in traditional script, frequent in news: when none occurs the text
 * is read as it is (converting costs time on every file).
 */
const TRADITIONAL = /[們個這來時會為說國記報訊攝導與學發經過還進體電區讓點關總勞動獎務業會長號]/;

function toPieces(text: string): { lead: number; pieces: Piece[] } {
  const lines = text.split("\n");
  // The patterns are written for simplified text; toSimplified keeps lengths and line breaks.
  const simple = TRADITIONAL.test(text) ? toSimplified(text).split("\n") : lines;
  const pieces: Piece[] = [];
  let lead = 0;
  lines.forEach((line, i) => {
    if (line.trim() === "") {
      const last = pieces.at(-1);
      if (last) last.blanksAfter++;
      else lead++;
    } else {
      pieces.push({ line, simple: simple[i] ?? line, blanksAfter: 0 });
    }
  });
  return { lead, pieces };
}

function fromPieces(lead: number, pieces: Piece[]): string {
  let out = "\n".repeat(lead);
  pieces.forEach((p, i) => {
    out += p.line;
    if (i < pieces.length - 1) out += "\n".repeat(p.blanksAfter + 1);
    else out += "\n".repeat(p.blanksAfter);
  });
  return out;
}

interface Repaired {
  text: string;
  /** Joins across blank lines where both sides of the cut are CJK characters. */
  blankCuts: number;
  /** Joins of adjacent lines (no blank line between). */
  wrapCuts: number;
}

function repair(text: string): Repaired {
  const { lead, pieces } = toPieces(text.replace(/\r\n?/g, "\n"));
  const out: Piece[] = [];
  let blankCuts = 0;
  let wrapCuts = 0;
  for (const piece of pieces) {
    const prev = out.at(-1);
    if (prev && shouldJoin(prev.simple, piece.simple, prev.blanksAfter > 0, prev.tail)) {
      if (prev.blanksAfter === 0) wrapCuts++;
      else if (
        /\p{Script=Han}$/u.test(prev.line.trimEnd()) &&
        /^\p{Script=Han}/u.test(piece.line.trimStart())
      ) {
        blankCuts++;
      }
      prev.line = glue(prev.line, piece.line);
      prev.simple = glue(prev.simple, piece.simple);
      prev.tail = piece.simple;
      prev.blanksAfter = piece.blanksAfter;
    } else {
      out.push({ ...piece });
    }
  }
  return { text: fromPieces(lead, out), blankCuts, wrapCuts };
}

/**
 * True when the text shows PDF-style damage: a body line cut mid-word with the continuation
 * after blank lines (both sides CJK), or hard-wrapped text (three or more lines continued by
 * the next line with no blank line between).
 */
export function hasPdfBreaks(text: string): boolean {
  return damaged(repair(text));
}

function damaged(r: Repaired): boolean {
  return r.blankCuts > 0 || r.wrapCuts >= 3;
}

/**
 * The text repaired when it shows PDF-style damage (see hasPdfBreaks), else unchanged: one pass
 * of the repair, where testing first and repairing then would run it twice.
 */
export function repairIfBroken(text: string): string {
  const r = repair(text);
  return damaged(r) ? r.text : text;
}

/** Number of places where `repairBreaks` joins two lines. */
export function countBreaks(text: string): number {
  const r = repair(text);
  return r.blankCuts + r.wrapCuts;
}

/** Joins lines cut mid-sentence (across blank lines too); leaves well-formed text unchanged. */
export function repairBreaks(text: string): string {
  return repair(text).text;
}
