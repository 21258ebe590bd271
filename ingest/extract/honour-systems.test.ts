/**
 * Honours of the honour systems themselves (the state's medals and honorary titles, the
 * provinces' craftsman brands, Hong Kong's, Macau's and Taiwan's awards, industry titles):
 * each family parses with its name, scope, level and category, is found in a fictional
 * sentence (also printed in traditional characters), and its near-misses are no honour.
 */
import { describe, expect, it } from "vitest";
import { toSimplified } from "../read/to-simplified.ts";
import { extractArticle } from "./index.ts";
import { parseHonour } from "./parse-honour.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

/** Persons' honours of a one-paragraph article, read through its simplified shadow as the reader gives it. */
const honoursOf = (body: string) => {
  const a = testArticle(`测试标题\n${body}`);
  return Object.fromEntries(
    toGoldArticle(extractArticle({ ...a, simplified: toSimplified(a.text) })).persons.map((p) => [
      p.name,
      p.honours,
    ]),
  );
};

describe("parseHonour: honour systems", () => {
  it.each([
    // The state's and the Party's medals and the national honorary titles.
    ["共和国勋章", "共和国勋章", "", "national", "共和国勋章"],
    ["“友谊勋章”", "友谊勋章", "", "national", "友谊勋章"],
    ["“七一勋章”", "七一勋章", "", "national", "七一勋章"],
    ["八一勋章", "八一勋章", "", "national", "八一勋章"],
    ["被授予“人民楷模”国家荣誉称号", "人民楷模", "", "national", "国家荣誉称号"],
    ["“人民教育家”国家荣誉称号", "人民教育家", "", "national", "国家荣誉称号"],
    ["人民科学家", "人民科学家", "", "national", "国家荣誉称号"],
    ["“改革先锋”称号", "改革先锋", "", "national", "改革先锋"],
    ["最美奋斗者", "最美奋斗者", "", "national", "最美奋斗者"],
    // National titles of the unions, the Youth League, ministries and the women's federation.
    ["全国五一劳动奖状", "全国五一劳动奖状", "全国", "national", "五一劳动奖状"],
    ["全国三八红旗集体", "全国三八红旗集体", "全国", "national", "三八红旗集体"],
    ["全国巾帼建功标兵", "全国巾帼建功标兵", "全国", "national", "标兵"],
    ["中国青年五四奖章", "中国青年五四奖章", "", "national", "青年五四奖章"],
    ["全国青年岗位能手", "全国青年岗位能手", "全国", "national", "能手"],
    ["全国优秀共青团员", "全国优秀共青团员", "全国", "national", "优秀共青团员"],
    ["全国优秀教育工作者", "全国优秀教育工作者", "全国", "national", "优秀教育工作者"],
    ["全国十佳农民", "全国十佳农民", "全国", "national", "十佳农民"],
    ["全国青年文明号", "全国青年文明号", "全国", "national", "青年文明号"],
    ["全国五一巾帼标兵岗", "全国五一巾帼标兵岗", "全国", "national", "五一巾帼标兵岗"],
    ["全国最美职工", "全国最美职工", "全国", "national", "最美职工"],
    // 享受…特殊津贴, as papers print it: the State Council's allowance, a province's with its scope.
    ["享受国务院政府特殊津贴", "国务院政府特殊津贴", "国务院", "national", "政府特殊津贴"],
    ["享受政府特殊津贴", "政府特殊津贴", "", "national", "政府特殊津贴"],
    ["享受省政府特殊津贴", "省政府特殊津贴", "省", "provincial", "政府特殊津贴"],
    ["享受国务院政府特殊津贴待遇", "国务院政府特殊津贴", "国务院", "national", "政府特殊津贴"],
    ["国务院特殊津贴专家", "国务院特殊津贴", "国务院", "national", "政府特殊津贴"],
    // Provincial craftsman brands, also as 大工匠; a city's own brand keeps its city.
    ["南粤工匠", "南粤工匠", "", "provincial", "工匠"],
    ["北疆工匠", "北疆工匠", "", "provincial", "工匠"],
    ["齐鲁大工匠", "齐鲁大工匠", "", "provincial", "工匠"],
    ["中原大工匠", "中原大工匠", "", "provincial", "工匠"],
    ["江苏大工匠", "江苏大工匠", "", "provincial", "工匠"],
    ["“陇原工匠”", "陇原工匠", "", "provincial", "工匠"],
    ["北京大工匠", "北京大工匠", "北京", "provincial", "工匠"],
    // Hong Kong: medals, stars, commendations, justices of the peace; a SAR issuer is its scope.
    ["大紫荆勋章", "大紫荆勋章", "", "provincial", "大紫荆勋章"],
    ["金紫荆星章", "金紫荆星章", "", "provincial", "紫荆星章"],
    ["银紫荆星章", "银紫荆星章", "", "provincial", "紫荆星章"],
    ["铜紫荆星章", "铜紫荆星章", "", "provincial", "紫荆星章"],
    ["荣誉勋章", "荣誉勋章", "", "provincial", "荣誉勋章"],
    ["铜英勇勋章", "铜英勇勋章", "", "provincial", "英勇勋章"],
    ["行政长官社区服务奖状", "行政长官社区服务奖状", "", "provincial", "行政长官社区服务奖状"],
    ["行政长官社区服务奖", "行政长官社区服务奖", "", "provincial", "行政长官社区服务奖状"],
    ["行政长官公共服务奖状", "行政长官公共服务奖状", "", "provincial", "行政长官公共服务奖状"],
    ["太平绅士", "太平绅士", "", "provincial", "太平绅士"],
    ["非官守太平绅士", "非官守太平绅士", "", "provincial", "太平绅士"],
    ["香港特区政府铜紫荆星章", "香港特区铜紫荆星章", "香港特区", "provincial", "紫荆星章"],
    // Macau: the lotus medals, the seven medals of merit, the service medals.
    ["金莲花荣誉勋章", "金莲花荣誉勋章", "", "provincial", "莲花荣誉勋章"],
    ["大莲花荣誉勋章", "大莲花荣誉勋章", "", "provincial", "莲花荣誉勋章"],
    ["专业功绩勋章", "专业功绩勋章", "", "provincial", "功绩勋章"],
    ["仁爱功绩勋章", "仁爱功绩勋章", "", "provincial", "功绩勋章"],
    ["劳绩奖章", "劳绩奖章", "", "provincial", "劳绩奖章"],
    ["英勇奖章", "英勇奖章", "", null, "英勇奖章"],
    ["社会服务奖章", "社会服务奖章", "", null, "社会服务奖章"],
    ["澳门特别行政区专业功绩勋章", "澳门特别行政区专业功绩勋章", "澳门特别行政区", "provincial", "功绩勋章"],
    // Taiwan: model labourers of the nation and of counties and cities, migrant workers.
    ["全国模范劳工", "全国模范劳工", "全国", "national", "模范劳工"],
    ["青川县模范劳工", "青川县模范劳工", "青川县", "district", "模范劳工"],
    ["优秀外籍移工", "优秀外籍移工", "", null, "优秀移工"],
    ["绩优外籍移工", "绩优外籍移工", "", null, "优秀移工"],
    // Industry titles: the railway union's medal is the industry's without a printed scope.
    ["火车头奖章", "火车头奖章", "", "industry", "火车头奖章"],
    ["全国交通技术能手", "全国交通技术能手", "全国交通", "industry", "技术能手"],
    ["全国电力行业技术能手", "全国电力行业技术能手", "全国电力行业", "industry", "技术能手"],
    ["中央企业技术能手", "中央企业技术能手", "中央企业", "enterprise", "技术能手"],
    ["远江市金牌工人", "远江市金牌工人", "远江市", "municipal", "金牌工人"],
    // A region's industry names its own chief technicians; a company's is a post.
    ["远江省机械行业首席技师", "远江省机械行业首席技师", "远江省", "provincial", "首席技师"],
    // Provinces' own labour medals, whole titles with the province's level.
    ["首都劳动奖章", "首都劳动奖章", "", "provincial", "首都劳动奖章"],
    ["山东省富民兴鲁劳动奖章", "山东省富民兴鲁劳动奖章", "山东省", "provincial", "富民兴鲁劳动奖章"],
    ["开发建设新疆奖章", "开发建设新疆奖章", "", "provincial", "开发建设新疆奖章"],
    // The unions' own titles; the Party's and the youth titles need their scope.
    ["全国优秀工会积极分子", "全国优秀工会积极分子", "全国", "national", "优秀工会积极分子"],
    ["全国优秀工会之友", "全国优秀工会之友", "全国", "national", "优秀工会之友"],
    ["全国模范职工之家", "全国模范职工之家", "全国", "national", "模范职工之家"],
    ["全国先进基层党组织", "全国先进基层党组织", "全国", "national", "先进基层党组织"],
    ["全国向上向善好青年", "全国向上向善好青年", "全国", "national", "好青年"],
    // National awards of science, medicine and poverty relief.
    ["全国创新争先奖", "全国创新争先奖", "全国", "national", "创新争先奖"],
    ["中国青年科技奖", "中国青年科技奖", "", "national", "中国青年科技奖"],
    ["白求恩奖章", "白求恩奖章", "", "national", "白求恩奖章"],
    ["南丁格尔奖章", "南丁格尔奖章", "", null, "南丁格尔奖章"],
    ["2019年全国脱贫攻坚奖奋进奖", "全国脱贫攻坚奖奋进奖", "全国", "national", "脱贫攻坚奖"],
    ["全国脱贫攻坚贡献奖", "全国脱贫攻坚贡献奖", "全国", "national", "脱贫攻坚奖"],
    // The Youth League's, the veterans' and Chinese medicine's titles.
    ["全国新长征突击手", "全国新长征突击手", "全国", "national", "新长征突击手"],
    ["省新长征突击队", "省新长征突击队", "省", "provincial", "新长征突击队"],
    ["全国模范退役军人", "全国模范退役军人", "全国", "national", "模范退役军人"],
    ["国医大师", "国医大师", "", "national", "国医大师"],
    ["青川市名中医", "青川市名中医", "青川市", "municipal", "名中医"],
    // The labour model's older name, the unions' skill titles, the state's science medal and prize.
    ["全国劳动英雄", "全国劳动英雄", "全国", "national", "劳动模范"],
    ["远江省工人技术明星", "远江省工人技术明星", "远江省", "provincial", "技术明星"],
    ["远江市技术状元", "远江市技术状元", "远江市", "municipal", "技术状元"],
    ["“两弹一星”功勋奖章", "两弹一星功勋奖章", "", "national", "两弹一星功勋奖章"],
    ["2019年度国家最高科学技术奖", "国家最高科学技术奖", "", "national", "国家最高科学技术奖"],
    // How papers close a title: 光荣称号, 殊荣, and the roll of 中国好人 (…好人榜).
    ["全国劳动模范光荣称号", "全国劳动模范", "全国", "national", "劳动模范"],
    ["“时代楷模”光荣称号", "时代楷模", "", "national", "时代楷模"],
    ["‘青川市模范劳工’殊荣", "青川市模范劳工", "青川市", "municipal", "模范劳工"],
    ["入选2023年“中国好人榜”", "中国好人", "", "national", "好人"],
    // Award verbs before a title are no part of it (获颁, 荣登, 被…认定为 …).
    ["获颁铜紫荆星章", "铜紫荆星章", "", "provincial", "紫荆星章"],
    ["获授金莲花荣誉勋章", "金莲花荣誉勋章", "", "provincial", "莲花荣誉勋章"],
    ["被认定为青川工匠", "青川工匠", "", null, "工匠"],
    ["被远江市政府评为远江市劳动模范", "远江市劳动模范", "远江市", "municipal", "劳动模范"],
    ["被全国妇联授予全国三八红旗手", "全国三八红旗手", "全国", "national", "三八红旗手"],
    ["被追授“时代楷模”称号", "时代楷模", "", "national", "时代楷模"],
    ["斩获全国技术能手", "全国技术能手", "全国", "national", "技术能手"],
    ["颁铜紫荆星章", "铜紫荆星章", "", "provincial", "紫荆星章"],
    ["授课标兵", "授课标兵", "", null, "标兵"],
    // The festival's date printed with a dot is the canonical 五一 / 三八.
    ["全国五·一劳动奖章", "全国五一劳动奖章", "全国", "national", "五一劳动奖章"],
    ["远江省五·一劳动奖状", "远江省五一劳动奖状", "远江省", "provincial", "五一劳动奖状"],
    ["全国三·八红旗手", "全国三八红旗手", "全国", "national", "三八红旗手"],
  ])("%s → %s", (printed, name, scope, level, category) => {
    const p = parseHonour(printed);
    expect(p && [p.name, p.scope, p.level, p.category]).toEqual([name, scope, level, category]);
  });

  it.each([
    // A whole title takes only a scope or its own grades before it.
    "一枚荣誉勋章",
    "胸前挂着荣誉勋章",
    "金色荣誉勋章",
    "纪念共和国勋章",
    // A flower, a spirit, a studio and its leader, a bare post: no title held.
    "紫荆花",
    "工匠精神",
    "劳模精神",
    "技能大师工作室",
    "国家级技能大师工作室领办人",
    "首席技师",
    "远江集团首席技师",
    "金牌工人",
    "十佳农民",
    "国家荣誉称号",
    "做新时代好青年",
    "一枚白求恩奖章",
    "模范职工之家",
    "一位名中医",
    "新长征突击手",
    "劳动英雄",
    "光荣称号",
    "好人榜",
    "颁奖",
    "技术明星",
    // A list after a verb names the holders: the sentence is no title of the verb's subject.
    "祁文山厅长揭晓了柏雪松等2019年度“全国十佳农民”",
    "祁文山主任表彰了柏雪松等全国优秀教师",
  ])("%s is no honour", (printed) => {
    expect(parseHonour(printed)).toBeNull();
  });
});

describe("honour systems in sentences", () => {
  it.each([
    ["远江机械厂技师祁文涛荣获“七一勋章”。", "祁文涛", "七一勋章"],
    ["远江水库管理处职工柏雪松被授予“人民楷模”国家荣誉称号。", "柏雪松", "人民楷模"],
    ["远江机械厂技师祁文涛荣获改革先锋称号。", "祁文涛", "改革先锋"],
    ["远江县人民医院医生柏雪松荣获白求恩奖章。", "柏雪松", "白求恩奖章"],
    ["远江机械厂技师祁文涛荣获全国五·一劳动奖章。", "祁文涛", "全国五一劳动奖章"],
    ["远江机械厂技师祁文涛荣获全国劳动模范光荣称号。", "祁文涛", "全国劳动模范"],
    ["远江机械厂技师祁文涛获颁铜紫荆星章。", "祁文涛", "铜紫荆星章"],
    ["远江机械厂技师祁文涛被认定为青川工匠。", "祁文涛", "青川工匠"],
    ["远江公交公司驾驶员祁文涛荣登中国好人榜。", "祁文涛", "中国好人"],
    ["远江机械厂技师祁文涛斩获全国技术能手称号。", "祁文涛", "全国技术能手"],
    ["远江机械厂技师祁文涛被追授“时代楷模”称号。", "祁文涛", "时代楷模"],
    ["青川工會理事柏雪松榮獲『青川市模範勞工』殊榮。", "柏雪松", "青川市模范劳工"],
    ["远江煤矿综采队队长祁文涛荣获山东省富民兴鲁劳动奖章。", "祁文涛", "山东省富民兴鲁劳动奖章"],
    ["远江机械厂技师祁文涛荣获“中原大工匠”称号。", "祁文涛", "中原大工匠"],
    ["远江纺织厂挡车工车晓燕荣获全国优秀共青团员称号。", "车晓燕", "全国优秀共青团员"],
    ["远江港务集团装卸工车晓燕获评“最美新就业形态劳动者”。", "车晓燕", "最美新就业形态劳动者"],
    ["青川社区服务中心义工祁文涛荣获行政长官社区服务奖状。", "祁文涛", "行政长官社区服务奖状"],
    // Printed in traditional characters: the extractor reads the simplified shadow.
    ["青川工會聯合會理事柏雪松榮獲銅紫荊星章。", "柏雪松", "铜紫荆星章"],
    ["青川工會聯合會理事車曉燕榮獲榮譽勳章。", "車曉燕", "荣誉勋章"],
    ["青川工會聯合會理事柏雪松榮獲行政長官社區服務獎狀。", "柏雪松", "行政长官社区服务奖状"],
    ["青川慈善會理事長柏雪松榮獲金蓮花榮譽勳章。", "柏雪松", "金莲花荣誉勋章"],
    ["青川農會會員柏雪松榮獲全國模範勞工。", "柏雪松", "全国模范劳工"],
    ["遠江看護中心看護工車曉燕榮獲優秀外籍移工。", "車曉燕", "优秀外籍移工"],
  ])("%s", (body, name, honour) => {
    expect(honoursOf(body)[name]).toEqual([honour]);
  });

  it("a roll of Hong Kong honours, one title a line above its names (traditional print)", () => {
    const roll = [
      "特區政府今天公布本年度授勳名單，青川工會前理事長柏雪松獲頒金紫荊星章，多位會員獲頒榮譽勳章。",
      "青川工會獲授勳名單：",
      "金紫荊星章",
      "柏雪松",
      "榮譽勳章",
      "祁文濤",
      "車曉燕",
      "行政長官社區服務獎狀",
      "蒙青山",
      "付青迪",
      "太平紳士",
      "白雲飛",
    ].join("\n");
    expect(honoursOf(roll)).toEqual({
      柏雪松: ["金紫荆星章"],
      祁文濤: ["荣誉勋章"],
      車曉燕: ["荣誉勋章"],
      蒙青山: ["行政长官社区服务奖状"],
      付青迪: ["行政长官社区服务奖状"],
      白雲飛: ["太平绅士"],
    });
  });

  it.each([
    "青川中学的紫荆花开了，远江机械厂技师祁文涛讲述了自己的故事。",
    "远江机械厂技师祁文涛在技能大师工作室讲述了工匠精神。",
    "远江机械厂技师祁文涛是国家级技能大师工作室领办人。",
    "远江机械厂技师祁文涛讲述了劳模精神和工匠精神。",
    "远江机械厂技师柏雪松荣获一枚荣誉勋章。",
  ])("no honour: %s", (body) => {
    expect(honoursOf(body)).toEqual({});
  });
});

describe("获授予: Macao's honours list", () => {
  it("a name, then 获授予 and the medal", () => {
    const x = extractArticle(
      testArticle("测试标题\n祁明金获授予金莲花荣誉勋章；许敖敖、郭昌宇与麦诚轩获授予专业功绩勋章。"),
    );
    expect(Object.fromEntries(x.persons.map((p) => [p.name, p.honours.map((h) => h.name)]))).toEqual({
      祁明金: ["金莲花荣誉勋章"],
      许敖敖: ["专业功绩勋章"],
      郭昌宇: ["专业功绩勋章"],
      麦诚轩: ["专业功绩勋章"],
    });
  });
});
