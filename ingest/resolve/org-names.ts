/**
 * One company under its full and its short name. A company's core is its name without the legal
 * form (有限公司, 股份有限公司, 集团 …) and, where enough is left, without a filler word (科技, 实业,
 * 工程 …): 远江电力集团有限公司, 远江电力有限公司 and 远江电力 share the core 远江电力 and are one
 * organisation. A brand-and-initials short form (弘毅航机 for 弘毅航空机械有限公司) is the same
 * company only where an article or one person's articles show both (see `abbreviates`). Names
 * that merely share a beginning (远江电力 and 远江电力建设有限公司) stay apart.
 */
import { ORG_TYPES, type OrgType } from "../../model/types.ts";
import { memoiseString } from "../text/memoise-pure.ts";
import { nameKey } from "./normalise.ts";

/** Legal forms, longest first. A branch (分公司, 子公司) keeps its whole name. */
const LEGAL_FORMS = [
  "集团股份有限公司",
  "集团有限责任公司",
  "集团有限公司",
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "集团公司",
  "总公司",
  "公司",
  "集团",
];
/** Words a short name leaves out after the trade (远江电子 for 远江电子科技有限公司). */
const FILLERS = ["科技", "技术", "实业", "发展", "控股", "投资", "工程", "股份"];
/** Shortest core left after a legal form, and after a filler word, is stripped. */
const MIN_CORE = 2;
const MIN_CORE_AFTER_FILLER = 4;

function stripOnce(name: string): string {
  if (/[分子]公司$/.test(name)) return name;
  for (const f of LEGAL_FORMS)
    if (name.endsWith(f) && name.length - f.length >= MIN_CORE) return name.slice(0, -f.length);
  for (const f of FILLERS)
    if (name.endsWith(f) && name.length - f.length >= MIN_CORE_AFTER_FILLER) return name.slice(0, -f.length);
  return name;
}

/** The company's core: legal forms and filler words stripped from the end, repeatedly. */
export const companyCore = memoiseString((name: string): string => {
  let cur = name;
  for (let next = stripOnce(cur); next !== cur; next = stripOnce(cur)) cur = next;
  return cur;
});

/** True when the name ends with a legal form (the full name as registered). */
export function hasLegalForm(name: string): boolean {
  return !/[分子]公司$/.test(name) && LEGAL_FORMS.some((f) => name.endsWith(f));
}

/** The identity key of an organisation name: its core, width and brackets folded. */
export function orgKey(name: string): string {
  return nameKey(companyCore(name));
}

/**
 * True when `short` is a brand-and-initials form of `full`: both cores begin with the same brand
 * (two characters or more), and after it the short name takes the first one or more characters of
 * every two-character word of the full name's trade, in order (弘毅 航空 机械 → 弘毅航机; 远江 电力
 * 建设 → 远江电建, never 远江建设 nor 远江电力). At least three characters.
 */
export function abbreviates(short: string, full: string): boolean {
  const s = companyCore(short);
  const f = companyCore(full);
  // A name that only begins the other (远江电力, 远江电力建设) is another company.
  if (s.length < 3 || s.length >= f.length || f.startsWith(s)) return false;
  let common = 0;
  while (common < s.length && s[common] === f[common]) common++;
  for (let brand = 2; brand <= common; brand++) {
    if (takesEveryWord(s.slice(brand), f.slice(brand))) return true;
  }
  return false;
}

/** `rest` is made of a non-empty beginning of each two-character word of `trade`, in order. */
function takesEveryWord(rest: string, trade: string): boolean {
  if (rest.length === 0 || trade.length === 0) return false;
  const words: string[] = [];
  for (let i = 0; i < trade.length; i += 2) words.push(trade.slice(i, i + 2));
  const fits = (w: number, at: number): boolean => {
    if (w === words.length) return at === rest.length;
    const word = words[w]!;
    for (let k = 1; k <= word.length && at + k <= rest.length; k++)
      if (rest.slice(at, at + k) === word.slice(0, k) && fits(w + 1, at + k)) return true;
    return false;
  };
  return fits(0, 0);
}

/** The spelling an organisation node is named by: its registered (legal) form, the longest. */
export function betterName(a: string, b: string): string {
  const la = hasLegalForm(a);
  const lb = hasLegalForm(b);
  if (la !== lb) return la ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a.localeCompare(b) <= 0 ? a : b;
}

/** An organisation's type: the first of ORG_TYPES that any mention gives ("other" last). */
export function preferType(a: OrgType, b: OrgType): OrgType {
  return ORG_TYPES.indexOf(a) <= ORG_TYPES.indexOf(b) ? a : b;
}
