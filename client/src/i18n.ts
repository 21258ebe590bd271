/**
 * All user-facing strings of the client in Chinese (default) and English.
 * `t(key)` reads the current language; `setLang` switches it (callers re-render).
 */
import type { HonourLevel, NodeLabel, RelType } from "../../model/types.ts";

export type Lang = "zh" | "en";

const STRINGS = {
  appTitle: { zh: "劳模图谱", en: "Laomo Graph" },
  explorer: { zh: "图谱浏览", en: "Explorer" },
  console: { zh: "Cypher 控制台", en: "Cypher console" },
  langToggle: { zh: "English", en: "中文" },
  langToggleLabel: { zh: "切换到英文界面", en: "Switch to Chinese interface" },
  searchPlaceholder: {
    zh: "搜索人名、单位、活动（汉字 / 拼音 / 首字母）",
    en: "Search names, employers, events (hanzi / pinyin / initials)",
  },
  searchLabel: { zh: "搜索", en: "Search" },
  noResults: { zh: "无结果", en: "No results" },
  legend: { zh: "图例", en: "Legend" },
  filters: { zh: "筛选", en: "Filters" },
  nodeTypes: { zh: "节点类型", en: "Node types" },
  honourLevel: { zh: "荣誉级别", en: "Honour level" },
  honourCategory: { zh: "荣誉类别", en: "Honour category" },
  organiser: { zh: "主办单位", en: "Organiser" },
  yearRange: { zh: "年份范围", en: "Year range" },
  yearFrom: { zh: "起始年份", en: "From year" },
  yearTo: { zh: "截止年份", en: "To year" },
  any: { zh: "全部", en: "Any" },
  resetFilters: { zh: "重置筛选", en: "Reset filters" },
  layoutStart: { zh: "开始布局", en: "Start layout" },
  layoutStop: { zh: "停止布局", en: "Stop layout" },
  communities: { zh: "社区着色", en: "Community colours" },
  exportPng: { zh: "导出 PNG", en: "Export PNG" },
  exportGexf: { zh: "导出 GEXF", en: "Export GEXF" },
  findPath: { zh: "查找路径", en: "Find path" },
  pathHint: {
    zh: "按住 Shift 单击选择两个节点，然后查找路径",
    en: "Shift-click two nodes, then find the path",
  },
  pathFrom: { zh: "起点", en: "From" },
  pathTo: { zh: "终点", en: "To" },
  pathNone: { zh: "两个节点之间没有路径", en: "No path between the two nodes" },
  pathTitle: { zh: "路径与依据", en: "Path and evidence" },
  clearPath: { zh: "清除路径", en: "Clear path" },
  close: { zh: "关闭", en: "Close" },
  attributes: { zh: "属性", en: "Attributes" },
  honours: { zh: "荣誉", en: "Honours" },
  employers: { zh: "工作单位", en: "Employers" },
  events: { zh: "参加活动", en: "Events" },
  talkTitle: { zh: "发言题目", en: "Talk" },
  aliases: { zh: "别名 / 称号", en: "Aliases / nicknames" },
  evidence: { zh: "原文依据", en: "Source sentences" },
  article: { zh: "文章", en: "Article" },
  report: { zh: "生成报告", en: "Report" },
  expand: { zh: "展开邻居", en: "Expand neighbours" },
  expandHint: { zh: "双击节点展开邻居", en: "Double-click a node to expand" },
  loading: { zh: "加载中…", en: "Loading…" },
  loadError: { zh: "加载失败", en: "Failed to load" },
  nodesEdges: { zh: "节点 {n} · 关系 {e}", en: "{n} nodes · {e} edges" },
  run: { zh: "运行 (Ctrl+Enter)", en: "Run (Ctrl+Enter)" },
  examples: { zh: "示例查询", en: "Example queries" },
  chooseExample: { zh: "选择示例…", en: "Choose an example…" },
  table: { zh: "表格", en: "Table" },
  graph: { zh: "图", en: "Graph" },
  rowsIn: { zh: "{n} 行 · {ms} 毫秒", en: "{n} rows · {ms} ms" },
  truncated: { zh: "（结果已截断）", en: "(truncated)" },
  queryError: { zh: "查询错误", en: "Query error" },
  queryLabel: { zh: "Cypher 查询（只读）", en: "Cypher query (read-only)" },
  emptyResult: { zh: "查询没有返回行", en: "The query returned no rows" },
  noGraph: { zh: "结果中没有节点", en: "No nodes in the result" },
  skipToGraph: { zh: "跳到图谱", en: "Skip to graph" },
  selected: { zh: "已选", en: "Selected" },
  year: { zh: "年份", en: "Year" },
  level: { zh: "级别", en: "Level" },
  jobTitle: { zh: "职务", en: "Job title" },
  date: { zh: "日期", en: "Date" },
  centre: { zh: "居中", en: "Centre" },
  mention: { zh: "提及", en: "mentioned" },
} as const;

export type StringKey = keyof typeof STRINGS;

const LABEL_NAMES: Record<NodeLabel, { zh: string; en: string }> = {
  Person: { zh: "人物", en: "Person" },
  Honour: { zh: "荣誉", en: "Honour" },
  Organization: { zh: "单位", en: "Organization" },
  Event: { zh: "活动", en: "Event" },
  Place: { zh: "地点", en: "Place" },
  Article: { zh: "文章", en: "Article" },
};

const REL_NAMES: Record<RelType, { zh: string; en: string }> = {
  HAS_HONOUR: { zh: "获得荣誉", en: "has honour" },
  WORKS_FOR: { zh: "就职于", en: "works for" },
  SPOKE_AT: { zh: "发言于", en: "spoke at" },
  ORGANIZED_BY: { zh: "主办方", en: "organised by" },
  HELD_AT: { zh: "举办地", en: "held at" },
  REPORTED: { zh: "报道", en: "reported in" },
};

const LEVEL_NAMES: Record<HonourLevel, { zh: string; en: string }> = {
  national: { zh: "全国", en: "National" },
  provincial: { zh: "省级", en: "Provincial" },
  municipal: { zh: "市级", en: "Municipal" },
  district: { zh: "区县级", en: "District" },
  industry: { zh: "行业", en: "Industry" },
  enterprise: { zh: "企业", en: "Enterprise" },
};

let current: Lang = "zh";

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  if (typeof document !== "undefined") document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
}

/** Translate a key, replacing `{name}` placeholders from `vars`. */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  let s: string = STRINGS[key][current];
  for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

export function labelName(label: string): string {
  return LABEL_NAMES[label as NodeLabel]?.[current] ?? label;
}

export function relName(type: string): string {
  return REL_NAMES[type as RelType]?.[current] ?? type;
}

export function levelName(level: string): string {
  return LEVEL_NAMES[level as HonourLevel]?.[current] ?? level;
}

/** Every key of the table (for tests that check both languages are filled). */
export function allStrings(): Record<string, { zh: string; en: string }> {
  return STRINGS;
}
