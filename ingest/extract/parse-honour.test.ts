/** Table-driven checks of honour canonicalisation: scope, level and category. */
import { describe, expect, it } from "vitest";
import { parseHonour, splitQuotedTitles } from "./parse-honour.ts";

describe("parseHonour", () => {
  it.each([
    ["全国劳模", "全国劳动模范", "全国", "national", "劳动模范"],
    ["青川劳模", "青川劳动模范", "青川", "municipal", "劳动模范"],
    // Central state enterprises name their own model workers.
    ["中央企业劳动模范", "中央企业劳动模范", "中央企业", "enterprise", "劳动模范"],
    ["中国石化劳动模范", "中国石化劳动模范", "中国石化", "enterprise", "劳动模范"],
    ["北京市劳模", "北京市劳动模范", "北京市", "provincial", "劳动模范"],
    ["辽宁省五一劳动奖章获得者", "辽宁省五一劳动奖章", "辽宁省", "provincial", "五一劳动奖章"],
    ["全国交通运输系统劳动模范", "全国交通运输系统劳动模范", "全国交通运输系统", "industry", "劳动模范"],
    ["全国铁路先进工作者", "全国铁路先进工作者", "全国铁路", "industry", "先进工作者"],
    ["武汉市劳动模范", "武汉市劳动模范", "武汉市", "municipal", "劳动模范"],
    ["江西省青年岗位建功标兵", "江西省青年岗位建功标兵", "江西省", "provincial", "标兵"],
    ["大国工匠", "大国工匠", "", "national", "大国工匠"],
    ["“时代楷模”", "时代楷模", "", "national", "时代楷模"],
    ["齐鲁工匠", "齐鲁工匠", "", "provincial", "工匠"],
    ["朝阳区劳动模范", "朝阳区劳动模范", "朝阳区", "district", "劳动模范"],
    ["市级劳模", "市级劳动模范", "市级", "municipal", "劳动模范"],
    ["全国三八红旗手", "全国三八红旗手", "全国", "national", "三八红旗手"],
    // "作为青川市三八红旗手，她…": the role word is no part of the title.
    ["作为青川市三八红旗手", "青川市三八红旗手", "青川市", "municipal", "三八红旗手"],
    // Words of the sentence before the title: "随后省劳模X", "有时代楷模X", "走进大国工匠X的…".
    ["随后省劳模", "省劳动模范", "省", "provincial", "劳动模范"],
    ["有系统集成技能标兵", "系统集成技能标兵", "", null, "标兵"],
    ["走进大国工匠", "大国工匠", "", "national", "大国工匠"],
    ["同志为远江县金牌工人", "远江县金牌工人", "远江县", "district", "金牌工人"],
    // The year of award between the issuer's place and the title (a Taiwan era year too).
    ["远江市110年度模范劳工", "远江市模范劳工", "远江市", "municipal", "模范劳工"],
    ["远江市2020年劳动模范", "远江市劳动模范", "远江市", "municipal", "劳动模范"],
    // A prefecture's own title by its bare 州 (as 省 and 市 are read).
    ["州劳动模范", "州劳动模范", "州", "municipal", "劳动模范"],
    // A range of years before the title (its last year), and a guardian's title.
    ["2021—2022年度“远江市青年安全生产卫士”", "远江市青年安全生产卫士", "远江市", "municipal", "卫士"],
    // Where the holder lives, printed before a national title.
    ["青松区2020年全国先进工作者", "全国先进工作者", "全国", "national", "先进工作者"],
    // Professions' model titles listed beside 劳模 honours.
    ["全国模范检察官", "全国模范检察官", "全国", "national", "模范检察官"],
    ["自治区政法英模", "自治区政法英模", "自治区", "provincial", "英模"],
    ["全国绿色小康户", "全国绿色小康户", "全国", "national", "绿色小康户"],
    ["四川省“五一劳动奖章”获得者", "四川省五一劳动奖章", "四川省", "provincial", "五一劳动奖章"],
    ["全国劳动模范称号获得者", "全国劳动模范", "全国", "national", "劳动模范"],
    ["宁夏回族自治区劳动模范", "宁夏回族自治区劳动模范", "宁夏回族自治区", "provincial", "劳动模范"],
    // Titles real articles list beside 劳模 honours.
    ["全国优秀党务工作者", "全国优秀党务工作者", "全国", "national", "优秀党务工作者"],
    ["全国妇联“城乡社区抗疫巾帼先锋”", "全国妇联城乡社区抗疫巾帼先锋", "全国妇联", "national", "先锋"],
    ["远江市优秀共产党员", "远江市优秀共产党员", "远江市", "municipal", "优秀共产党员"],
    ["全国脱贫攻坚先进个人", "全国脱贫攻坚先进个人", "全国", "national", "先进个人"],
    ["中国好人", "中国好人", "", "national", "好人"],
    ["四川省敬业奉献模范", "四川省敬业奉献模范", "四川省", "provincial", "模范"],
    ["2022年大国工匠年度人物", "大国工匠年度人物", "", "national", "年度人物"],
    [
      "中华全国铁路总工会火车头奖章",
      "中华全国铁路总工会火车头奖章",
      "中华全国铁路总工会",
      "industry",
      "火车头奖章",
    ],
    ["享受国务院政府特殊津贴专家", "国务院政府特殊津贴", "国务院", "national", "政府特殊津贴"],
    ["第五届中国工艺美术大师", "中国工艺美术大师", "", "national", "工艺美术大师"],
    ["青松县中国工艺美术大师", "中国工艺美术大师", "", "national", "工艺美术大师"],
    ["齐鲁首席技师", "齐鲁首席技师", "", "provincial", "首席技师"],
    ["以大国工匠", "大国工匠", "", "national", "大国工匠"],
    ["江西省五一奖章", "江西省五一劳动奖章", "江西省", "provincial", "五一劳动奖章"],
    ["“北疆楷模”", "北疆楷模", "", null, "楷模"],
    // A regional issuer and a year inside the phrase: the title keeps its own place.
    ["远江市总工会2023年“远江工匠”年度人物称号", "远江工匠年度人物", "", null, "年度人物"],
    ["湖北省总工会2023年“五一劳动奖章”", "湖北省五一劳动奖章", "湖北省", "provincial", "五一劳动奖章"],
    ["青川市总工会“青川工匠”", "青川工匠", "", null, "工匠"],
    [
      "中华全国铁路总工会“火车头奖章”",
      "中华全国铁路总工会火车头奖章",
      "中华全国铁路总工会",
      "industry",
      "火车头奖章",
    ],
    // Honour leads: 入选, 获评为, 被命名为.
    ["入选2017年省“青川工匠”", "省青川工匠", "省", "provincial", "工匠"],
    ["获评为全国技术能手", "全国技术能手", "全国", "national", "技术能手"],
    ["被命名为远江市劳动模范", "远江市劳动模范", "远江市", "municipal", "劳动模范"],
    // A company title stays one; a company before 市场 is no city.
    ["远江集团技能大师", "远江集团技能大师", "远江集团", "enterprise", "技能大师"],
    ["远江集团市场营销能手", "远江集团市场营销能手", "远江集团", "enterprise", "能手"],
    ["国家级技能大师", "国家级技能大师", "", null, "技能大师"],
    // The employer's own title.
    ["“厂劳动模范”", "厂劳动模范", "厂", "enterprise", "劳动模范"],
    ["公司级先进工作者", "公司先进工作者", "公司", "enterprise", "先进工作者"],
    // A province outside the list keeps its full name.
    ["远江省劳动模范", "远江省劳动模范", "远江省", "provincial", "劳动模范"],
    ["“远江省优秀共产党员”", "远江省优秀共产党员", "远江省", "provincial", "优秀共产党员"],
    // Contest results after the contest's name.
    ["第45届世界技能大赛水处理技术项目冠军", "世界技能大赛水处理技术项目冠军", "", null, "冠军"],
    ["“远江国际技能大赛”焊接项目金牌获得者", "远江国际技能大赛焊接项目金牌", "", null, "金牌"],
    ["全国职业院校技能大赛一等奖", "全国职业院校技能大赛一等奖", "全国", "national", "一等奖"],
    // A company's short name by its trade issues its own title; a company or place's touching figure.
    ["远江能源劳动模范", "远江能源劳动模范", "远江能源", "enterprise", "劳动模范"],
    ["青川煤业五一劳动奖章", "青川煤业五一劳动奖章", "青川煤业", "enterprise", "五一劳动奖章"],
    ["“感动远江”人物", "感动远江人物", "", null, "年度人物"],
    // A central enterprise's own skills title (a company's 首席 post is none: below).
    ["中国石化操作技能大师", "中国石化操作技能大师", "中国石化", "enterprise", "技能大师"],
    // Pinyin glosses after characters are no part of the title.
    ["远江省劳动(dòng)模范", "远江省劳动模范", "远江省", "provincial", "劳动模范"],
    // "全市…": the city is not named; the title stands without it.
    ["全市“青川卫士楷模”", "青川卫士楷模", "", null, "楷模"],
    // A level, not a place: kept as printed.
    ["省部级劳动模范", "省部级劳动模范", "省部级", "provincial", "劳动模范"],
    // 特模 is written out.
    ["远江市特模", "远江市特等劳动模范", "远江市", "municipal", "劳动模范"],
    // The end of a quotation before the title; the count of levels; the holder's rank in a place.
    ["……”全国交通技术能手", "全国交通技术能手", "全国交通", "industry", "技术能手"],
    ["县三级劳模", "县劳动模范", "县", "district", "劳动模范"],
    ["远江省第一位“大国工匠”", "大国工匠", "", "national", "大国工匠"],
    ["远江市首位全国劳动模范", "全国劳动模范", "全国", "national", "劳动模范"],
    // Labour-day honours of Taiwan, health workers' titles, provincial and national titles.
    ["远江市模范劳工", "远江市模范劳工", "远江市", "municipal", "模范劳工"],
    ["全国优秀移工", "全国优秀移工", "全国", "national", "优秀移工"],
    ["中国好护士", "中国好护士", "", "national", "好护士"],
    ["远江省能工巧匠", "远江省能工巧匠", "远江省", "provincial", "能工巧匠"],
    ["全国优秀科技工作者", "全国优秀科技工作者", "全国", "national", "优秀科技工作者"],
    // An industry's own title without a place (的 after the industry joins it).
    ["远江航天工业系统的劳动模范", "远江航天工业系统劳动模范", "远江航天工业系统", "industry", "劳动模范"],
    // A city's brand between the place and 首席技师.
    ["远江市青松首席技师", "远江市青松首席技师", "远江市", "municipal", "首席技师"],
    // A nominee's prize is an award of its own.
    ["首届“远江最美劳动者”提名奖", "远江最美劳动者提名奖", "", null, "最美劳动者"],
    ["“远江工匠”提名奖获得者", "远江工匠提名奖", "", null, "工匠"],
    // Titles printed beside labour-model honours.
    ["“感动远江”十大人物", "感动远江十大人物", "", null, "年度人物"],
    ["远江省产业援建优秀企业家", "远江省产业援建优秀企业家", "远江省", "provincial", "优秀企业家"],
    ["远江省杰出农民工", "远江省杰出农民工", "远江省", "provincial", "优秀农民工"],
    ["全国民族团结进步模范个人", "全国民族团结进步模范个人", "全国", "national", "民族团结进步模范"],
  ])("%s → %s", (raw, name, scope, level, category) => {
    expect(parseHonour(raw)).toMatchObject({ name, scope, level, category });
  });

  it.each([
    "优秀共产党员",
    "先进个人",
    "好人",
    "模范",
    "楷模",
    "五一奖章",
    "某公司首席技师",
    "大国工匠年度人物提名人选",
    "冠军",
    "获得冠军",
    "全国金奖",
    // a verb phrase before a bare 劳模 is no two-character place
    "要把劳模",
    "向着劳模",
    "英模",
    "绿色小康户",
    // Words that end in a head but are no title.
    "良好人",
    "从金牌工人",
    "产教融合培育新时代大国工匠",
    "拉着劳模",
    "提名奖",
    "模范劳工",
    "远江市机械厂首席技师",
    "远江市公司首席技师",
    "好医生",
    "能工巧匠",
    "胸前挂着“远江最美职工”奖章",
    "劳动模范个人",
    "十大人物",
    "新能源劳动模范",
    "感动人物",
    "远江电机集团有限公司首席技能大师",
    "远江电机集团首席技能大师",
  ])("%s alone or as a nomination is no honour held", (raw) => {
    expect(parseHonour(raw)).toBeNull();
  });

  it.each([
    "远江钢铁股份有限公司轧钢厂机电维修技能大师",
    "远江机械厂二车间数控技术能手",
    "远江电力公司青松供电所技术能手",
  ])("%s: a unit chain before the head names a post, not an honour", (raw) => {
    expect(parseHonour(raw)).toBeNull();
  });

  it("expands a bare 省 only when the article names one province", () => {
    expect(parseHonour("省劳动模范")?.name).toBe("省劳动模范");
    expect(parseHonour("省劳模", { province: "湖南", region: null })?.name).toBe("湖南省劳动模范");
  });

  it.each(["劳模工匠", "工匠", "大国工匠提名人选", "劳动模范", "宣讲团", "先进事迹"])(
    "%s is no honour held",
    (raw) => {
      expect(parseHonour(raw)).toBeNull();
    },
  );
});

describe("splitQuotedTitles", () => {
  const pieces = (s: string) => splitQuotedTitles(s, 0, s.length).map(([a, b]) => s.slice(a, b));
  it.each([
    ["“远江工匠”“青松好人”和“最美职工”获得者", ["“远江工匠”", "“青松好人”", "和“最美职工”获得者"]],
    ["“远江工匠”及“青松好人”", ["“远江工匠”", "及“青松好人”"]],
    ["“远江工匠”与“青松好人”", ["“远江工匠”", "与“青松好人”"]],
    ["远江市“五一劳动奖章”获得者", ["远江市“五一劳动奖章”获得者"]],
    ["“远江”牌工匠和标兵", ["“远江”牌工匠和标兵"]],
  ])("%s", (raw, expected) => {
    expect(pieces(raw)).toEqual(expected);
  });
});

describe("the recipients' noun before a title", () => {
  it("is no part of the title (720名先进个人火车头奖章)", () => {
    expect(parseHonour("先进个人火车头奖章")?.name).toBe("火车头奖章");
    expect(parseHonour("全国先进个人")?.name).toBe("全国先进个人");
  });
});

describe("a year of award before a generic title", () => {
  it("makes it a title held, the year dropped (Taiwan era years too)", () => {
    expect(parseHonour("2016年度劳动模范")).toMatchObject({ name: "劳动模范", year: 2016, scope: "" });
    expect(parseHonour("105年度模范劳工")).toMatchObject({ name: "模范劳工", year: 2016 });
    expect(parseHonour("模范劳工")).toBeNull();
    expect(parseHonour("2016年度先进个人")).toBeNull();
  });
});

describe("a calling's title without a lexicon head", () => {
  it("is a title when an issuer's scope is printed before it", () => {
    expect(parseHonour("全国优秀人民警察")).toMatchObject({ name: "全国优秀人民警察", level: "national" });
    expect(parseHonour("青川省优秀社区民警")).toMatchObject({
      name: "青川省优秀社区民警",
      level: "provincial",
    });
    expect(parseHonour("远江市职业技能带头人")).toMatchObject({ level: "municipal" });
    expect(parseHonour("全国人民满意公务员")?.name).toBe("全国人民满意公务员");
  });
  it("is none bare, at a company, or with words between the scope and the title", () => {
    expect(parseHonour("优秀人民警察")).toBeNull();
    expect(parseHonour("远江公司优秀职工")).toBeNull();
    expect(parseHonour("全国各地优秀教师代表")).toBeNull();
  });
});

describe("words of a roster before the first title", () => {
  it("are cut (宣讲团成员中有, 其中还有), and 有 is no place", () => {
    expect(parseHonour("宣讲团成员中有全国技术能手")?.name).toBe("全国技术能手");
    expect(parseHonour("其中还有省劳动模范")?.name).toBe("省劳动模范");
    expect(parseHonour("中有劳模")).toBeNull();
    expect(parseHonour("远江市第五批技能拔尖人才")?.name).toBe("远江市技能拔尖人才");
    expect(parseHonour("技能拔尖人才")).toBeNull();
  });
});

describe("成为 and an edition after the place", () => {
  it("are no part of the title", () => {
    expect(parseHonour("成为远江市首批五一劳动奖章")?.name).toBe("远江市五一劳动奖章");
    expect(parseHonour("成为全国劳模")?.name).toBe("全国劳动模范");
  });
});

describe("a sentence's words before the title (round 10)", () => {
  it("are cut: a preposition, a verb of reading or having, a caption's mark, a count of things", () => {
    expect(parseHonour("80余件由远江工匠")?.name).toBe("远江工匠");
    expect(parseHonour("由大国工匠")?.name).toBe("大国工匠");
    expect(parseHonour("▲远江工匠")?.name).toBe("远江工匠");
    expect(parseHonour("宣读云岭工匠")?.name).toBe("云岭工匠");
    expect(parseHonour("拥有中国石化操作技能大师")?.name).toBe("中国石化操作技能大师");
  });

  it("a place before a provincial or national title says where the holder lives", () => {
    expect(parseHonour("青川区省劳动模范")?.name).toBe("省劳动模范");
    expect(parseHonour("青川区省劳动模范", { province: "湖南", region: null })?.name).toBe("湖南省劳动模范");
    expect(parseHonour("远江市103年全国模范劳工")).toMatchObject({ name: "全国模范劳工", year: 2014 });
    // A province's own level word stays with the province.
    expect(parseHonour("湖南省省级劳动模范")?.scope).toBe("湖南省");
    // An anniversary is no year of award.
    expect(parseHonour("远江农垦60年杰出人物")).toBeNull();
  });

  it("a count of holders or the verb that chose them is no part of a title", () => {
    expect(parseHonour("本次共评出10名最美快递员")).toBeNull();
    expect(parseHonour("全省共有10人获评远江省劳动模范")?.name).toBe("远江省劳动模范");
  });
});

describe("titles of a calling (round 10)", () => {
  it("班组长, 班主任 and 校长 are callings an issuer honours", () => {
    expect(parseHonour("远江省模范班组长")?.name).toBe("远江省模范班组长");
    expect(parseHonour("全国优秀班主任")?.name).toBe("全国优秀班主任");
    expect(parseHonour("优秀班主任")).toBeNull();
    expect(parseHonour("远江公司优秀班组长")).toBeNull();
    // The county where the holder lives before the whole prefecture's title.
    expect(parseHonour("青川县全州优秀班主任")?.name).toBe("全州优秀班主任");
  });
});

describe("what papers print after a title (round 10)", () => {
  it("桂冠 and 表彰 are no part of it", () => {
    expect(parseHonour("全国技术能手桂冠")?.name).toBe("全国技术能手");
    expect(parseHonour("全国五一劳动奖章表彰")?.name).toBe("全国五一劳动奖章");
    expect(parseHonour("捧得中华技能大奖")?.name).toBe("中华技能大奖");
  });
});

describe("another name of the title in brackets (round 11)", () => {
  it("is no part of the title, also when the range ended inside the bracket", () => {
    expect(parseHonour("远江省十大工匠（远江大工匠）荣誉称号")?.name).toBe("远江省十大工匠");
    expect(parseHonour("远江省十大工匠（远江大工匠")?.name).toBe("远江省十大工匠");
    expect(parseHonour("远江市工人先锋号(劳动竞赛示范岗)")?.name).toBe("远江市工人先锋号");
  });
});

describe("a verb of visiting before a title (round 11)", () => {
  it("is no part of it", () => {
    expect(parseHonour("并走访慰问远江最美农民工")).toBeNull();
    expect(parseHonour("远江最美农民工")?.name).toBe("远江最美农民工");
  });
});
