/**
 * The curation UI's strings (article view, review actions) in Chinese and English, kept apart
 * from i18n.ts's main table; `ct(key)` follows the UI language set there.
 */
import { localise } from "./i18n.ts";

const STRINGS = {
  articleView: { zh: "文章原文", en: "Article" },
  openArticle: { zh: "查看原文", en: "Open the article" },
  backToGraph: { zh: "返回图谱", en: "Back to the graph" },
  articleFacts: { zh: "抽取的事实", en: "Extracted facts" },
  reviewedCount: { zh: "已审核 {reviewed} / {facts} 条事实", en: "{reviewed} of {facts} facts reviewed" },
  review_extracted: { zh: "待审核", en: "extracted" },
  review_confirmed: { zh: "已确认", en: "confirmed" },
  review_corrected: { zh: "已更正", en: "corrected" },
  review_added: { zh: "人工添加", en: "added" },
  review_rejected: { zh: "已驳回", en: "rejected" },
  confirm: { zh: "确认", en: "Confirm" },
  reject: { zh: "驳回", en: "Reject" },
  rejectReason: { zh: "驳回理由", en: "Reason for rejecting" },
  edit: { zh: "修改", en: "Edit" },
  save: { zh: "保存", en: "Save" },
  cancel: { zh: "取消", en: "Cancel" },
  undo: { zh: "撤销", en: "Undo" },
  undone: { zh: "已撤销", en: "Undone" },
  field_honour: { zh: "荣誉", en: "Honour" },
  field_year: { zh: "年份", en: "Year" },
  field_employer: { zh: "工作单位", en: "Employer" },
  field_jobTitle: { zh: "职务", en: "Job title" },
  field_talkTitle: { zh: "发言题目", en: "Talk title" },
  field_organiser: { zh: "主办单位", en: "Organiser" },
  field_role: { zh: "主办角色", en: "Organiser role" },
  field_venue: { zh: "地点", en: "Venue" },
  saving: { zh: "正在保存并重建图谱…", en: "Saving and rebuilding the graph…" },
  applied: { zh: "已保存：{what}", en: "Saved: {what}" },
  orphaned: { zh: "已记录，但目标已不存在：{reason}", en: "Logged, but its target is gone: {reason}" },
  tokenMissing: { zh: "需要写入令牌", en: "the write token is needed" },
  tokenRefused: { zh: "写入令牌不正确", en: "the write token was refused" },
  writeError: { zh: "保存失败", en: "Could not save" },
  action_confirm: { zh: "确认事实", en: "confirmed a fact" },
  action_reject: { zh: "驳回事实", en: "rejected a fact" },
  action_edit: { zh: "修改事实", en: "edited a fact" },
  "action_edit-entity": { zh: "修改实体", en: "edited an entity" },
  action_add: { zh: "添加事实", en: "added a fact" },
  action_merge: { zh: "合并", en: "merged" },
  action_split: { zh: "拆分", en: "split" },
  action_rename: { zh: "改名", en: "renamed" },
  action_undo: { zh: "撤销", en: "undid a correction" },
  curation: { zh: "审核与更正", en: "Review and correct" },
  rename: { zh: "改名", en: "Rename" },
  newName: { zh: "新名称", en: "New name" },
  merge: { zh: "合并…", en: "Merge…" },
  mergeWith: { zh: "与哪个{label}合并（搜索）", en: "Merge with which {label} (search)" },
  mergeInto: { zh: "合并到此节点", en: "Merge into this node" },
  split: { zh: "拆分…", en: "Split…" },
  splitHint: {
    zh: "选择属于另一个同名人物的文章，这些文章中的提及将归入新人物",
    en: "Choose the articles about another person of this name: their mentions go to a new person",
  },
  credits: { zh: "署名（审核）", en: "Credits (review)" },
  splitIt: { zh: "拆分", en: "Split" },
  splitName: { zh: "新人物名称（可选）", en: "New person's name (optional)" },
  factsOfNode: { zh: "相关事实（审核）", en: "Facts (review)" },
  noFacts: { zh: "暂无事实", en: "No facts" },
  addFact: { zh: "添加遗漏的事实", en: "Add a missed fact" },
  selectionHint: {
    zh: "在原文中选中文字，即可把它作为新事实的依据",
    en: "Select words in the text to add a fact with them as its evidence",
  },
  selected: { zh: "选中的文字", en: "Selected words" },
  factKind: { zh: "事实类型", en: "Kind of fact" },
  holder: { zh: "主体", en: "Holder" },
  other: { zh: "对象", en: "Object" },
  pickOrType: { zh: "搜索已有节点或输入新名称", en: "Search a node or type a new name" },
  labelOf: { zh: "类型", en: "Type" },
  addIt: { zh: "添加", en: "Add" },
  unreviewed: { zh: "待审核事实", en: "Unreviewed facts" },
  credit_reporter: { zh: "记者", en: "reporter" },
  credit_correspondent: { zh: "通讯员", en: "correspondent" },
  credit_photographer: { zh: "摄影", en: "photographer" },
  credit_contributor: { zh: "供稿", en: "contributor" },
  onlyUnreviewed: { zh: "只看待审核", en: "Unreviewed only" },
  listedFirst: { zh: "列出前 {n} 条", en: "first {n} listed" },
  reviewTab: { zh: "审核", en: "Review" },
  reviewState: { zh: "审核状态", en: "Review state" },
  reviewedAny: { zh: "已审核（任意）", en: "reviewed (any)" },
  queueTotal: { zh: "{state}：共 {n} 条事实", en: "{state}: {n} facts" },
  previous: { zh: "上一页", en: "Previous" },
  next: { zh: "下一页", en: "Next" },
  unreviewedTotal: { zh: "共 {n} 条待审核", en: "{n} unreviewed" },
  showUnreviewed: { zh: "列出待审核事实", en: "List unreviewed facts" },
  hideUnreviewed: { zh: "收起", en: "Hide" },
  reasonShown: { zh: "理由：{reason}", en: "Reason: {reason}" },
  factAt: { zh: "第 {n} 条事实", en: "Fact {n}" },
  notFound: { zh: "找不到这篇文章", en: "No such article" },
  needSelection: { zh: "请先在原文中选中文字", en: "Select words in the text first" },
  needNames: { zh: "请填写主体和对象", en: "Name the holder and the object" },
} as const;

export type CurationKey = keyof typeof STRINGS;

export function ct(key: CurationKey, vars: Record<string, string | number> = {}): string {
  return localise(STRINGS[key], vars);
}

/** Whether a key exists (review states, fields and actions come from the data). */
export function hasKey(key: string): key is CurationKey {
  return key in STRINGS;
}

export function reviewName(review: string): string {
  const key = `review_${review}`;
  return hasKey(key) ? ct(key) : review;
}

export function fieldName(field: string): string {
  const key = `field_${field}`;
  return hasKey(key) ? ct(key) : field;
}

/** A credit's role (reporter, correspondent, photographer, contributor) in the UI language. */
export function creditRole(role: string): string {
  const key = `credit_${role}`;
  return hasKey(key) ? ct(key) : role;
}

export function actionName(action: string): string {
  const key = `action_${action}`;
  return hasKey(key) ? ct(key) : action;
}

/** Every key of the table (a test checks both languages are filled). */
export function allCurationStrings(): Record<string, { zh: string; en: string }> {
  return STRINGS;
}
