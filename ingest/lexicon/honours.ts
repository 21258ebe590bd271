/**
 * Honour lexicon: the head words that end an honour title (with their canonical category),
 * the regional brand prefixes of "…工匠" titles and the province-level place names that
 * decide an honour's scope and level.
 */
import type { HonourLevel } from "../../model/types.ts";

/** Raw head → canonical category. Longest heads are tried first. */
export const HONOUR_HEADS: ReadonlyMap<string, string> = new Map([
  ["劳动模范", "劳动模范"],
  ["劳模", "劳动模范"],
  // "获得全国劳动模范奖章的X": the medal that goes with the title is the title.
  ["劳动模范奖章", "劳动模范"],
  ["劳模奖章", "劳动模范"],
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
  // The national union's list of craftsmen below its yearly 大国工匠年度人物 (since 2025).
  ["大国工匠人才", "大国工匠"],
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
  // "某市青年安全生产卫士", "某省生态卫士": a guardian's title of a region or its youth league.
  ["卫士", "卫士"],
  ["标兵", "标兵"],
  ["火车头奖章", "火车头奖章"],
  ["奖章", "奖章"],
  ["优秀乡村医生", "优秀乡村医生"],
  // 十大杰出青年 (the Youth League's and the cities' youth awards; needs a qualifier before it).
  ["杰出青年", "杰出青年"],
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
  ["金牌职工", "金牌工人"],
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
  ["模范移工", "模范劳工"],
  ["好医生", "好医生"],
  ["好护士", "好护士"],
  ["能工巧匠", "能工巧匠"],
  ["优秀科技工作者", "优秀科技工作者"],
  ["工艺美术大师", "工艺美术大师"],
  ["技能大师", "技能大师"],
  ["技术大奖", "技术大奖"],
  ["特殊津贴", "政府特殊津贴"],
  // The state's and the Party's highest honours (the law on state medals and honorary titles,
  // the Party's and the army's medals): whole titles, printed with no scope.
  ["共和国勋章", "共和国勋章"],
  ["友谊勋章", "友谊勋章"],
  ["七一勋章", "七一勋章"],
  ["八一勋章", "八一勋章"],
  // National honorary titles are named 人民… (“人民楷模”国家荣誉称号); 改革先锋 the 2018 title.
  ["人民楷模", "国家荣誉称号"],
  ["人民科学家", "国家荣誉称号"],
  ["人民教育家", "国家荣誉称号"],
  ["人民艺术家", "国家荣誉称号"],
  ["改革先锋", "改革先锋"],
  // Titles of the Youth League, the education and agriculture ministries (each needs a scope).
  ["优秀共青团员", "优秀共青团员"],
  ["优秀教育工作者", "优秀教育工作者"],
  ["十佳农民", "十佳农民"],
  // Collective titles: the Youth League's 青年文明号, the women's committee's 五一巾帼标兵岗.
  ["青年文明号", "青年文明号"],
  ["五一巾帼标兵岗", "五一巾帼标兵岗"],
  // Hong Kong's honours and awards system (授勋及嘉奖制度): medals, stars, commendations, and the
  // appointment of justices of the peace announced with them.
  ["大紫荆勋章", "大紫荆勋章"],
  ["金紫荆星章", "紫荆星章"],
  ["银紫荆星章", "紫荆星章"],
  ["铜紫荆星章", "紫荆星章"],
  ["荣誉勋章", "荣誉勋章"],
  ["英勇勋章", "英勇勋章"],
  ["行政长官社区服务奖状", "行政长官社区服务奖状"],
  ["行政长官社区服务奖", "行政长官社区服务奖状"],
  ["行政长官公共服务奖状", "行政长官公共服务奖状"],
  ["太平绅士", "太平绅士"],
  // Macau's medals: 大/金/银莲花荣誉勋章, seven 功绩勋章 (专业, 工商 …), and the service medals.
  ["大莲花荣誉勋章", "莲花荣誉勋章"],
  ["金莲花荣誉勋章", "莲花荣誉勋章"],
  ["银莲花荣誉勋章", "莲花荣誉勋章"],
  ["功绩勋章", "功绩勋章"],
  ["劳绩奖章", "劳绩奖章"],
  ["英勇奖章", "英勇奖章"],
  ["社会服务奖章", "社会服务奖章"],
  // Provinces' own labour medals: Beijing's 首都劳动奖章, Shandong's 富民兴鲁劳动奖章, Xinjiang's
  // 开发建设新疆奖章 (their 奖状 are collectives' 奖状).
  ["首都劳动奖章", "首都劳动奖章"],
  ["富民兴鲁劳动奖章", "富民兴鲁劳动奖章"],
  ["开发建设新疆奖章", "开发建设新疆奖章"],
  // The unions' own titles besides 劳模 and 五一 (全国优秀工会积极分子, 全国模范职工之家).
  ["优秀工会积极分子", "优秀工会积极分子"],
  ["优秀工会之友", "优秀工会之友"],
  ["模范职工之家", "模范职工之家"],
  ["模范职工小家", "模范职工之家"],
  // The Party's collective title, the youth title of the internet office and the League.
  ["先进基层党组织", "先进基层党组织"],
  ["好青年", "好青年"],
  // National awards of science, medicine and poverty relief held by persons.
  ["创新争先奖", "创新争先奖"],
  ["中国青年科技奖", "中国青年科技奖"],
  ["白求恩奖章", "白求恩奖章"],
  ["南丁格尔奖章", "南丁格尔奖章"],
  ["脱贫攻坚奖", "脱贫攻坚奖"],
  ["脱贫攻坚奋进奖", "脱贫攻坚奖"],
  ["脱贫攻坚贡献奖", "脱贫攻坚奖"],
  ["脱贫攻坚奉献奖", "脱贫攻坚奖"],
  ["脱贫攻坚创新奖", "脱贫攻坚奖"],
  ["脱贫攻坚奖奋进奖", "脱贫攻坚奖"],
  ["脱贫攻坚奖贡献奖", "脱贫攻坚奖"],
  ["脱贫攻坚奖奉献奖", "脱贫攻坚奖"],
  ["脱贫攻坚奖创新奖", "脱贫攻坚奖"],
  // The Youth League's 新长征突击手 (突击队 for a team), the veterans' title, the health
  // ministry's titles of doctors of Chinese medicine.
  ["新长征突击手", "新长征突击手"],
  ["新长征突击队", "新长征突击队"],
  ["模范退役军人", "模范退役军人"],
  ["国医大师", "国医大师"],
  ["名中医", "名中医"],
  // 劳动英雄: the labour model's older name (全国劳动英雄); the unions' skill titles 技术状元 and
  // (职工/工人)技术明星; the state's science medal and prize held by persons.
  ["劳动英雄", "劳动模范"],
  ["技术状元", "技术状元"],
  ["技术明星", "技术明星"],
  // A city's or province's list of its best skilled workers ("某市第五批技能拔尖人才").
  ["技能拔尖人才", "技能拔尖人才"],
  ["两弹一星功勋奖章", "两弹一星功勋奖章"],
  ["国家最高科学技术奖", "国家最高科学技术奖"],
  // Taiwan's award to migrant workers under its full names.
  ["优秀外籍移工", "优秀移工"],
  ["绩优外籍移工", "优秀移工"],
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
  "青年文明号",
  "五一巾帼标兵岗",
  "模范职工之家",
  "先进基层党组织",
  "新长征突击队",
]);

/**
 * The level of a category printed without a scope: the nation's titles and medals, the
 * special administrative regions' (a province's level), and the railway union's medal.
 */
export const DEFAULT_LEVELS: ReadonlyMap<string, HonourLevel> = new Map<string, HonourLevel>([
  ["大国工匠", "national"],
  ["时代楷模", "national"],
  ["中华技能大奖", "national"],
  ["共和国勋章", "national"],
  ["友谊勋章", "national"],
  ["七一勋章", "national"],
  ["八一勋章", "national"],
  ["国家荣誉称号", "national"],
  ["改革先锋", "national"],
  ["最美奋斗者", "national"],
  // "享受政府特殊津贴": the State Council's allowance; a province's is printed with its scope.
  ["政府特殊津贴", "national"],
  ["大紫荆勋章", "provincial"],
  ["紫荆星章", "provincial"],
  ["行政长官社区服务奖状", "provincial"],
  ["行政长官公共服务奖状", "provincial"],
  ["荣誉勋章", "provincial"],
  ["英勇勋章", "provincial"],
  ["太平绅士", "provincial"],
  ["莲花荣誉勋章", "provincial"],
  ["功绩勋章", "provincial"],
  ["劳绩奖章", "provincial"],
  ["中国青年科技奖", "national"],
  ["国医大师", "national"],
  ["两弹一星功勋奖章", "national"],
  ["国家最高科学技术奖", "national"],
  ["白求恩奖章", "national"],
  ["首都劳动奖章", "provincial"],
  ["富民兴鲁劳动奖章", "provincial"],
  ["开发建设新疆奖章", "provincial"],
  ["火车头奖章", "industry"],
]);

/** Honours that are national without a printed scope. */
export const NATIONAL_BY_DEFAULT: ReadonlySet<string> = new Set(
  [...DEFAULT_LEVELS].filter(([, level]) => level === "national").map(([c]) => c),
);

/**
 * Whole titles that take no qualifier of their own: only a scope, or one of the words given
 * ("金英勇勋章", "专业功绩勋章", "非官守太平绅士"). Anything else before them ("一枚荣誉勋章")
 * makes the words no title.
 */
export const WHOLE_TITLES: ReadonlyMap<string, RegExp | null> = new Map<string, RegExp | null>([
  ["共和国勋章", null],
  ["友谊勋章", null],
  ["七一勋章", null],
  ["八一勋章", null],
  ["人民楷模", null],
  ["人民科学家", null],
  ["人民教育家", null],
  ["人民艺术家", null],
  ["改革先锋", null],
  ["大紫荆勋章", null],
  ["金紫荆星章", null],
  ["银紫荆星章", null],
  ["铜紫荆星章", null],
  ["荣誉勋章", null],
  ["英勇勋章", /^[金银铜]$/],
  ["行政长官社区服务奖状", null],
  ["行政长官社区服务奖", null],
  ["行政长官公共服务奖状", null],
  ["太平绅士", /^非?官守$/],
  ["大莲花荣誉勋章", null],
  ["金莲花荣誉勋章", null],
  ["银莲花荣誉勋章", null],
  ["功绩勋章", /^(?:专业|工商|旅游|教育|文化|仁爱|体育)$/],
  ["首都劳动奖章", null],
  ["富民兴鲁劳动奖章", null],
  ["开发建设新疆奖章", null],
  ["中国青年科技奖", null],
  ["白求恩奖章", null],
  ["南丁格尔奖章", null],
  ["国医大师", null],
  ["两弹一星功勋奖章", null],
  ["国家最高科学技术奖", null],
]);

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
  "南粤",
  "北疆",
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
