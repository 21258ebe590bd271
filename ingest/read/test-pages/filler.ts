/**
 * Neutral paragraphs (no names, units, honours, places or events) that lengthen an article so
 * a page fills like a printed one without adding facts to its gold.
 */
import type { PageArticle } from "./types.ts";

const FILLER = [
  "现场气氛热烈，不时响起阵阵掌声。不少职工拿出手机记录下精彩瞬间，还有人在笔记本上认真记下要点，准备回去后与同事分享。",
  "大家纷纷表示，榜样的故事真实可感，听了很受触动。今后要把学到的经验用到日常工作中，在各自岗位上干出新成绩。",
  "据了解，这类活动形式灵活、贴近一线，深受职工欢迎。今年以来，类似的活动已陆续开展多场，参与职工累计超过千人次。",
  "活动组织方在会前广泛征集了职工关心的问题，并据此设计了互动环节，让交流更有针对性，也让更多职工愿意开口、敢于提问。",
  "一位参加活动的青年职工告诉记者，自己入职不到两年，经常为技术上的难题发愁，这次面对面的交流给了他很多启发。",
  "活动结束后，不少职工意犹未尽，围在一起继续讨论。大家约定，下次还要带着工作中遇到的新问题来交流。",
  "近年来，当地持续推进职工素质提升工作，通过岗位练兵、技术比武、师带徒等方式，帮助一线职工增强本领、拓宽成长通道。",
  "下一步，相关单位还将结合职工需求，丰富活动内容，创新活动形式，让更多职工在家门口、在岗位上享受到贴心服务。",
  "记者在现场看到，参加活动的既有从业多年的老师傅，也有刚走出校门的新员工，大家坐在一起，交流得十分热烈。",
  "有职工感慨，平时忙于工作，很少有机会静下心来听一听别人的故事，这样的活动让人既长了见识，又增添了干劲。",
];

/** A copy of `a` with `n` filler paragraphs (starting at `from`) inserted before its last one. */
export function withFiller(a: PageArticle, n: number, from = 0): PageArticle {
  const extra = Array.from({ length: n }, (_, i) => FILLER[(from + i) % FILLER.length] ?? "");
  const paras = [...a.paragraphs];
  const last = paras.pop();
  return { ...a, paragraphs: [...paras, ...extra, ...(last === undefined ? [] : [last])] };
}
