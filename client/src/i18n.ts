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
  pathNone: { zh: "6 跳以内没有路径", en: "No path within 6 hops" },
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
  moreRelationships: {
    zh: "更多关系（已列出 {shown} / {total}）",
    en: "More relationships ({shown} of {total} listed)",
  },
  loadEvidence: { zh: "加载各关系的出处句子", en: "Load the sentences of its relationships" },
  nodesEdges: { zh: "节点 {n} · 关系 {e}", en: "{n} nodes · {e} edges" },
  run: { zh: "运行 (Ctrl+Enter)", en: "Run (Ctrl+Enter)" },
  examples: { zh: "示例查询", en: "Example queries" },
  chooseExample: { zh: "选择示例…", en: "Choose an example…" },
  table: { zh: "表格", en: "Table" },
  graph: { zh: "图", en: "Graph" },
  rowsIn: { zh: "{n} 行 · {ms} 毫秒", en: "{n} rows · {ms} ms" },
  truncated: { zh: "（结果已截断）", en: "(truncated)" },
  queryError: { zh: "查询错误", en: "Query error" },
  unsupportedForm: { zh: "无法改写的 Neo4j 写法", en: "Neo4j form without a kuzu rewrite" },
  rewritten: {
    zh: "已将 Neo4j 写法改写为内嵌库（kuzu）的写法后运行：",
    en: "Neo4j forms rewritten to the embedded store's (kuzu) dialect before running:",
  },
  rewriteNoteCast: {
    zh: "kuzu 的 CAST 对小数四舍五入（Neo4j 截断），无法转换时报错（Neo4j 返回 null）。",
    en: "kuzu's CAST rounds decimals (Neo4j truncates) and fails where Neo4j returns null.",
  },
  rewriteNoteList: {
    zh: "kuzu 对空列表取元素会报错（Neo4j 返回 null）。",
    en: "kuzu fails on an element of an empty list (Neo4j returns null).",
  },
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
  // Events view (client/src/events-page.ts)
  eventsTab: { zh: "活动", en: "Events" },
  eventsTitle: { zh: "活动时间轴", en: "Events timeline" },
  evRegion: { zh: "地区", en: "Region" },
  evYearRange: { zh: "{from}–{to} 年", en: "{from}–{to}" },
  evYear: { zh: "{year} 年", en: "{year}" },
  evCount: { zh: "共 {n} 场活动中的 {m} 场", en: "{m} of {n} events" },
  evTruncated: { zh: "（只列出前 {k} 场）", en: "(first {k} listed)" },
  evNone: { zh: "没有符合条件的活动", en: "No events match" },
  evUndated: { zh: "未注明日期 · 报道于 {date}", en: "Undated · reported {date}" },
  evNoDate: { zh: "日期不详", en: "Date unknown" },
  evSpeakers: { zh: "发言人", en: "Speakers" },
  evOrganisers: { zh: "主办方：", en: "Organisers: " },
  evVenue: { zh: "地点：", en: "Venue: " },
  evRoleHost: { zh: "主办", en: "host" },
  evRoleOrganiser: { zh: "承办", en: "organiser" },
  evRoleCoOrganiser: { zh: "协办", en: "co-organiser" },
  evRoleGuidance: { zh: "指导", en: "guidance" },
  evNoSpeakers: { zh: "未记录发言人", en: "No speakers recorded" },
  evTimeline: { zh: "按月活动数；拖动选择年份范围", en: "Events per month; drag to pick a range of years" },
  evBrushStart: { zh: "起始年份", en: "First year" },
  evBrushEnd: { zh: "截止年份", en: "Last year" },
  evClearRange: { zh: "清除时间范围", en: "Clear time range" },
  evShowInGraph: { zh: "在图谱中查看", en: "Show in graph" },
  evRangeAll: { zh: "全部年份", en: "All years" },
  layoutMode: { zh: "布局", en: "Layout" },
  layoutForce: { zh: "力导向", en: "Force" },
  layoutBipartite: { zh: "二分（劳模｜活动｜主办方）", en: "Bipartite (honourees | events | organisers)" },
  // Map (client/src/map-view.ts)
  mapTab: { zh: "地图", en: "Map" },
  mapTitle: { zh: "各省活动与劳模分布", en: "Events and honourees by province" },
  mapTitleProvince: { zh: "{name}各市分布", en: "{name} by city" },
  mapBack: { zh: "返回全国", en: "Back to China" },
  mapBackProvince: { zh: "返回{name}全省", en: "Back to all of {name}" },
  mapMetric: { zh: "着色依据", en: "Colour by" },
  mapEvents: { zh: "活动", en: "Events" },
  mapHonourees: { zh: "劳模", en: "Honourees" },
  mapRegionLabel: {
    zh: "{name}：活动 {events} 场，劳模 {honourees} 人",
    en: "{name}: {events} events, {honourees} honourees",
  },
  mapSummaryEvents: {
    zh: "地图上 {placed} 场活动（共 {total} 场；全国性 {national} 场，未能定位 {unknown} 场）",
    en: "{placed} events on the map ({total} in all; {national} national, {unknown} not placed)",
  },
  mapSummaryHonourees: {
    zh: "地图上 {placed} 位劳模（共 {total} 位；仅有全国性荣誉 {national} 位，未能定位 {unknown} 位）",
    en: "{placed} honourees on the map ({total} in all; {national} with national honours only, {unknown} not placed)",
  },
  mapSummaryCityEvents: {
    zh: "{name}共 {total} 场活动，{placed} 场可定位到市（{below} 场只知省份）",
    en: "{total} events in {name}, {placed} placed in a city ({below} known only by province)",
  },
  mapSummaryCityHonourees: {
    zh: "{name}共 {total} 位劳模，{placed} 位可定位到市（{below} 位只知省份）",
    en: "{total} honourees in {name}, {placed} placed in a city ({below} known only by province)",
  },
  mapEmpty: { zh: "此地区暂无数据", en: "Nothing placed here" },
  mapNoCityShapes: { zh: "{name}没有分市地图。", en: "No city map of {name}." },
  mapNoteIslands: {
    zh: "地图数据：china-geojson（MIT）。南海诸岛以右侧插图表示，台湾、香港、澳门按省级单位绘制。",
    en: "Map data: china-geojson (MIT). The South China Sea islands are drawn as an inset on the right; Taiwan, Hong Kong and Macao as province-level units.",
  },
  mapNoteCities: {
    zh: "点击城市筛选；地区由单位、场馆、主办方和荣誉范围的名称推断。",
    en: "Click a city to filter; places are derived from unit, venue, organiser and honour-scope names.",
  },
  mapMembersEvents: { zh: "{name}的活动（{count}）", en: "Events in {name} ({count})" },
  mapMembersHonourees: { zh: "{name}的劳模（{count}）", en: "Honourees in {name} ({count})" },
  mapMore: { zh: "另有 {count} 项未列出", en: "{count} more not listed" },
  mapShowInEvents: { zh: "在活动时间轴中查看", en: "Show on the events timeline" },
  // Explorer labels, zoom, filters, communities (graph-view.ts, filter-panel.ts, legend.ts)
  zoom: { zh: "缩放", en: "Zoom" },
  zoomIn: { zh: "放大", en: "Zoom in" },
  zoomOut: { zh: "缩小", en: "Zoom out" },
  zoomFit: { zh: "显示全图", en: "Fit the graph" },
  peopleMatch: { zh: "{n} / {total} 位人物符合筛选", en: "{n} of {total} people match" },
  filterEmpty: { zh: "没有符合筛选条件的节点。", en: "Nothing matches the filters." },
  yearRangeInvalid: {
    zh: "起始年份 {from} 晚于截止年份 {to}，未应用。",
    en: "The from year {from} is after the to year {to}; not applied.",
  },
  communityLegend: { zh: "社区（Louvain）", en: "Communities (Louvain)" },
  communityItem: { zh: "社区 {n}", en: "Community {n}" },
  communityOthers: { zh: "其余 {k} 个社区", en: "{k} more communities" },
  nodeCount: { zh: "{n} 个节点", en: "{n} nodes" },
  // Server error codes (console and explorer)
  err_forbidden_query: {
    zh: "只读控制台拒绝了此查询（写入、结构修改、文件访问或不允许的过程）。",
    en: "The read-only console refused the query (a write, schema change, file access or a procedure not allowed).",
  },
  err_invalid_input: { zh: "查询或参数无效。", en: "The query or its parameters are invalid." },
  err_unsupported_form: {
    zh: "内嵌库（kuzu）没有对应的 Neo4j 写法，请改用提示的 kuzu 写法。",
    en: "The embedded store (kuzu) has no equivalent of this Neo4j form: write the kuzu form named.",
  },
  err_query_too_large: {
    zh: "查询太大，内存放不下：请加 LIMIT，或收窄 MATCH。",
    en: "The query is too large for memory: add a LIMIT or narrow the MATCH.",
  },
  err_query_timeout: { zh: "查询超时。", en: "The query timed out." },
  err_query_crashed: {
    zh: "数据库在执行此查询时崩溃；服务器仍在运行。",
    en: "The database crashed on this query; the server keeps running.",
  },
  err_too_many_requests: { zh: "请求太多，请稍后再试。", en: "Too many requests: try again shortly." },
  err_store_unavailable: { zh: "数据库暂不可用。", en: "The database is unavailable." },
  err_not_found: { zh: "未找到。", en: "Not found." },
  err_unauthorized: { zh: "需要令牌。", en: "A token is needed." },
  err_forbidden: { zh: "令牌无效或来源不允许。", en: "Wrong token or a foreign origin." },
  err_internal: { zh: "服务器内部错误。", en: "Internal server error." },
  serverDetail: { zh: "服务器原文", en: "Server's message" },
  // Console sidebar, history, export
  schemaTitle: { zh: "数据结构", en: "Schema" },
  schemaLabels: { zh: "节点标签", en: "Node labels" },
  schemaRels: { zh: "关系类型", en: "Relationship types" },
  schemaHint: { zh: "单击名称插入到查询中", en: "Click a name to insert it" },
  historyTitle: { zh: "历史查询", en: "History" },
  historyEmpty: { zh: "还没有运行过查询", en: "No queries run yet" },
  exportCsv: { zh: "导出 CSV", en: "Export CSV" },
  suggestions: { zh: "补全建议", en: "Suggestions" },
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

/** A zh/en entry of any string table in the current language, `{name}` placeholders from `vars`. */
export function localise(
  entry: { zh: string; en: string },
  vars: Record<string, string | number> = {},
): string {
  let s = entry[current];
  for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

/** Translate a key, replacing `{name}` placeholders from `vars`. */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return localise(STRINGS[key], vars);
}

export function labelName(label: string): string {
  return LABEL_NAMES[label as NodeLabel]?.[current] ?? label;
}

export function relName(type: string): string {
  return REL_NAMES[type as RelType]?.[current] ?? type;
}

/** An organiser's role (主办, 承办, 协办, 指导) in the current language; other values as given. */
export function roleName(role: string): string {
  const key = (
    {
      主办: "evRoleHost",
      承办: "evRoleOrganiser",
      协办: "evRoleCoOrganiser",
      指导: "evRoleGuidance",
    } as const
  )[role as "主办"];
  return key ? t(key) : role;
}

export function levelName(level: string): string {
  return LEVEL_NAMES[level as HonourLevel]?.[current] ?? level;
}

/** Every key of the table (for tests that check both languages are filled). */
export function allStrings(): Record<string, { zh: string; en: string }> {
  return STRINGS;
}
