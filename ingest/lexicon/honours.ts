/**
 * Honour lexicon: the head words that end an honour title (with their canonical category),
 * the regional brand prefixes of "…工匠" titles and the province-level place names that
 * decide an honour's scope and level.
 */

/** Raw head → canonical category. Longest heads are tried first. */
export const HONOUR_HEADS: ReadonlyMap<string, string> = new Map([
  ["劳动模范", "劳动模范"],
  ["劳模", "劳动模范"],
  ["先进工作者", "先进工作者"],
  ["先进生产者", "先进生产者"],
  ["五一劳动奖章", "五一劳动奖章"],
  ["五一劳动奖状", "五一劳动奖状"],
  // Collective titles of women's units and of other issuers (全国巾帼文明岗, 开发建设新疆奖状).
  ["五一巾帼奖状", "五一巾帼奖状"],
  ["巾帼文明岗", "巾帼文明岗"],
  ["三八红旗集体", "三八红旗集体"],
  ["奖状", "奖状"],
  ["劳动奖章", "劳动奖章"],
  ["五一巾帼标兵", "五一巾帼标兵"],
  ["大国工匠", "大国工匠"],
  ["技术能手", "技术能手"],
  ["首席技师", "首席技师"],
  ["时代楷模", "时代楷模"],
  ["楷模", "楷模"],
  // "省五一奖章" is how papers shorten 五一劳动奖章.
  ["五一奖章", "五一劳动奖章"],
  ["道德模范", "道德模范"],
  ["青年五四奖章", "青年五四奖章"],
  ["五四青年奖章", "五四青年奖章"],
  ["工人先锋号", "工人先锋号"],
  ["模范集体", "模范集体"],
  ["先进集体", "先进集体"],
  ["三八红旗手", "三八红旗手"],
  ["红旗手", "红旗手"],
  ["中华技能大奖", "中华技能大奖"],
  ["工匠", "工匠"],
  ["能手", "能手"],
  ["标兵", "标兵"],
  ["火车头奖章", "火车头奖章"],
  ["奖章", "奖章"],
  ["优秀乡村医生", "优秀乡村医生"],
  // Titles that real articles list beside 劳模 honours (each needs a scope or qualifier before it).
  ["优秀共产党员", "优秀共产党员"],
  ["优秀党务工作者", "优秀党务工作者"],
  ["优秀工会工作者", "优秀工会工作者"],
  ["优秀共青团干部", "优秀共青团干部"],
  ["优秀农民工", "优秀农民工"],
  ["优秀教师", "优秀教师"],
  ["模范教师", "模范教师"],
  ["先进个人", "先进个人"],
  ["好人", "好人"],
  ["模范", "模范"],
  // Professions' titles of model workers: 全国模范检察官, 自治区政法英模, 全国绿色小康户.
  ["模范检察官", "模范检察官"],
  ["模范法官", "模范法官"],
  ["英模", "英模"],
  ["绿色小康户", "绿色小康户"],
  ["巾帼先锋", "先锋"],
  ["先锋", "先锋"],
  ["年度人物", "年度人物"],
  ["金牌工人", "金牌工人"],
  // "天津市特模": the special-class labour model, written out as 特等劳动模范.
  ["特等劳动模范", "劳动模范"],
  ["特模", "劳动模范"],
  // Titles printed beside labour-model honours in real lists (each needs a qualifier before it).
  ["十大人物", "年度人物"],
  ["进步模范个人", "民族团结进步模范"],
  ["优秀企业家", "优秀企业家"],
  ["杰出农民工", "优秀农民工"],
  ["优秀援疆干部", "优秀援疆干部"],
  // Taiwan's labour-day honours (全国模范劳工, 某市模范劳工, 优秀移工), health workers' titles
  // (中国好医生, 中国好护士), and titles that provinces and the nation award (能工巧匠, 优秀科技工作者).
  ["模范劳工", "模范劳工"],
  ["优秀移工", "优秀移工"],
  ["好医生", "好医生"],
  ["好护士", "好护士"],
  ["能工巧匠", "能工巧匠"],
  ["优秀科技工作者", "优秀科技工作者"],
  ["工艺美术大师", "工艺美术大师"],
  ["技能大师", "技能大师"],
  ["技术大奖", "技术大奖"],
  ["特殊津贴", "政府特殊津贴"],
  // Contest results: honours only after a contest's name (…技能大赛…项目冠军).
  ["冠军", "冠军"],
  ["金牌", "金牌"],
  ["一等奖", "一等奖"],
  ["金奖", "金奖"],
]);

/** Contest-result heads: a contest (…赛) must be named before them. */
export const CONTEST_HEADS: ReadonlySet<string> = new Set(["冠军", "金牌", "一等奖", "金奖"]);

/** Heads sorted longest first, for suffix matching. */
export const HONOUR_HEAD_LIST: readonly string[] = [...HONOUR_HEADS.keys()].sort(
  (a, b) => b.length - a.length,
);

/** Categories that a collective (team, workshop) rather than a person holds. */
export const COLLECTIVE_CATEGORIES: ReadonlySet<string> = new Set([
  "模范集体",
  "先进集体",
  "工人先锋号",
  "五一劳动奖状",
  "五一巾帼奖状",
  "巾帼文明岗",
  "三八红旗集体",
  "奖状",
]);

/** Honours that are national without a printed scope. */
export const NATIONAL_BY_DEFAULT: ReadonlySet<string> = new Set(["大国工匠", "时代楷模", "中华技能大奖"]);

export const PROVINCES: readonly string[] = [
  "河北",
  "山西",
  "辽宁",
  "吉林",
  "黑龙江",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "海南",
  "四川",
  "贵州",
  "云南",
  "陕西",
  "甘肃",
  "青海",
  "台湾",
];
export const MUNICIPALITIES: readonly string[] = ["北京", "天津", "上海", "重庆"];
export const AUTONOMOUS_REGIONS: ReadonlyMap<string, string> = new Map([
  ["内蒙古", "内蒙古自治区"],
  ["广西", "广西壮族自治区"],
  ["西藏", "西藏自治区"],
  ["宁夏", "宁夏回族自治区"],
  ["新疆", "新疆维吾尔自治区"],
]);

/** Literary names of provinces used in branded craftsman titles (齐鲁工匠 …). */
export const PROVINCIAL_BRANDS: ReadonlySet<string> = new Set([
  "齐鲁",
  "荆楚",
  "海河",
  "塞上",
  "云岭",
  "八桂",
  "三秦",
  "天府",
  "燕赵",
  "龙江",
  "三晋",
  "湖湘",
  "江淮",
  "中原",
  "八闽",
  "赣鄱",
  "巴渝",
  "陇原",
  "长白",
  "草原",
  "天山",
  "黔",
  "琼",
  "北京大",
  "上海",
  "浙江",
  "江苏",
  "安徽",
  "河北",
  "辽宁",
  "吉林",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "四川",
  "贵州",
  "陕西",
  "甘肃",
  "青海",
  "福建",
  "江西",
  "山西",
  "海南",
  "云南",
  "天津",
  "重庆",
]);

/** Words inside a candidate honour that show it is not an honour held (nominee, contest …). */
export const NOT_HELD = /提名|候选|入围|申报|评选|推荐|争创|争当|争做|学习|评审|誉为|称为|堪称|被称/;
