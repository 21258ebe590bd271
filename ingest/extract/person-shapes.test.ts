/**
 * Name shapes in appositive position (issue 12, rules/person.ts), on hand-written sentences with
 * fictional people: rare given characters after an honour, a preposition after a two-character
 * name, a title after the name, and Tibetan or Mongolian names outside the syllable lists.
 */
import { describe, expect, it } from "vitest";
// Speakers and workers without an honour are kept, to see every name that is read.
import { extractKeepingOfficials as extractArticle } from "./index.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const gold = (body: string) => toGoldArticle(extractArticle(testArticle(`测试标题\n${body}`)));
const facts = (body: string) =>
  Object.fromEntries(gold(body).persons.map((p) => [p.name, { h: p.honours, e: p.employers }]));
const names = (body: string) => gold(body).persons.map((p) => p.name);

describe("rare given characters", () => {
  it("reads 将 as a name's last character before a mark, as the auxiliary before a verb", () => {
    expect(names("全国劳动模范、远江船舶公司主任技师柏德将，他向学生分享了成长经历。")).toEqual(["柏德将"]);
    expect(names("全国劳动模范、远江船舶公司主任技师柏德将赴远江学院宣讲。")).toEqual(["柏德"]);
  });

  it("reads 有 before a count as the verb of having, not a name's last character", () => {
    expect(names("其中，温川有1人获“全国农业农村劳动模范”称号，1人获“全国农业农村先进工作者”称号。")).toEqual(
      [],
    );
    expect(names("全国劳动模范梁有成说道。")).toEqual(["梁有成"]);
  });

  it("reads 其 and 已 inside a name that closes an honour's item", () => {
    expect(facts("北京市劳动模范祁其涛、全国五一劳动奖章获得者柏已林等二十余名劳模参加了活动。")).toEqual({
      祁其涛: { h: ["北京市劳动模范"], e: [] },
      柏已林: { h: ["全国五一劳动奖章"], e: [] },
    });
  });

  it("reads 之 in a name after a job title, so the list before 被授予 stays whole", () => {
    expect(facts("远江钢厂班长祁允东、远江研究院主任柏之旺被授予全国五一劳动奖章。")).toEqual({
      祁允东: { h: ["全国五一劳动奖章"], e: ["远江钢厂"] },
      柏之旺: { h: ["全国五一劳动奖章"], e: ["远江研究院"] },
    });
  });

  it("reads 可 in a name after a job title (可 also opens 可以, 可能)", () => {
    expect(facts("全国劳动模范、远江科工集团有限公司总工程师祁可军讲述了故事。")).toEqual({
      祁可军: { h: ["全国劳动模范"], e: ["远江科工集团有限公司"] },
    });
  });

  it("reads 多 in a name after a unit and post, before a verb", () => {
    expect(facts("全国劳动模范、远江县青松乡党委书记柏多田给年轻人分享了经验。")).toEqual({
      柏多田: { h: ["全国劳动模范"], e: ["远江县青松乡"] },
    });
  });

  it("reads 会 closing a name at the end of a run of honours", () => {
    expect(names("全国先进工作者、全国巾帼建功标兵祁修会；")).toEqual(["祁修会"]);
  });

  it("reads 里 closing a name and 和 in its middle, before a count or a verb", () => {
    expect(names("远江工务段路桥车间桥隧工詹万里四位“最美铁路人”分享了故事。")).toEqual(["詹万里"]);
    expect(facts("全国劳模、远江床单厂的退休工人祁和群曾于1956年出席大会。")).toEqual({
      祁和群: { h: ["全国劳动模范"], e: ["远江床单厂"] },
    });
  });

  it("an honour verb after 两次 in a later clause is the name's", () => {
    expect(
      facts("远江床单厂的退休工人祁和群曾于1956年和1959年两次出席大会，两次被授予“全国劳动模范”称号。"),
    ).toEqual({ 祁和群: { h: ["全国劳动模范"], e: ["远江床单厂"] } });
  });

  it("does not read 和 joining two names as a given character", () => {
    const got = names("全国劳动模范祁文和柏青分享了经验。");
    expect(got).toContain("祁文");
    expect(got).not.toContain("祁文和");
  });

  it("does not read a function word after a name as its third character", () => {
    expect(names("全国劳动模范祁文，其事迹感人。")).toEqual(["祁文"]);
    expect(names("会上，全国劳动模范祁文涛已多次分享经验。")).toEqual(["祁文涛"]);
  });
});

describe("common words that open with a surname", () => {
  it("reads no person 信念 or 奉献 in the descriptors after a name run", () => {
    expect(
      names(
        "2022年远江市最美产业工人分别是祁文涛、柏雪松、贺云舟，他们都来自产业生产一线，有理想守信念、懂技术会创新、敢担当讲奉献，爱岗敬业。",
      ),
    ).toEqual(["祁文涛", "柏雪松", "贺云舟"]);
  });
});

describe("the adverb 都 as a given name's last character", () => {
  it("reads 都 before 等 or 、 as part of the name, and as the adverb before a verb", () => {
    expect(facts("随后省劳模祁文涛、远江工匠柏小都等四名劳模上台分享了经验。")).toEqual({
      祁文涛: { h: ["省劳动模范"], e: [] },
      柏小都: { h: ["远江工匠"], e: [] },
    });
    expect(names("全国劳动模范祁文涛都来到了现场，分享了经验。")).toEqual(["祁文涛"]);
  });
});

describe("a preposition after a two-character name", () => {
  it("向 opens the predicate", () => {
    expect(facts("远江省五一劳动奖章获得者、远江技师学院教师柏雁向在场学生分享了成长经历。")).toEqual({
      柏雁: { h: ["远江省五一劳动奖章"], e: ["远江技师学院"] },
    });
  });

  it("a three-character name keeps its third character before a verb", () => {
    expect(names("全国劳动模范柏雁群在会上分享了成长经历。")).toEqual(["柏雁群"]);
  });
});

describe("titles and places after a name", () => {
  it("医生 after the name ends it", () => {
    expect(names("全国劳动模范、远江市工会前副会长祁文涛医生荣获表彰。")).toEqual(["祁文涛"]);
  });

  it("家中 after the name ends it", () => {
    expect(names("青年党员走进全国劳模祁文涛家中，聆听奋斗故事。")).toEqual(["祁文涛"]);
  });
});

describe("a title after the name, a profile's opening", () => {
  it("劳模 after the name is the plain title; a studio named after the person is not", () => {
    expect(facts("仪式上，远江铝业制造中心压延班组班长祁希家劳模向全体劳模工匠发出倡议。")).toEqual({
      祁希家: { h: ["劳动模范"], e: ["远江铝业制造中心压延班组"] },
    });
    expect(names("代表团参观了远江软件股份有限公司、祁希家劳模和工匠人才创新工作室。")).toEqual([]);
  });

  it("NAME是UNIT JOB opening a paragraph, the honour in the next clause", () => {
    expect(facts("祁俊是远江建设科技有限公司工程部经理，获评2022年青川省五一劳动奖章。")).toEqual({
      祁俊: { h: ["青川省五一劳动奖章"], e: ["远江建设科技有限公司工程部"] },
    });
  });

  it("a word before 是 mid-paragraph is no profile's name", () => {
    expect(names("他说，毕竟是远江公司的技师，全国劳模祁文涛点头。")).toEqual(["祁文涛"]);
  });
});

describe("the honouree of a story", () => {
  it("讲述了HONOUR NAME的故事 after the teller's name", () => {
    expect(
      facts("活动当日，远江时尚中心园区管理有限公司的祁浩云向大家讲述了全国劳模柏宝妹“光荣与传承”的故事。"),
    ).toEqual({
      祁浩云: { h: [], e: ["远江时尚中心园区管理有限公司"] },
      柏宝妹: { h: ["全国劳动模范"], e: [] },
    });
  });

  it("宣讲了HONOUR、…NAME的事迹 with no name before the verb", () => {
    expect(
      facts("科普讲解员宣讲了全国劳动模范、远江石油化工有限公司高级专家祁红文的事迹，他30多年深耕新材料。"),
    ).toEqual({ 祁红文: { h: ["全国劳动模范"], e: ["远江石油化工有限公司"] } });
  });

  it("讲述了以HONOUR、UNIT JOB NAME为代表的…的故事", () => {
    expect(
      facts(
        "祁清霞讲述了以全国劳模、远江州杂多县昂赛乡生态管护员柏江为代表的在高原上守护着水源的管护员们的故事。",
      ),
    ).toEqual({ 柏江: { h: ["全国劳动模范"], e: [] } });
  });

  it("a job word after 的 is no name (的管护员们)", () => {
    expect(names("以全国劳模、远江州杂多县昂赛乡生态管护员柏江为代表的管护员们扎根高原。")).toEqual(["柏江"]);
  });

  it("the teller's own experience names nobody else", () => {
    expect(names("全国劳模祁文涛讲述了自己成为全国劳模的经历。")).toEqual(["祁文涛"]);
  });
});

describe("a chain of posts between the honours and the name", () => {
  it("HONOURS，UNIT POST，UNIT POST、POST NAME: the honours and both units are the name's", () => {
    expect(
      facts(
        "全国先进工作者、全国最美职工，远江市税务局机关党委专职副书记，远江县青松镇朱集村党总支第一书记、驻村工作队队长祁双燕；全国劳动模范柏青山。",
      ),
    ).toEqual({
      祁双燕: { h: ["全国先进工作者", "全国最美职工"], e: ["远江县青松镇朱集村", "远江市税务局机关党委"] },
      柏青山: { h: ["全国劳动模范"], e: [] },
    });
  });

  it("a clause that is no post does not carry the honours on", () => {
    expect(facts("全国劳动模范，多年来扎根一线，远江机械厂技师祁文涛讲述了故事。")).toEqual({
      祁文涛: { h: [], e: ["远江机械厂"] },
    });
  });
});

describe("a pair joined by 和", () => {
  it("HONOUR、UNIT POST A和UNIT POST B: the pair shares the honour", () => {
    expect(
      facts("以及“最美远江人”、远江机务段机车组副司机长祁杰和远江南站客运车间客运值班员柏文文，分享了故事。"),
    ).toEqual({
      祁杰: { h: ["最美远江人"], e: ["远江机务段机车组"] },
      柏文文: { h: ["最美远江人"], e: ["远江南站客运车间"] },
    });
  });

  it("a name after 和 with no unit and post of its own gets nothing", () => {
    expect(facts("全国劳动模范、远江机械厂技师祁文涛和他的徒弟柏青山讲述了故事。")).toEqual({
      祁文涛: { h: ["全国劳动模范"], e: ["远江机械厂"] },
    });
  });
});

describe("a counted list whose first item introduces its name", () => {
  it("UNIT劳模A、B、C3位劳动模范: every bare name of the list is read", () => {
    expect(names("会上，远江供电公司劳模祁晓望、路遥、柏涛涛3位劳动模范陆续上台，讲述心得。")).toEqual([
      "祁晓望",
      "路遥",
      "柏涛涛",
    ]);
  });
});

describe("what stands between the post and the name", () => {
  it("a short note in brackets after the post", () => {
    expect(
      facts("总工会聘请了全国道德模范、远江省总工会副主席（兼职）祁明义，全国先进工作者詹梦桃等作为讲师。"),
    ).toEqual({
      祁明义: { h: ["全国道德模范"], e: ["远江省总工会"] },
      詹梦桃: { h: ["全国先进工作者"], e: [] },
    });
  });

  it("a brand before a bracketed place and a unit suffix is no name", () => {
    expect(facts("远江省劳动模范、国投（青川）油气储运有限公司维修部副经理祁卫红分享了自己的经历。")).toEqual(
      { 祁卫红: { h: ["远江省劳动模范"], e: ["国投（青川）油气储运有限公司维修部"] } },
    );
  });

  it("a role word (领军人物, 村民) right before the name", () => {
    expect(names("全国劳动模范、远江交通团队领军人物祁风，也是远江集团特级专家。")).toEqual(["祁风"]);
    expect(names("远江省孝老爱亲模范、远江市东阁镇甘团村村民祁宏梅等讲述了经历。")).toEqual(["祁宏梅"]);
  });

  it("rarer surnames (代, 寻, 净) after a unit in an invited list", () => {
    expect(
      names("活动邀请了远江油气田分公司川中油气矿代娟、远江科技大学柏倩影等4位劳模代表来到现场。"),
    ).toEqual(["代娟", "柏倩影"]);
  });
});

describe("transliterated names outside the syllable lists", () => {
  it("a four-character name after a job title, closing the item", () => {
    expect(facts("自治区劳动模范、远江牧业有限公司董事长索日旺堆，讲述了扎根草原的故事。")).toEqual({
      索日旺堆: { h: ["自治区劳动模范"], e: ["远江牧业有限公司"] },
    });
  });

  it("a name of known syllables before 在", () => {
    expect(names("宣讲当天，全国劳动模范巴特尔达来在草原向牧民讲述故事。")).toEqual(["巴特尔达来"]);
  });

  it("no name in a run of ordinary words after a job title", () => {
    expect(names("远江牧业有限公司董事长多年来扎根草原，带领牧民致富。")).toEqual([]);
  });
});

describe("a list of clauses closed by 等 (issue 12, E1)", () => {
  it("reads the name of a clause that introduces one, not as a post of the name before", () => {
    expect(
      facts(
        "青川量具制造有限公司设计工程师祁东岳，远江职业学院办公室主任、驻村第一书记柏向晴等全国劳模和先进工作者代表依次发言。",
      ),
    ).toEqual({
      祁东岳: { h: ["全国劳动模范"], e: ["青川量具制造有限公司"] },
      柏向晴: { h: ["全国劳动模范"], e: ["远江职业学院办公室"] },
    });
  });

  it("reads an honour verb after a pronoun and a time word in the clause after the name", () => {
    expect(facts("爱笑的祁若岚，入行已有十二年，今年她也荣获全国模范劳工的荣誉。")).toEqual({
      祁若岚: { h: ["全国模范劳工"], e: [] },
    });
  });
});

describe("names that end in 和 and plain titles of a chain (issue 12, E1)", () => {
  it("reads 和 before 的 as the last character of a name", () => {
    expect(names("节目介绍了远江大工匠、青川重型机械厂装配车间钳工祁永和的故事。")).toEqual(["祁永和"]);
  });

  it("keeps 和 between two names a conjunction", () => {
    expect(names("全国劳动模范祁永和柏文清一起分享了经验。")[0]).toBe("祁永");
  });

  it("reads 劳动模范代表 opening a chain as the plain title", () => {
    expect(facts("劳动模范代表、青川3307采油队队长祁振邦激动地表示：“大家都很受鼓舞。”")).toEqual({
      祁振邦: { h: ["劳动模范"], e: ["青川3307采油队"] },
    });
  });
});

describe("月 in given names (issue 12, E1: 3 of the 642 dev gold names hold it)", () => {
  it("reads 月 inside and at the end of a name", () => {
    expect(names("全国劳动模范祁秋月分享了经验。")).toEqual(["祁秋月"]);
    expect(names("远江市劳动模范柏月琴讲述了经历。")).toEqual(["柏月琴"]);
  });
});

describe("年 at the end of a given name (issue 12, round 19)", () => {
  it("reads 年 as a name's last character before an award verb or a list mark", () => {
    expect(names("远江集团装卸事业部柏松年荣获“远江市技能能手”称号。")).toEqual(["柏松年"]);
    expect(names("全国劳动模范祁延年、柏雪松分享了经验。")).toEqual(["祁延年", "柏雪松"]);
  });

  it("leaves a word of time after a two-character name", () => {
    expect(names("全国劳动模范祁文今年荣获远江工匠称号。")).toEqual(["祁文"]);
    expect(names("全国劳动模范柏雪二十年如一日坚守岗位。")).toEqual(["柏雪"]);
  });
});

describe("an award verb after a place, and a second predicate after the title (issue 12, round 19)", () => {
  it("reads 在某集团被授予 / 被评为 after a name", () => {
    expect(facts("远江机械厂技师祁文涛在集团公司被授予2021年“远江高技能职工”荣誉称号。")).toEqual({
      祁文涛: { h: ["远江高技能职工"], e: ["远江机械厂"] },
    });
    expect(facts("远江机械厂技师祁文涛在集团被评为远江市劳动模范。").祁文涛?.h).toEqual(["远江市劳动模范"]);
  });

  it("gives a counted list the quoted title before 并获得…", () => {
    const got = facts(
      "公司员工祁文涛、柏雪松、车晓燕三位同志在集团公司被授予2021年“远江高技能职工”荣誉称号并获得相应证书。",
    );
    expect([got.祁文涛?.h, got.柏雪松?.h, got.车晓燕?.h]).toEqual([
      ["远江高技能职工"],
      ["远江高技能职工"],
      ["远江高技能职工"],
    ]);
  });
});

describe("two posts of a chain at a co-operative and a farm (issue 12, round 19)", () => {
  it("keeps both units as employers", () => {
    const got = facts(
      "其中，远江县玛瑙畜禽养殖专业合作社理事长、远江县兴洧家庭农场负责人祁文涛获得远江省劳动模范称号。",
    );
    expect(got.祁文涛?.e.sort()).toEqual(["远江县兴洧家庭农场", "远江县玛瑙畜禽养殖专业合作社"].sort());
  });

  it("reads a teacher's grade (中小学高级教师) as no unit", () => {
    expect(facts("远江市实验学校教师、中小学高级教师祁文涛获得远江省劳动模范称号。").祁文涛?.e).toEqual([
      "远江市实验学校",
    ]);
  });
});

describe("the 为 of a presentation (issue 12, round 19)", () => {
  it("reads the list after 为…颁奖 as the honourees", () => {
    expect(facts("大会为祁文娟等10位“远江最美护士”颁奖。").祁文娟?.h).toEqual(["远江最美护士"]);
  });

  it("leaves 为 of purpose and 成为 alone", () => {
    expect(names("为表彰先进，远江机械厂技师祁文涛成为远江工匠。")).toEqual(["祁文涛"]);
  });
});

describe("a union's 组织 before the first honouree (issue 12, round 19)", () => {
  it("reads the first item after 组织 as a title and a name", () => {
    expect(
      names("县总工会日前组织全国劳模祁文涛、全国五一劳动奖章柏雪梅等9名医务人员开展义诊活动。"),
    ).toEqual(["祁文涛", "柏雪梅"]);
  });
});

describe("award verbs after a name (issue 12, E1)", () => {
  it("gives each name of A喜获H1、B喜获H2 its own title", () => {
    expect(facts("青川县推荐的祁春阳喜获“远江工匠”荣誉称号、柏冬梅喜获远江省五一劳动奖章。")).toEqual({
      祁春阳: { h: ["远江工匠"], e: [] },
      柏冬梅: { h: ["远江省五一劳动奖章"], e: [] },
    });
  });

  it("keeps …获得者 in a list of honours after a verb", () => {
    expect(facts("远江机械厂技师柏立新先后荣获远江省劳动模范、全国五一劳动奖章获得者称号。")).toEqual({
      柏立新: { h: ["远江省劳动模范", "全国五一劳动奖章"], e: ["远江机械厂"] },
    });
  });

  it("reads 光荣当选 in the clause after the name", () => {
    expect(facts("远江水电局青石项目部柏再兴同志凭借过硬技术，光荣当选“远江州企业劳动模范”。")).toEqual({
      柏再兴: { h: ["远江州企业劳动模范"], e: ["远江水电局青石项目部"] },
    });
  });

  it("reads the verb after a title printed after the name", () => {
    expect(facts("图：柏立新机长获全国五一劳动奖章。")).toEqual({
      柏立新: { h: ["全国五一劳动奖章"], e: [] },
    });
  });

  it("ends a name before the verb 利用", () => {
    expect(names("远江农场二连职工、远江市劳动模范柏文健利用荒坡种下了核桃。")).toEqual(["柏文健"]);
    expect(names("远江农场二连职工、远江市劳动模范柏健利用荒坡种下了核桃。")).toEqual(["柏健"]);
  });

  it("takes 身为… before a name for a role, not a unit", () => {
    expect(facts("身为企业技术骨干的柏冬梅喜获远江省五一劳动奖章。")).toEqual({
      柏冬梅: { h: ["远江省五一劳动奖章"], e: [] },
    });
  });
});

describe("a name after a unit", () => {
  it("starts after 公司, not at its 司 (a surname too)", () => {
    expect(
      names("“远江工匠”获得者分别为：远江机电有限公司柏雪松、青川水务集团有限公司杨文、远江农场车晓燕。"),
    ).toEqual(["柏雪松", "杨文", "车晓燕"]);
  });
});

describe("a surname that closes a common word", () => {
  it("reads no name at the 程 of 工程, but after a job title that ends there", () => {
    expect(names("“远江大工匠”获得者分别为：远江省地矿局第三水文工程地质大队柏恭、远江农场车晓燕。")).toEqual(
      ["柏恭", "车晓燕"],
    );
    expect(names("远江机械公司钳工程伟被授予“远江工匠”称号。")).toEqual(["程伟"]);
  });
});

describe("a light verb after a two-character name", () => {
  it("正 and 作 open the predicate when a verb follows them", () => {
    expect(names("远江省五一劳动奖章获得者、远江高速公司收费员祁晶正讲述着自己的故事。")).toEqual(["祁晶"]);
    expect(names("“远江工匠”获得者柏梅作获奖感言。")).toEqual(["柏梅"]);
    expect(names("全国劳模、远江重汽集团维修钳工主办技师刁统武正在返程的动车上。")).toEqual(["刁统武"]);
  });
});

describe("a name inside another name", () => {
  it("is no person of its own, and the unit after 授予 is the employer", () => {
    expect(
      facts(
        "远江铁路总工会决定，授予远江铁路局集团有限公司远江车务段车站值班员祁海清等720名先进个人火车头奖章。",
      ),
    ).toEqual({ 祁海清: { h: ["火车头奖章"], e: ["远江铁路局集团有限公司远江车务段"] } });
  });

  it("a list before 分别当选 names each person once, and 别 ends no given name", () => {
    expect(names("祁月桂、蔡崇安、谢镇宇及林咏甄分别当选全国模范劳工。")).toEqual([
      "祁月桂",
      "蔡崇安",
      "谢镇宇",
      "林咏甄",
    ]);
    expect(names("祁月桂、蔡崇安和林咏甄分别荣获全国劳动模范称号。")).toEqual(["祁月桂", "蔡崇安", "林咏甄"]);
  });
});

describe("a role word before the subject", () => {
  it("宣讲员 introduces the name whose predicate holds the post and the honour", () => {
    expect(facts("宣讲员祁彩云是远江油田采油厂采油一队班长，同时也是全国劳动模范。")).toEqual({
      祁彩云: { h: ["全国劳动模范"], e: ["远江油田采油厂采油一队"] },
    });
  });
});

describe("a title glued to the unit after it", () => {
  it("is split off when it closes a run of titles and the rest names an organisation", () => {
    expect(
      facts("省五一劳动奖章获得者、远江市劳模、远江市大工匠青松发电有限公司检修部职工祁旭峰分享了经验。"),
    ).toEqual({
      祁旭峰: { h: ["省五一劳动奖章", "远江市劳动模范", "远江市大工匠"], e: ["青松发电有限公司检修部"] },
    });
    expect(
      facts("全国劳动模范、“远江工匠”荣誉称号获得者青松茶业集团柏雪松，两位劳模的事迹激励人心。"),
    ).toEqual({
      柏雪松: { h: ["全国劳动模范", "远江工匠"], e: ["青松茶业集团"] },
    });
  });
  it("is not split from a studio named after it", () => {
    expect(facts("全国劳动模范、国家级技能大师工作室领衔人祁旭峰分享了经验。").祁旭峰?.h).toEqual([
      "全国劳动模范",
    ]);
  });
});

describe("荣获H称号的UNIT JOB NAME", () => {
  it("gives the titles before 的 and the unit after it", () => {
    expect(
      facts(
        "此次受表彰者中，有荣获“全国优秀环卫工人”称号的远江路保洁所西门班班长柏丽红；也有省劳动竞赛标兵祁文可。",
      ),
    ).toEqual({
      柏丽红: { h: ["全国优秀环卫工人"], e: ["远江路保洁所西门班"] },
      祁文可: { h: ["省劳动竞赛标兵"], e: [] },
    });
  });

  it("reads a company whose brand looks like a name (金石有限公司) as the unit, after a year of award too", () => {
    expect(
      facts("县总工会邀请2015年荣获全国劳动模范称号的金石有限公司副总经理韩春林同志到企业作报告。"),
    ).toEqual({
      韩春林: { h: ["全国劳动模范"], e: ["金石有限公司"] },
    });
    expect(facts("荣获全国劳动模范称号的金石股份公司副总经理韩春林说，要把经验传下去。")).toEqual({
      韩春林: { h: ["全国劳动模范"], e: ["金石股份公司"] },
    });
  });
});

describe("a name that opens a clause before 现任职", () => {
  it("ends before 现任 (jieba glues 现 to the name), and the next clause's honours are the person's", () => {
    expect(
      facts("柏文涛现任职远江液压气动有限公司工程师，获得远江市劳动模范和全国五一劳动奖章等诸多荣誉称号。"),
    ).toEqual({ 柏文涛: { h: ["远江市劳动模范", "全国五一劳动奖章"], e: ["远江液压气动有限公司"] } });
    expect(names("祁勇现任职远江液压气动有限公司工程师，获得远江市劳动模范。")).toEqual(["祁勇"]);
  });
});

describe("a title glued to the unit before 的", () => {
  it("gives the title and the unit; 全 inside a name after it", () => {
    expect(
      facts(
        "远江农科院的全国劳动模范柏占海、全国劳动模范中国电信远江分公司的祁全龙，两位模范的事迹激励人心。",
      ),
    ).toEqual({
      柏占海: { h: ["全国劳动模范"], e: ["远江农科院"] },
      祁全龙: { h: ["全国劳动模范"], e: ["中国电信远江分公司"] },
    });
  });
});

describe("a collective awarded by an issuer", () => {
  it("ISSUER授予X“H”: the issuer and its verb are no part of the name; a quoted industry title is none", () => {
    const g = gold(
      "近日，中华全国总工会授予远江海关隶属青松海关缉私分局“全国五一劳动奖状”。青松海关还曾荣获“全国海关先进集体”称号。",
    );
    expect(g.collectives.map((c) => [c.name, c.honours])).toEqual([
      ["远江海关隶属青松海关缉私分局", ["全国五一劳动奖状"]],
    ]);
  });
});

describe("an alumnus named by the school's paper", () => {
  it("校友 after the name closes it (with 第 as a last given character), and the verb after it is the name's", () => {
    expect(
      facts("工业设计专业、青松低温科技股份有限公司产品开发中心高级工程师柏争第校友荣获“全国五一劳动奖章”。"),
    ).toEqual({ 柏争第: { h: ["全国五一劳动奖章"], e: ["青松低温科技股份有限公司产品开发中心"] } });
  });
});

describe("NAME是POST、POST", () => {
  it("takes the unit of the first post that names one", () => {
    expect(
      facts(
        "资兴市的柏春梅荣获“远江省劳动模范”称号。柏春梅是全国人大代表、青松山瑶族乡二峰村党支部书记，守护瑶族文化根脉。",
      ),
    ).toEqual({ 柏春梅: { h: ["远江省劳动模范"], e: ["青松山瑶族乡二峰村"] } });
    expect(facts("祁方平是远江鸿鹏驾校总教练，培训学员一万余人，获评远江省劳动模范。").祁方平?.e).toEqual([
      "远江鸿鹏驾校",
    ]);
  });
});

describe("transliterated names joined by a middle dot", () => {
  it("end at the shortest reading a predicate follows (出席, 告诉)", () => {
    expect(names("自治区劳动模范、社区党总支书记肯巴提·木沙出席。")).toEqual(["肯巴提·木沙"]);
    expect(names("自治区劳动模范、社区党总支书记肯巴提·木沙告诉记者，这是认可。")).toEqual(["肯巴提·木沙"]);
  });
  it("the one an official visits is named after the visit verb, with the title before the name", () => {
    expect(
      facts("县委常委、副县长于涛看望慰问了自治区级劳动模范哈提夏·哈布持克拜，送去节日的问候。"),
    ).toEqual({
      于涛: { h: [], e: ["县委"] },
      哈提夏·哈布持克拜: { h: ["自治区级劳动模范"], e: [] },
    });
  });
});

describe("an exactly counted list of names", () => {
  it("reads each item whole, a Tibetan name the syllable lists miss included", () => {
    const g = facts(
      "现场，罗布斯达、祁良文、格桑罗布、柏代林、扎西尼玛、平措、贺钊7人荣膺2018年度“西藏工匠”称号。",
    );
    expect(Object.keys(g)).toEqual(["罗布斯达", "祁良文", "格桑罗布", "柏代林", "扎西尼玛", "平措", "贺钊"]);
    expect(g.罗布斯达?.h).toEqual(["西藏工匠"]);
  });
});

describe("a run of names before 获授予", () => {
  it("every name of the run holds the medal (Macao's lists)", () => {
    expect(facts("祁志强、柏厚明、贺翠杏与郎俊华获授予银莲花荣誉勋章。")).toEqual({
      祁志强: { h: ["银莲花荣誉勋章"], e: [] },
      柏厚明: { h: ["银莲花荣誉勋章"], e: [] },
      贺翠杏: { h: ["银莲花荣誉勋章"], e: [] },
      郎俊华: { h: ["银莲花荣誉勋章"], e: [] },
    });
  });
});

describe("a unit's printed name (round 12)", () => {
  it("keeps a bracket the span cut, and drops a verb of the sentence before it", () => {
    expect(facts("远江建设(集团)董事长祁文涛获“远江市五一劳动奖章”。").祁文涛?.e).toEqual(["远江建设(集团)"]);
    expect(facts("经评审，市总工会决定授予远江汽车有限公司焊工祁文涛“远江工匠”称号。").祁文涛?.e).toEqual([
      "远江汽车有限公司",
    ]);
  });
});

describe("a name before a province's name (round 12)", () => {
  it("keeps its third character when the unit printed right after it opens with a province", () => {
    expect(names("全国五一巾帼标兵祁晓辉辽宁省庄河市分公司邮政支局局长")).toEqual(["祁晓辉"]);
  });
});

describe("a unit and post before the name", () => {
  it("作为UNIT(的一名)JOB，X…: the unit is X's; 作为 and the count are no part of it", () => {
    expect(facts("作为远江港务公司的一名桥吊司机，柏雪松今年被评为远江市劳动模范。")).toEqual({
      柏雪松: { h: ["远江市劳动模范"], e: ["远江港务公司"] },
    });
    expect(facts("作为远江港务公司桥吊司机，柏雪松今年被评为远江市劳动模范。")).toEqual({
      柏雪松: { h: ["远江市劳动模范"], e: ["远江港务公司"] },
    });
  });
});

describe("where a person works, said with a verb of serving", () => {
  it("目前在UNIT任职的X, 就任UNIT的X, X先生，目前服务于UNIT: the unit is X's (not the verb with it)", () => {
    expect(facts("目前在远江市环保局任职的柏雪松，今年荣获远江市模范劳工。")).toEqual({
      柏雪松: { h: ["远江市模范劳工"], e: ["远江市环保局"] },
    });
    expect(facts("就任远江市自来水事业处的车晓燕，长期服务民众，荣获远江市模范劳工。")).toEqual({
      车晓燕: { h: ["远江市模范劳工"], e: ["远江市自来水事业处"] },
    });
    expect(facts("远江市模范劳工祁文涛先生，目前服务于远江餐饮事业股份有限公司。")).toEqual({
      祁文涛: { h: ["远江市模范劳工"], e: ["远江餐饮事业股份有限公司"] },
    });
  });
});

describe("a post in the sentence after the name", () => {
  it("X被评为H。他是UNIT的一名JOB。: the unit of the person named last", () => {
    expect(facts("2020年，祁文涛被评为全国劳动模范。他是青川机械厂的一名高级技师。")).toEqual({
      祁文涛: { h: ["全国劳动模范"], e: ["青川机械厂"] },
    });
    // (Their unit is no one's when the sentence before named two people.)
    expect(facts("2020年，祁文涛、柏雪松被评为全国劳动模范。他是青川机械厂的一名高级技师。")).toEqual({
      祁文涛: { h: ["全国劳动模范"], e: [] },
      柏雪松: { h: ["全国劳动模范"], e: [] },
    });
  });
});

describe("the occasion between the name and the award", () => {
  it("X在…表彰大会上被授予H: a long 在…上 before the verb", () => {
    expect(facts("祁文涛在2020年全国劳动模范和先进工作者表彰大会上被授予全国劳动模范称号。")).toEqual({
      祁文涛: { h: ["全国劳动模范"], e: [] },
    });
  });
});

describe("a profile's titles and post around its name (round 21)", () => {
  it.each([
    "车晓燕是全国劳动模范、青川纺织厂高级技师。",
    "今年52岁的车晓燕是全国劳动模范、青川纺织厂高级技师。",
    "车晓燕，全国劳动模范、青川纺织厂高级技师。",
    // (A title after the post is read as before.)
    "车晓燕，青川纺织厂高级技师、全国劳动模范。",
  ])("reads the titles around the post after a copula and after a name's own clause: %s", (text) => {
    expect(facts(text)).toEqual({ 车晓燕: { h: ["全国劳动模范"], e: ["青川纺织厂"] } });
  });

  it("reads where the person works from the clause after an honoured name", () => {
    expect(facts("被誉为“焊接大王”的全国劳动模范车晓燕，在远江船厂工作了30年。")).toEqual({
      车晓燕: { h: ["全国劳动模范"], e: ["远江船厂"] },
    });
    expect(facts("全国劳动模范车晓燕，在会上作了发言。")).toEqual({ 车晓燕: { h: ["全国劳动模范"], e: [] } });
  });

  it("gives a 作为 clause's titles to the subject after it: a bare name before 说, or one after its post", () => {
    expect(facts("作为全国劳动模范，葛明说，要把手艺传下去。")).toEqual({
      葛明: { h: ["全国劳动模范"], e: [] },
    });
    expect(facts("作为全国劳动模范，远江电力公司高级技师葛明一直坚守在一线。")).toEqual({
      葛明: { h: ["全国劳动模范"], e: ["远江电力公司"] },
    });
  });

  it("reads titles and a post together in brackets after a name", () => {
    expect(
      facts(
        "会上，祁文涛（全国劳动模范、远江重工集团高级技师）、柏雪松（远江港务公司首席技师、全国技术能手）先后发言。",
      ),
    ).toEqual({
      祁文涛: { h: ["全国劳动模范"], e: ["远江重工集团"] },
      柏雪松: { h: ["全国技术能手"], e: ["远江港务公司"] },
    });
  });

  it("reads no employer in a place the person comes from (来自山东的), a brand name still", () => {
    expect(facts("来自山东的全国五一劳动奖章获得者葛明肃立在旗杆旁。")).toEqual({
      葛明: { h: ["全国五一劳动奖章"], e: [] },
    });
    expect(facts("来自青川精机的全国劳动模范葛明说。")).toEqual({
      葛明: { h: ["全国劳动模范"], e: ["青川精机"] },
    });
  });

  it("gives the unit of 作为某公司的JOB to the person a pronoun after it refers to", () => {
    expect(
      facts("全国劳动模范葛明说了几句。作为远江景泰环保设备有限公司的技术中心主任，他自豪地告诉记者。"),
    ).toEqual({
      葛明: { h: ["全国劳动模范"], e: ["远江景泰环保设备有限公司"] },
    });
    expect(facts("全国劳动模范葛明说了几句。作为远江景泰公司的技术中心主任，他们都很自豪。")).toEqual({
      葛明: { h: ["全国劳动模范"], e: [] },
    });
  });

  it("reads 分获 as one title each, an award after another predicate and 并, and the labour model's medal", () => {
    expect(
      facts(
        "远江集团职工祁文涛、远江能源开发有限公司采煤机班长柏雪松分获远江县十佳农民工和远江县生产标兵荣誉称号。",
      ),
    ).toEqual({
      祁文涛: { h: ["远江县十佳农民工"], e: ["远江集团"] },
      柏雪松: { h: ["远江县生产标兵"], e: ["远江能源开发有限公司"] },
    });
    expect(facts("远江供电公司员工祁文涛参加大会并被授予“全国劳动模范”称号。")).toEqual({
      祁文涛: { h: ["全国劳动模范"], e: ["远江供电公司"] },
    });
    expect(facts("刚刚获得全国劳动模范奖章的柏雪松对记者说道。")).toEqual({
      柏雪松: { h: ["全国劳动模范"], e: [] },
    });
    expect(facts("全国劳模奖章获得者柏雪松说道。")).toEqual({ 柏雪松: { h: ["全国劳动模范"], e: [] } });
    expect(names("拿着劳模奖章的柏雪松说道。")).toEqual([]);
  });

  it("reads the whole name that closes a granted item after its unit (…有限公司祁文涛, not 文涛)", () => {
    expect(
      facts("经县总工会决定，命名远江丝网有限公司祁文涛、远江电机制造有限公司柏雪松2名同志为“远江工匠”。"),
    ).toEqual({
      柏雪松: { h: ["远江工匠"], e: ["远江电机制造有限公司"] },
      祁文涛: { h: ["远江工匠"], e: ["远江丝网有限公司"] },
    });
  });

  it("gives no visited person's title to the official who visits (看望慰问了…的全国劳模，…获得者)", () => {
    expect(
      names(
        "13日下午，地委副书记韩春林在工会领导的陪同下，带着新年的祝福，分别看望慰问了远江区通夏村、地区电力公司的全国劳模，地区客运公司的全国五一奖章获得者，达玛拉道班等自治区劳动模范。",
      ),
    ).toEqual([]);
    expect(facts("祁文涛是远江钢厂技师，享受国务院特殊津贴，全国劳模。")).toEqual({
      祁文涛: { h: ["全国劳动模范"], e: ["远江钢厂"] },
    });
  });

  it("reads no employer in an industry, a class, or a span cut inside a quote", () => {
    expect(facts("来自船舶行业的全国劳动模范葛明讲述了故事。")).toEqual({
      葛明: { h: ["全国劳动模范"], e: [] },
    });
    expect(facts("全国劳动模范葛明，现为远江职业学院劳模本科班学员。")).toEqual({
      葛明: { h: ["全国劳动模范"], e: [] },
    });
    expect(facts("全国劳动模范、“安牛班首任班长葛明讲述了故事。")).toEqual({
      葛明: { h: ["全国劳动模范"], e: [] },
    });
    expect(facts("全国劳动模范、远江船舶（集团）有限公司高级技师葛明讲述了故事。")).toEqual({
      葛明: { h: ["全国劳动模范"], e: ["远江船舶（集团）有限公司"] },
    });
  });

  it("reads names after a department's short name in a unit's own news (采矿所X荣获…)", () => {
    expect(
      facts(
        "采矿所祁文涛荣获2021—2022年度“远江市青年安全生产卫士”称号、选冶所柏雪松和环保所车晓燕荣获2021—2022年度“远江市青年岗位能手”称号。",
      ),
    ).toEqual({
      祁文涛: { h: ["远江市青年安全生产卫士"], e: ["采矿所"] },
      柏雪松: { h: ["远江市青年岗位能手"], e: ["选冶所"] },
      车晓燕: { h: ["远江市青年岗位能手"], e: ["环保所"] },
    });
  });

  it("reads 该公司/该厂 as the unit named before with the same last word", () => {
    expect(
      facts(
        "近日，在远江二十二冶集团远江重工(唐山)公司生产车间内，河北省五一劳动奖章获得者、该公司总工韩春林为职工授课。",
      ),
    ).toEqual({ 韩春林: { h: ["河北省五一劳动奖章"], e: ["远江二十二冶集团远江重工(唐山)公司"] } });
    expect(facts("远江机床厂举办技能比武。该厂高级技师、全国技术能手葛明担任裁判。")).toEqual({
      葛明: { h: ["全国技术能手"], e: ["远江机床厂"] },
    });
    expect(facts("远江矿业集团举办技能比武。全国技术能手、该矿修护区队长葛明担任裁判。")).toEqual({
      葛明: { h: ["全国技术能手"], e: [] },
    });
  });

  it("reads a company's short name in brackets after each name of a list, not a field, a place or a sex", () => {
    expect(
      facts("宣讲团由全国劳动模范韩春林（远江宝钢技术）、葛明（远江二十三冶）、车晓燕（盐湖股份）组成。"),
    ).toEqual({
      韩春林: { h: ["全国劳动模范"], e: ["远江宝钢技术"] },
      葛明: { h: ["全国劳动模范"], e: ["远江二十三冶"] },
      车晓燕: { h: ["全国劳动模范"], e: ["盐湖股份"] },
    });
    for (const text of [
      "全国劳动模范韩春林（航天）、葛明（人工智能）、车晓燕（金融）组成宣讲团。",
      "合影中，全国劳动模范韩春林（左一）、葛明（右二）在一起。",
      "全国劳动模范韩春林（女）、葛明（男）在一起。",
    ])
      expect(Object.values(facts(text)).flatMap((p) => p.e)).toEqual([]);
  });

  it("reads a name before 于 and a time, and a card's post after its titles' clause", () => {
    expect(facts("韩春林于2015年被评为全国劳动模范。")).toEqual({ 韩春林: { h: ["全国劳动模范"], e: [] } });
    expect(names("全国劳动模范葛明、于洋分享了经验。")).toEqual(["葛明", "于洋"]);
    expect(facts("韩春林，全国劳动模范，远江钢铁公司首席技师。")).toEqual({
      韩春林: { h: ["全国劳动模范"], e: ["远江钢铁公司"] },
    });
  });

  it("reads a brand without a suffix after 服务于/任职于 as the employer", () => {
    expect(facts("服务于远江电工机械的全国劳动模范韩春林说，要把手艺传下去。")).toEqual({
      韩春林: { h: ["全国劳动模范"], e: ["远江电工机械"] },
    });
  });

  it("reads a quoted award after 获颁 and this year's words, after a long occasion too", () => {
    expect(
      facts(
        "首先恭喜业务发展部工程师吴家明先生，在2014年3月18日远江工程师学会举办的第39周年晚宴上获颁本年度“杰出青年工程师优异奖”。",
      ),
    ).toEqual({ 吴家明: { h: ["杰出青年工程师优异奖"], e: ["业务发展部"] } });
  });

  it("ends a name before the post it is addressed by (A院长、B副主任)", () => {
    expect(facts("全国五一劳动奖章获得者韩春林院长、葛明副主任与大家亲切交谈。")).toEqual({
      韩春林: { h: ["全国五一劳动奖章"], e: [] },
      葛明: { h: ["全国五一劳动奖章"], e: [] },
    });
  });

  it("reads the name a profile introduces with 他叫 / 她叫", () => {
    expect(facts("他叫柏雪松，是青川机床厂的一名焊工，2020年被评为全国劳动模范。")).toEqual({
      柏雪松: { h: ["全国劳动模范"], e: ["青川机床厂"] },
    });
    expect(facts("她叫车晓燕，是全国劳动模范。")).toEqual({ 车晓燕: { h: ["全国劳动模范"], e: [] } });
    expect(names("他叫不出名字，只记得是全国劳动模范。")).toEqual([]);
  });

  it("gives one title to each name after 分别 when the counts agree, every title otherwise", () => {
    expect(
      facts("今年，远江石化公司的韩春林、青川电厂的葛明分别获得全国劳动模范和全国五一劳动奖章。"),
    ).toEqual({
      韩春林: { h: ["全国劳动模范"], e: ["远江石化公司"] },
      葛明: { h: ["全国五一劳动奖章"], e: ["青川电厂"] },
    });
    expect(facts("韩春林、葛明分别被授予全国劳动模范、全国先进工作者称号。")).toEqual({
      韩春林: { h: ["全国劳动模范"], e: [] },
      葛明: { h: ["全国先进工作者"], e: [] },
    });
    expect(facts("韩春林、葛明获得全国劳动模范和全国五一劳动奖章。")).toEqual({
      韩春林: { h: ["全国劳动模范", "全国五一劳动奖章"], e: [] },
      葛明: { h: ["全国劳动模范", "全国五一劳动奖章"], e: [] },
    });
  });
});

describe("X劳模 at a clause's start (round 24)", () => {
  it("宣传好劳模的事迹 names no one; a name before 劳模 still does, words or not", () => {
    expect(names("远江市总工会主席韩春林表示，要为广大劳动者服务，宣传好劳模的事迹和精神。")).toEqual([
      "韩春林",
    ]);
    expect(names("会上，王国庆劳模向大家讲述了故事。")).toEqual(["王国庆"]);
    expect(names("车间班长高峰林劳模的事迹感动了大家。")).toEqual(["高峰林"]);
  });
});

describe("a party branch before a post (round 26)", () => {
  it("of a department after the unit's post: the unit is the employer", () => {
    expect(facts("全国劳动模范、青川中学副校长、文科党支部书记柏雪松讲述了奋斗故事。")).toEqual({
      柏雪松: { h: ["全国劳动模范"], e: ["青川中学"] },
    });
    // (An administrative department still belongs to its unit: 某学院教务处.)
    expect(facts("全国劳动模范、青松交通职业学院党委委员、教务处处长詹立平讲述了故事。")).toEqual({
      詹立平: { h: ["全国劳动模范"], e: ["青松交通职业学院教务处"] },
    });
  });

  it("is an office of the unit: the unit is the employer", () => {
    expect(
      facts("全国劳动模范、远江国泰食品有限公司党支部副书记、原料基地负责人韩春林讲述了奋斗故事。"),
    ).toEqual({
      韩春林: { h: ["全国劳动模范"], e: ["远江国泰食品有限公司"] },
    });
  });
});

describe("a post held before", () => {
  it("X原是… opens the sentence about X: a later clause's honour is X's", () => {
    expect(
      facts(
        "76岁的韩春林原是远江村党支部书记，在任期间，任劳任怨，带领村民增收致富，1995年被评为青川省劳动模范。",
      ).韩春林?.h,
    ).toEqual(["青川省劳动模范"]);
    expect(facts("车晓燕原为远江纺织厂挡车工，2012年荣获全国五一劳动奖章。").车晓燕?.h).toEqual([
      "全国五一劳动奖章",
    ]);
  });
});

describe("a pair with forms of address", () => {
  it("A女士与B女士 is a pair; 双双 in the next clause gives both the honour", () => {
    expect(facts("车晓燕女士与葛明女士荣获“青川市三八红旗手”称号。")).toEqual({
      车晓燕: { h: ["青川市三八红旗手"], e: [] },
      葛明: { h: ["青川市三八红旗手"], e: [] },
    });
    expect(facts("其中车晓燕女士与葛明女士脱颖而出，双双荣获“青川市三八红旗手”称号。")).toEqual({
      车晓燕: { h: ["青川市三八红旗手"], e: [] },
      葛明: { h: ["青川市三八红旗手"], e: [] },
    });
    // Without 双双 the later clause names its own holder.
    expect(facts("车晓燕女士与葛明女士参加了评选，车晓燕荣获青川市劳动模范称号。").葛明?.h ?? []).toEqual([]);
  });
});
