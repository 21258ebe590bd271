/**
 * Repairs line and column breaks left by PDF extraction: a body line cut mid-sentence is
 * joined to its continuation, even across blank lines, while headlines, bylines, photo
 * credits and complete paragraphs stay on their own lines. Pure; no I/O.
 */

/** Characters that may end a paragraph. */
const FINAL = new Set([..."。！？!?；;：:」』”’…."]);
/** Sentence-internal punctuation: a line holding one of these is body text, not a headline. */
const BODY_MARK = /[，,。；;！？!?]/;
const BYLINE =
  /^\s*[(（【[]?\s*(本报讯|本报记者|本报通讯员|本报评论员|记者|通讯员|特约记者|见习记者|新华社|中新社|人民网|央视网|据新华社)/;
const CREDIT = /(摄影?|制图|绘图|图\/[^\s]+|供图|图片来源[^\n]*)\s*$/;
const SECTION_HEAD =
  /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]\s|[#>*+-]\s|#{1,6}\s?)/;
const INDENT = /^(\u3000|\s{2,})/;

/** True when the line is a byline such as 本报讯（记者 …）. */
export function isByline(line: string): boolean {
  return BYLINE.test(line);
}

/** True when the line is a short photo/graphic credit such as "本报记者 某某 摄". */
export function isCredit(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && CREDIT.test(t) && !/[，。]/.test(t);
}

function endsFinal(line: string): boolean {
  const t = line.trimEnd();
  const last = t.at(-1);
  return last === undefined || FINAL.has(last);
}

function wrappedInBrackets(line: string): boolean {
  return /^\s*[(（【[].*[)）】\]]\s*$/.test(line);
}

/** A line that ends a paragraph mid-sentence and may be continued by the next one. */
function canContinue(line: string): boolean {
  if (endsFinal(line) || isCredit(line) || wrappedInBrackets(line)) return false;
  if (/^\s*#/.test(line)) return false;
  const t = line.trim();
  // A byline line without body text after it ("本报记者 某某") is not continued.
  if (isByline(t) && !BODY_MARK.test(t)) return false;
  return BODY_MARK.test(t) || t.length >= 40;
}

/** A line that can be the rest of a sentence begun on the previous line. */
function canBeContinuation(line: string): boolean {
  if (INDENT.test(line) || isByline(line) || isCredit(line)) return false;
  if (SECTION_HEAD.test(line)) return false;
  const first = line.trimStart()[0];
  return first !== undefined && !/[\s。，、；：！？]/.test(first);
}

/** Joins the two fragments, with a space only between two Latin words. */
function glue(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  const space = /[A-Za-z0-9,.;:]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? " " : "";
  return left + space + right;
}

interface Piece {
  line: string;
  /** Blank lines that followed this line in the input. */
  blanksAfter: number;
}

function toPieces(text: string): { lead: number; pieces: Piece[] } {
  const lines = text.split("\n");
  const pieces: Piece[] = [];
  let lead = 0;
  for (const line of lines) {
    if (line.trim() === "") {
      const last = pieces.at(-1);
      if (last) last.blanksAfter++;
      else lead++;
    } else {
      pieces.push({ line, blanksAfter: 0 });
    }
  }
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

/** Number of places where `repairBreaks` would join two lines. */
export function countBreaks(text: string): number {
  const { pieces } = toPieces(text.replace(/\r\n?/g, "\n"));
  let n = 0;
  for (let i = 0; i + 1 < pieces.length; i++) {
    if (canContinue(pieces[i]!.line) && canBeContinuation(pieces[i + 1]!.line)) n++;
  }
  return n;
}

/**
 * True when the text shows PDF-style damage: some body line is cut mid-word, with the
 * continuation after one or more blank lines (both sides of the cut are CJK characters).
 */
export function hasPdfBreaks(text: string): boolean {
  const { pieces } = toPieces(text.replace(/\r\n?/g, "\n"));
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    if (a.blanksAfter === 0 || !canContinue(a.line) || !canBeContinuation(b.line)) continue;
    if (/\p{Script=Han}$/u.test(a.line.trimEnd()) && /^\p{Script=Han}/u.test(b.line.trimStart())) return true;
  }
  return false;
}

/** Joins lines cut mid-sentence (across blank lines too); leaves well-formed text unchanged. */
export function repairBreaks(text: string): string {
  const { lead, pieces } = toPieces(text.replace(/\r\n?/g, "\n"));
  const out: Piece[] = [];
  for (const piece of pieces) {
    const prev = out.at(-1);
    if (prev && canContinue(prev.line) && canBeContinuation(piece.line)) {
      prev.line = glue(prev.line, piece.line);
      prev.blanksAfter = piece.blanksAfter;
    } else {
      out.push({ ...piece });
    }
  }
  return fromPieces(lead, out);
}
