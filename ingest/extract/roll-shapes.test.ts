/**
 * Shapes of issue 12, round 13, on hand-written text with fictional people: award rolls printed
 * a member a line (a note of sex after the name, a name the name reader doubts inside a roll of
 * one shape), a given name's last character that jieba leaves alone, a counted group before a
 * dash, a student who is no school's employee, rarer surnames.
 */
import { describe, expect, it } from "vitest";
import { nameAt } from "./find-name.ts";
import { extractArticle } from "./index.ts";
import { windowBounds } from "./jieba-bounds.ts";
import { parseUnit } from "./parse-unit.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const facts = (text: string) =>
  Object.fromEntries(
    toGoldArticle(extractArticle(testArticle(text))).persons.map((p) => [
      p.name,
      { h: p.honours, e: p.employers },
    ]),
  );

describe("award rolls printed a member a line", () => {
  it("under “H”名单（REGION）: each line a name (glued or spaced) then unit and post, the title each name's", () => {
    expect(
      facts(
        "远江表彰\n日前，交通运输部公布首届“最美公路人”名单，远江共有2人入选。\n2021年“最美公路人”名单（远江）\n祁文涛远江省公路局青川公路分局养护管理所党支部书记、所长\n马 健远江交投集团青川公路股份有限公司总工程师\n远江高速青川运营分公司收费站梦之队",
      ),
    ).toEqual({
      祁文涛: { h: ["最美公路人"], e: ["远江省公路局青川公路分局养护管理所"] },
      马健: { h: ["最美公路人"], e: ["远江交投集团青川公路股份有限公司"] },
    });
  });

  it("a note of sex after the name ends no roll: every member keeps the heading's title and unit", () => {
    expect(
      facts(
        "远江市表彰先进\n近日，远江省总工会印发表彰决定。\n远江省先进工作者\n祁志远 远江电力大学科学技术处处长\n柏静云（女） 青川县永宁幼儿园园长\n车  伟 青川县教育和体育局科员\n贺红叶（女） 远江市第三幼儿园园长\n近年来，全市教职工围绕立德树人根本任务奋斗。",
      ),
    ).toEqual({
      祁志远: { h: ["远江省先进工作者"], e: ["远江电力大学科学技术处"] },
      柏静云: { h: ["远江省先进工作者"], e: ["青川县永宁幼儿园"] },
      车伟: { h: ["远江省先进工作者"], e: ["青川县教育和体育局"] },
      贺红叶: { h: ["远江省先进工作者"], e: ["远江市第三幼儿园"] },
    });
  });

  it("inside a roll of NAME（UNIT） lines, a line of the same shape is a member though 要 rarely ends a given name", () => {
    const got = facts(
      "座谈会举行\n庆祝五一座谈会暨第二届“青川时代工匠”命名仪式举行。\n第二届“青川时代工匠”名单\n祁明清（青川海陆特锻股份有限公司）\n柏介云（青川市东山茶厂）\n车要飞（远江光导新材料有限公司）\n会上还进行了表彰。",
    );
    expect(got["车要飞"]).toEqual({ h: ["青川时代工匠"], e: ["远江光导新材料有限公司"] });
    expect(Object.keys(got).sort()).toEqual(["柏介云", "祁明清", "车要飞"]);
  });

  it("the relaxed reading needs the roll's shape and a unit in the card: a common word or a card without a unit is no member", () => {
    const got = facts(
      "座谈会举行\n第二届“青川时代工匠”名单\n祁明清（青川海陆特锻股份有限公司）\n柏介云（青川市东山茶厂）\n包含（远江光导新材料有限公司）\n高度重视（见附件）",
    );
    expect(Object.keys(got).sort()).toEqual(["柏介云", "祁明清"]);
  });

  it("…and a line of another shape after NAME（UNIT） lines is read strictly (车要飞 is no name there)", () => {
    const got = facts(
      "座谈会举行\n第二届“青川时代工匠”名单\n祁明清（青川海陆特锻股份有限公司）\n柏介云（青川市东山茶厂）\n车要飞 远江光导新材料有限公司",
    );
    expect(Object.keys(got).sort()).toEqual(["柏介云", "祁明清"]);
  });
});

describe("a roll under a sentence that closes with a colon (round 21)", () => {
  it("荣获H的会员有： heads the lines after it; a region may open a line; a troupe employs", () => {
    expect(
      facts(
        "远江民进会员获全国五一劳动奖章\n4月28日，全国总工会发布表彰决定，远江民进会员中有多人获表彰。荣获全国五一劳动奖章的会员有：\n上海：韩春林 远江中学教师\n葛明 远江县眉户剧团演员\n车晓燕 远江市第一〇三中学教师",
      ),
    ).toEqual({
      韩春林: { h: ["全国五一劳动奖章"], e: ["远江中学"] },
      葛明: { h: ["全国五一劳动奖章"], e: ["远江县眉户剧团"] },
      车晓燕: { h: ["全国五一劳动奖章"], e: ["远江市第一〇三中学"] },
    });
  });

  it("a colon after no award heads no roll", () => {
    expect(
      facts(
        "远江会员风采\n4月28日，远江民进举办座谈会。参加座谈的会员有：\n韩春林 远江中学教师\n葛明 远江县眉户剧团演员",
      ),
    ).toEqual({});
  });
});

describe("a roll under an honour's heading, round 17", () => {
  it("long units ending in a team, a spaced name, a unit read into a bracket", () => {
    expect(
      facts(
        "远江表彰五一劳动奖获得者\n本报讯 4月28日，远江五一劳动奖表彰大会在远江会堂举行。\n名单如下：\n远江五一劳动奖章\n祁 川 国网远江省电力有限公司青川供电分公司带电作业管理中心配网带电检修作业班技术负责人\n柏文涛 远江市青松路小学校长\n贺 华 远江大学第二附属医院急诊医学科(中心 EICU)医生",
      ),
    ).toEqual({
      祁川: {
        h: ["远江五一劳动奖章"],
        e: ["国网远江省电力有限公司青川供电分公司带电作业管理中心配网带电检修作业班"],
      },
      柏文涛: { h: ["远江五一劳动奖章"], e: ["远江市青松路小学"] },
      贺华: { h: ["远江五一劳动奖章"], e: ["远江大学第二附属医院"] },
    });
  });

  it("N位年度人物分别是： names the honour printed in full before; a nameless item of an exact list is passed over", () => {
    expect(
      facts(
        "2024山西工匠年度人物揭晓\n本报讯 昨晚，揭晓仪式在太原举行，主办方向2024山西工匠年度人物颁发了证书。\n3位年度人物分别是：远江汽车有限公司祁文涛，远江合力股份有限公司安稳，国营青川机械厂柏雪松。",
      ),
    ).toEqual({
      祁文涛: { h: ["山西工匠年度人物"], e: ["远江汽车有限公司"] },
      柏雪松: { h: ["山西工匠年度人物"], e: ["国营青川机械厂"] },
    });
  });

  it("a unit read into a bracket ends before it; a bracket closed right after the suffix stays", () => {
    expect(parseUnit("远江大学第二附属医院急诊医学科(中心EICU)医生")).toEqual({
      org: "远江大学第二附属医院",
      jobTitle: "医生",
    });
    expect(parseUnit("远江建设(集团)董事长")?.jobTitle).toBe(")董事长");
  });
});

describe("names and prefixes", () => {
  it("no name inside a unit: 程研究 of …工程研究所 after 机电工 (a job's end) is the institute's", () => {
    expect(
      facts(
        "远江命名首届远江工匠\n近日，青川水务公司技师祁文涛、远江机电工程研究所高级技师柏雪松、远江化工公司钳工车晓燕等5名职工获评首届“远江市工匠”称号。",
      ),
    ).toEqual({
      祁文涛: { h: ["远江市工匠"], e: ["青川水务公司"] },
      柏雪松: { h: ["远江市工匠"], e: ["远江机电工程研究所"] },
      车晓燕: { h: ["远江市工匠"], e: ["远江化工公司"] },
    });
  });

  it("a character jieba leaves alone before a word of two is the given name's last (医生余家军初心不改)", () => {
    expect(Object.keys(facts("宣讲\n全国劳模、某村医生余家军初心不改，留岛行医25年。"))).toEqual(["余家军"]);
  });

  it("…the two-character reading stays before a word that follows names (王明表示)", () => {
    expect(Object.keys(facts("宣讲\n全国劳模王明表示，要继续努力。"))).toEqual(["王明"]);
  });

  it("a counted group before a dash: the names after it keep their own titles and the group's unit", () => {
    expect(
      facts("劳模同框\n来自远江建投六建公司的两位劳模——全国劳动模范祁昌明与远江省劳动模范柏利强并肩同框。"),
    ).toEqual({
      祁昌明: { h: ["全国劳动模范"], e: ["远江建投六建公司"] },
      柏利强: { h: ["远江省劳动模范"], e: [] },
    });
  });

  it("a count before a dash is no title of the names after it", () => {
    expect(facts("劳模同框\n两位劳模——全国劳动模范祁昌明与远江省劳动模范柏利强并肩同框。")["祁昌明"]).toEqual(
      {
        h: ["全国劳动模范"],
        e: [],
      },
    );
  });

  it("rarer surnames are read (赖, 泮, 葸, 杲, 旷)", () => {
    const got = facts("表彰\n赖文雄、泮延清、葸永平、杲绍明、旷小川荣获远江市劳动模范称号。");
    expect(Object.keys(got).sort()).toEqual(["旷小川", "杲绍明", "泮延清", "葸永平", "赖文雄"].sort());
  });
});

describe("units", () => {
  it("大学生/中学生 is a student, not a school and a job; 大学生物系 stays a school's", () => {
    expect(parseUnit("年轻大学生胶工")).toBeNull();
    expect(parseUnit("远江大学生物系主任")?.org).toBe("远江大学");
  });
});

describe("titles after a copula, addressed members, a title before a list", () => {
  it("a title of no known scope counts beside a scoped one after 是; a described worker is no title", () => {
    expect(facts("测试标题\n祁文涛是远江市劳动模范、远江工匠。")["祁文涛"]?.h).toEqual([
      "远江市劳动模范",
      "远江工匠",
    ]);
    expect(facts("测试标题\n祁文涛是远江市劳动模范、一名普通工匠。")["祁文涛"]).toBeUndefined();
  });

  it("an addressed name that opens its clause is a member of the praised group (…中，X小姐，是…；Y小姐为…)", () => {
    expect(
      Object.keys(
        facts(
          "测试标题\n市长表扬58位模范劳工。得奖模范劳工中，祁芳美小姐，是今年受奖者中年资最长；柏宏丽小姐为美容工会会务人员。",
        ),
      ).sort(),
    ).toEqual(["柏宏丽", "祁芳美"]);
  });

  it("荣获H称号的A、B: both names whole (no 的 glued to the first) and the title without its time word", () => {
    expect(facts("测试标题\n今年获选远江市劳动模范的祁文涛、柏雪松，分别担任客运公司驾驶。")).toEqual({
      祁文涛: { h: ["远江市劳动模范"], e: [] },
      柏雪松: { h: ["远江市劳动模范"], e: [] },
    });
    expect(
      Object.keys(
        facts("测试标题\n荣获全国劳动模范称号的祁文涛、柏雪松，分别来自远江重工集团和青川医院。"),
      ).sort(),
    ).toEqual(["柏雪松", "祁文涛"]);
  });
});

describe("words of the scene before a title", () => {
  it("会上/现场 before a scoped title and 向 before a quoted one are no part of it", () => {
    const got = facts("测试标题\n会上远江市劳动模范代表祁卫国、柏明华等两名同志分别讲述了各自的成长经历。");
    expect(got["祁卫国"]?.h).toEqual(["远江市劳动模范"]);
    expect(got["柏明华"]?.h).toEqual(["远江市劳动模范"]);
  });
});

describe("places are no names", () => {
  it("a division's short name the article also prints with its suffix is no person (南海7人 beside 南海区)", () => {
    const got = facts("测试标题\n记者从南海区妇联获悉，南海7人获评2016年度佛山市“三八红旗手”。");
    expect(got["南海"]).toBeUndefined();
  });
});

describe("a quoted award before its winners' list", () => {
  it("gives the award to each name, and the company before a head's post employs them", () => {
    const got = facts(
      "远江青年工业家奖揭晓\n十位“远江青年工业家奖”获得者分别是：远江高集团有限公司首席执行官祁文涛、远江科技有限公司创办人柏雪松，以及远江控股有限公司执行董事车晓燕。",
    );
    expect(got["祁文涛"]).toEqual({ h: ["远江青年工业家奖"], e: ["远江高集团有限公司"] });
    expect(got["柏雪松"]).toEqual({ h: ["远江青年工业家奖"], e: ["远江科技有限公司"] });
    expect(got["车晓燕"]).toEqual({ h: ["远江青年工业家奖"], e: ["远江控股有限公司"] });
  });
});

describe("a roll's three-character names printed a space apart", () => {
  it("reads the whole name and the card after it", () => {
    const got = facts(
      "邮政表彰\n在三八节前夕，7位女职工获表彰。\n全国五一巾帼标兵(4人)\n宋 晓 辉 远江市分公司英烈士邮政支局局长\n李 双 晶 青川市分公司营销员\n益西卓嘎 西藏自治区双湖县分公司副总经理\n",
    );
    expect(got["宋晓辉"]).toEqual({ h: ["全国五一巾帼标兵"], e: ["远江市分公司英烈士邮政支局"] });
    expect(got["李双晶"]).toEqual({ h: ["全国五一巾帼标兵"], e: ["青川市分公司"] });
    expect(Object.keys(got)).not.toContain("宋晓");
  });
});

describe("来自 a place in the work", () => {
  it("is no employer: the front line, the grass roots", () => {
    const got = facts("园区工匠揭晓\n来自园区一线的祁文俊、柏玉华等职工获得十大“园区工匠”称号。");
    expect(got["祁文俊"]).toEqual({ h: ["十大园区工匠"], e: [] });
    expect(got["柏玉华"]).toEqual({ h: ["十大园区工匠"], e: [] });
  });
});

describe("owners' posts", () => {
  it("a farm's 农场主 is a post: the farm employs the person", () => {
    const got = facts("劳模进校园\n开学第一天，市劳模、远江区树东家庭农场农场主祁树东来到黄尖实验学校。");
    expect(got["祁树东"]).toEqual({ h: ["市劳动模范"], e: ["远江区树东家庭农场"] });
  });
});

describe("given names that are words", () => {
  it("章颁奖, 楼儿童, 常扮演, 翁精神: a surname character before a word no given name is makes no name", () => {
    for (const t of ["和全国五一劳动奖章颁奖，", "楼儿童获得", "常扮演的角色", "翁精神，"]) {
      const at = t.search(/[章楼常翁]/);
      expect(nameAt(t, at, t.length, windowBounds(t, at, at, t.length), true), t).toBe(0);
    }
    const t = "向祁文涛颁奖";
    expect(nameAt(t, 1, t.length, windowBounds(t, 1, 1, t.length), true)).toBe(3);
  });
});
