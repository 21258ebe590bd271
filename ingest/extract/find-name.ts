/**
 * Decides whether a Chinese person name starts at a position: a surname from the shipped
 * list plus one or two given-name characters, ending where the following context (punctuation,
 * a verb such as 讲述/表示, a list count) and jieba's word boundaries agree.
 */

import { NON_NAME_CHARS, STOP_NAMES } from "../lexicon/stop-names.ts";
import { surnameAt } from "../lexicon/surnames.ts";

const HAN = /\p{Script=Han}/u;

/** Words that commonly follow a person's name. */
const FOLLOW = [
  "以",
  "讲述",
  "表示",
  "分享",
  "作",
  "在",
  "用",
  "为",
  "说",
  "等",
  "和",
  "与",
  "及",
  "同志",
  "被",
  "荣获",
  "获得",
  "获评",
  "获",
  "先后",
  "结合",
  "围绕",
  "向",
  "通过",
  "带领",
  "从",
  "是",
  "也",
  "还",
  "则",
  "一起",
  "首先",
  "率先",
  "生动",
  "深情",
  "受邀",
  "登台",
  "现场",
  "带来",
  "分别",
  "作为",
  "曾",
  "多年",
  "扎根",
  "介绍",
  "认为",
  "告诉",
  "来到",
  "走进",
  "的",
  "进行",
  "就",
  "对",
  "将",
  "已",
  "不仅",
  "凭借",
  "当选",
  "讲",
  "谈",
  "畅谈",
  "坚守",
  "从事",
  "指出",
  "强调",
  "称",
  "现任",
  "担任",
  "今年",
  "回顾",
  "来自",
  "当",
  "依次",
  "上台",
  "同",
  "跟",
  "把",
  "带",
  "率",
  "主持",
  "致辞",
  "宣读",
  "颁发",
  "出席",
  "参加",
  "宣讲",
  "做",
  "立足",
  "这",
  "动情",
  "激动",
  "感慨",
  "坦言",
  "说道",
  "则",
  "所在",
  "发言",
  "交流",
  "便",
  "又",
  "于",
  "到",
  "给",
  "自",
  "始终",
  "一直",
  "长期",
  "几",
  "两",
  "一",
  "二",
  "三",
  "四",
  "五",
  "十",
  "连续",
  "入职",
  "参加工作",
  "毕业",
  "出生",
  "现为",
  "任",
  "系",
  "所",
  "专注",
  "潜心",
  "等人",
  "代表",
];
const FOLLOW_BY_CHAR = new Map<string, string[]>();
for (const w of FOLLOW) {
  const list = FOLLOW_BY_CHAR.get(w[0]!) ?? [];
  list.push(w);
  FOLLOW_BY_CHAR.set(w[0]!, list);
}

function followsWord(text: string, at: number): boolean {
  const list = FOLLOW_BY_CHAR.get(text[at] ?? "");
  return list?.some((w) => text.startsWith(w, at)) ?? false;
}

/** True when a name may end at `end` (before punctuation, a digit, the end, or a following word). */
function goodEnd(text: string, end: number, limit: number, bounds: Set<number>): boolean {
  if (end >= limit) return true;
  const c = text[end]!;
  if (!HAN.test(c)) return true;
  return followsWord(text, end) && bounds.has(end);
}

function validGiven(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === undefined || !HAN.test(c) || NON_NAME_CHARS.has(c)) return false;
  }
  return true;
}

/**
 * Length of the person name starting at `pos` (0 when none). `limit` is where the clause
 * ends; `bounds` are jieba word boundaries in the same coordinates as `pos`.
 */
export function nameAt(text: string, pos: number, limit: number, bounds: Set<number>): number {
  const sl = surnameAt(text, pos);
  if (sl === 0) return 0;
  const ok = (len: number): boolean => {
    if (pos + len > limit || !validGiven(text, pos + sl, pos + len)) return false;
    return !STOP_NAMES.has(text.slice(pos, pos + len));
  };
  const short = sl + 1;
  const long = sl + 2;
  const shortOk = ok(short) && goodEnd(text, pos + short, limit, bounds);
  const longOk = ok(long) && goodEnd(text, pos + long, limit, bounds);
  if (shortOk && !longOk) return short;
  if (longOk && !shortOk) return long;
  if (shortOk && longOk) {
    // Both readings fit: trust jieba when it keeps the three characters together.
    return bounds.has(pos + long) && !bounds.has(pos + short) ? long : short;
  }
  return 0;
}
