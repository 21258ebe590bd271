/**
 * Honour shapes of issue 12 on fictional sentences: no leading copula or verb in an honour,
 * praise (被誉为) is no honour, a mixed group's titles are not given to its names, and a bare
 * list of names closed by a count.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.ts";
import { parseHonour } from "./parse-honour.ts";
import { parseUnit } from "./parse-unit.ts";
import { testArticle } from "./test-article.ts";
import { toGoldArticle } from "./to-gold.ts";

const facts = (body: string) =>
  Object.fromEntries(
    toGoldArticle(extractArticle(testArticle(`测试标题\n${body}`))).persons.map((p) => [
      p.name,
      { h: p.honours, e: p.employers },
    ]),
  );

describe("honour names", () => {
  it("start with no copula or verb", () => {
    expect(parseHonour("是全国三八红旗手")?.name).toBe("全国三八红旗手");
    expect(parseHonour("刚获得远江市劳动模范")?.name).toBe("远江市劳动模范");
    expect(parseHonour("报告了省五一劳动奖章")?.name).toBe("省五一劳动奖章");
  });

  it("praise is no honour held", () => {
    expect(parseHonour("被誉为大国工匠")).toBeNull();
  });

  it("NAME是HONOUR: the honour as printed has no 是", () => {
    const x = extractArticle(testArticle("测试标题\n远江纺织厂挡车工车晓燕是全国三八红旗手。"));
    const h = x.persons.find((p) => p.name === "车晓燕")?.honours ?? [];
    expect(h.map((m) => [m.name, m.raw.startsWith("是")])).toEqual([["全国三八红旗手", false]]);
  });
});

describe("groups and lists", () => {
  it("a mixed group of titles after 等N余名 gives no name any of them", () => {
    expect(
      facts("祁文涛、柏雪松、车晓燕等20余名全国及湖南劳动模范、大国工匠、远江工匠代表，深情讲述奋斗故事。"),
    ).toEqual({});
  });

  it("a bare counted list of names, one a common word and one transliterated", () => {
    expect(facts("其中，蒙青、布赫巴雅尔、白金、付青迪等23名职工荣获全国五一劳动奖章。")).toEqual({
      蒙青: { h: ["全国五一劳动奖章"], e: [] },
      布赫巴雅尔: { h: ["全国五一劳动奖章"], e: [] },
      白金: { h: ["全国五一劳动奖章"], e: [] },
      付青迪: { h: ["全国五一劳动奖章"], e: [] },
    });
  });

  it("授予A、B、C、D4名同志“TITLE”的表彰决定: a grant without 等, closed by 的", () => {
    expect(
      facts(
        "主持人宣读了关于授予祁文涛、柏雪松、白金、车晓燕4名同志“远江好人·最美职工”的表彰决定，号召大家学习。",
      ),
    ).toEqual({
      祁文涛: { h: ["远江好人·最美职工"], e: [] },
      柏雪松: { h: ["远江好人·最美职工"], e: [] },
      白金: { h: ["远江好人·最美职工"], e: [] },
      车晓燕: { h: ["远江好人·最美职工"], e: [] },
    });
  });

  it("a list of unit + name items closed by a count", () => {
    expect(
      facts(
        "远江检测认证股份有限公司祁文涛、青松汽车模具股份有限公司柏雪松等2名优秀技能人才荣获第二届“远江工匠”称号。",
      ),
    ).toEqual({
      祁文涛: { h: ["远江工匠"], e: ["远江检测认证股份有限公司"] },
      柏雪松: { h: ["远江工匠"], e: ["青松汽车模具股份有限公司"] },
    });
  });
});

describe("attachment by structure", () => {
  it("honours before a comma go to the name the next clause introduces, not the subject", () => {
    const got = facts(
      "远江市总工会副主席杨青武为展品揭幕，并向全国劳动模范、时代楷模，远江供电分公司配电抢修一班班长张青明颁发证书。",
    );
    expect(got.张青明?.h).toEqual(["全国劳动模范", "时代楷模"]);
    expect(got.杨青武).toBeUndefined();
  });

  it("an honouree's union post is no employer; an attending official is no person", () => {
    const got = facts("全国劳动模范、远江机械厂技师祁文涛，远江市总工会副主席罗晓岚出席活动。");
    expect(got.祁文涛?.e).toEqual(["远江机械厂"]);
    expect(got.罗晓岚).toBeUndefined();
  });

  it("a nickname in quotes before the unit is no part of it", () => {
    const got = facts("全国劳动模范、“光脚哥”远江银业有限公司技师祁文涛讲述了故事。");
    expect(got.祁文涛?.e).toEqual(["远江银业有限公司"]);
  });
});

describe("nicknames, dashes and collectives", () => {
  it("UNIT“NICKNAME”NAME: the nickname is no honour and the unit employs", () => {
    expect(facts("报告会上，全国劳动模范、远江矿业“电焊能手”祁文涛讲述了自己的故事。")).toEqual({
      祁文涛: { h: ["全国劳动模范"], e: ["远江矿业"] },
    });
    // After an issuer the quotes hold an honour.
    expect(facts("远江市总工会“最美职工”祁文涛讲述了故事。").祁文涛?.h).toEqual(["远江市最美职工"]);
  });

  it("“HONOUR”获得者——UNIT JOB NAME", () => {
    expect(
      facts("“全国五一劳动奖章”获得者——远江珠峰农业科技发展有限责任公司董事长巴桑顿珠，建设了蔬菜基地。"),
    ).toEqual({ 巴桑顿珠: { h: ["全国五一劳动奖章"], e: ["远江珠峰农业科技发展有限责任公司"] } });
  });

  it("a list of units closed by a count without 等, a troupe among them", () => {
    const g = toGoldArticle(
      extractArticle(
        testArticle(
          "测试标题\n其中，远江草业股份有限公司、青川乌兰牧骑、远江化学工业有限公司3家单位荣获全国五一劳动奖状。",
        ),
      ),
    );
    expect(g.collectives.map((c) => c.name)).toEqual([
      "远江草业股份有限公司",
      "青川乌兰牧骑",
      "远江化学工业有限公司",
    ]);
  });
});

describe("employers in appositive runs", () => {
  it("UNIT before a scoped title, 中国-named units, a project manager's company", () => {
    expect(
      facts(
        "出席活动的有全国劳动模范祁文涛，远江钢铁集团全国技术能手、全国劳动模范柏雪松，中国远汽高级技师、全国劳动模范车晓燕，远江市政集团有限公司项目经理、省五一劳动奖章获得者罗青山。",
      ),
    ).toEqual({
      祁文涛: { h: ["全国劳动模范"], e: [] },
      柏雪松: { h: ["全国技术能手", "全国劳动模范"], e: ["远江钢铁集团"] },
      车晓燕: { h: ["全国劳动模范"], e: ["中国远汽"] },
      罗青山: { h: ["省五一劳动奖章"], e: ["远江市政集团有限公司"] },
    });
  });
});

describe("quoted title runs", () => {
  it("“A”“B”…“G”、PARENT旗下UNIT JOB、JOB NAME；: a long run distributes over its name, the subsidiary employs", () => {
    const got = facts(
      "“青川省杰出农民工”“全国优秀农民工”“远江生态保护奖”“青川省五一劳动奖章”“远江工匠”“青川省劳动模范”“白杨工匠”、远江控股集团有限公司旗下青松旅游集团野象谷景区高级兽医师、技师祁明青；“全国五一劳动奖章”获得者车晓燕。",
    );
    expect(got.祁明青?.h.sort()).toEqual(
      // (杰出农民工 is a title of its own: real gold counts "某省杰出农民工".)
      [
        "青川省杰出农民工",
        "全国优秀农民工",
        "青川省五一劳动奖章",
        "远江工匠",
        "青川省劳动模范",
        "白杨工匠",
      ].sort(),
    );
    expect(got.祁明青?.e).toEqual(["青松旅游集团野象谷景区"]);
    expect(got.车晓燕?.h).toEqual(["全国五一劳动奖章"]);
  });

  it("HONOUR，UNIT JOB X、UNIT JOB Y: the honour before the comma heads every name of the list", () => {
    const got = facts(
      "全国劳动模范，远江矿业股份有限公司采矿部检修车间副主任祁文涛、青川橡胶集团龙江分公司割胶总辅导员车晓燕分别作报告。",
    );
    expect([got.祁文涛?.h, got.车晓燕?.h]).toEqual([["全国劳动模范"], ["全国劳动模范"]]);
  });

  it("评选出A、B、C等3人荣获…: the verb before the first name is no part of it", () => {
    expect(Object.keys(facts("最后评选出母青奇、索朗群培、胡中阔等3人荣获2022年度“远江工匠”称号。"))).toEqual(
      ["母青奇", "索朗群培", "胡中阔"],
    );
  });
});

describe("units that name no one, and leads before a unit", () => {
  it.each([
    ["我院院长", null],
    ["办事处主任", null],
    ["技术中心主任", null],
    ["获奖代表远江市第一中学校教师", "远江市第一中学校"],
    ["大学生创业者”远江可遇公寓管理有限公司总经理", "远江可遇公寓管理有限公司"],
    ["“光脚哥”远江银业有限公司技师", "远江银业有限公司"],
    ["远江市政集团有限公司项目经理", "远江市政集团有限公司"],
    ["中国远汽高级技师", "中国远汽"],
  ])("%s → %s", (text, org) => {
    expect(parseUnit(text)?.org ?? null).toBe(org);
  });
});

describe("names after a list marker", () => {
  it("分别是：DESCRIPTION NAME、…: every item ends with a name, even without a job title", () => {
    expect(
      facts(
        "当天命名的第三批4名“远江工匠”，分别是：远江金箔锻制技艺葛青金、炒茶工陈青峰、班主任(小学)陈青宁、远江云锦织造技艺周青喜。",
      ),
    ).toEqual({
      葛青金: { h: ["远江工匠"], e: [] },
      陈青峰: { h: ["远江工匠"], e: [] },
      陈青宁: { h: ["远江工匠"], e: [] },
      周青喜: { h: ["远江工匠"], e: [] },
    });
  });

  it("before the marker a description is no anchor", () => {
    expect(facts("远江金箔锻制技艺葛青金表示很高兴。")).toEqual({});
  });
});

describe("honour readings that hold what no title holds", () => {
  it("drops a reading with a verb, a stray bracket or a leading preposition, keeps the rest", () => {
    const got = facts(
      "该工区近来双喜临门，工区荣获全国工人先锋号称号，工长祁文涛也同时荣获远江省五一劳动奖章。",
    );
    expect(got["祁文涛"]?.h).toEqual(["远江省五一劳动奖章"]);
  });

  it("drops a reading that starts with 被 or runs over a book title and a verb", () => {
    const got = facts("全国劳动模范祁文涛作了报告。台下的职工听得入神，被大国工匠祁文涛的故事打动。");
    expect(got["祁文涛"]?.h).toEqual(["全国劳动模范"]);
    expect(facts("远江水务集团抢修队队长柏雪松以《铁人》讲述了远江市特等劳动模范的故事。")).toEqual({});
  });
});

describe("employer readings that hold what no unit name holds", () => {
  it("drops a unit read with the invitation or the arrival before it", () => {
    const got = facts("本场阅享会邀请到了远江老三集团有限公司工会主席、全国三八红旗手祁承霞作为分享嘉宾。");
    expect(got["祁承霞"]).toBeDefined();
    for (const e of got["祁承霞"]?.e ?? []) expect(e).not.toMatch(/到了|邀请/);
  });

  it("drops a department printed without its unit, keeps one that names it", () => {
    expect(facts("全国劳动模范、妇产科主任祁文涛讲述了自己的故事。")["祁文涛"]?.e).toEqual([]);
    expect(facts("全国劳动模范、远江销售中心经理柏雪松讲述了自己的故事。")["柏雪松"]?.e).toEqual([
      "远江销售中心",
    ]);
    expect(facts("全国劳动模范、销售中心经理车晓燕讲述了自己的故事。")["车晓燕"]?.e).toEqual([]);
  });
});

describe("a clause that qualifies a noun after 的", () => {
  it("获得H的 before another group's name is no honour of the name before it", () => {
    const got = facts(
      "大会为获得“远江州五一劳动奖章”的祁文涛、柏雪松等12名职工，获得“工人先锋号”的远江乳业有限公司包装组等8个班组颁发了证书。",
    );
    expect(got["柏雪松"]?.h).toEqual(["远江州五一劳动奖章"]);
    expect(got["祁文涛"]?.h).toEqual(["远江州五一劳动奖章"]);
    // "荣获H提名奖的是：" names the holders after the colon, not the name before the comma.
    const nominees = facts(
      "当选第三届“远江市十大杰出青年”的是：祁文涛、柏雪松，获得第三届“远江市十大杰出青年”提名奖的是：车晓燕、贺红叶。",
    );
    expect(nominees["柏雪松"]?.h).toEqual(["远江市十大杰出青年"]);
  });

  it("…but 获得H的光荣称号 is the title itself", () => {
    expect(facts("祁文涛，获得“远江市五一劳动奖章”的光荣称号。")["祁文涛"]?.h).toEqual([
      "远江市五一劳动奖章",
    ]);
  });
});

describe("a copula's run that opens with the unit and post", () => {
  it("the post names the employer, the scoped titles after it are the person's", () => {
    expect(facts("祁文涛是远江重型机械有限公司首席技师、全国技术能手，他讲了自己的学徒岁月。")).toEqual({
      祁文涛: { h: ["全国技术能手"], e: ["远江重型机械有限公司"] },
    });
    // An item that is no title ends the run's titles.
    expect(facts("祁文涛是远江机械有限公司首席技师、技术骨干、全国技术能手。")).toEqual({});
  });
});

describe("the one who asks or lets, before 荣获H的NAME", () => {
  it("is no part of the holder's prefix", () => {
    expect(
      facts("市总工会特意请刚刚荣获全国五一劳动奖章的祁文涛和新评上的省劳模柏雪松给获奖者颁发证书。"),
    ).toEqual({
      祁文涛: { h: ["全国五一劳动奖章"], e: [] },
      柏雪松: { h: ["省劳动模范"], e: [] },
    });
  });
});

describe("a quoted title received before 的 and the names", () => {
  it("counts whatever its scope; unquoted and unscoped it does not", () => {
    expect(facts("会上为获得“五一劳动奖章”的祁文涛、柏雪松等12名职工颁发了证书。")).toEqual({
      祁文涛: { h: ["五一劳动奖章"], e: [] },
      柏雪松: { h: ["五一劳动奖章"], e: [] },
    });
    expect(facts("会上为获得奖章的祁文涛、柏雪松等12名职工颁发了证书。")).toEqual({});
  });
});

describe("units after a quoted title received (获得“H”的A、B等N个单位)", () => {
  const collectives = (body: string) =>
    (toGoldArticle(extractArticle(testArticle(`测试标题\n${body}`))).collectives ?? []).map((c) => [
      c.name,
      c.honours,
    ]);

  it("every unit holds the title; 全国 before the quotes is its scope", () => {
    expect(
      collectives("大会为获得全州“五一劳动奖状”的远江州气象局、青川县环境卫生管理所等9个单位颁发了奖牌。"),
    ).toEqual([
      ["远江州气象局", ["五一劳动奖状"]],
      ["青川县环境卫生管理所", ["五一劳动奖状"]],
    ]);
    expect(collectives("获得全国“五一劳动奖状”的远江州气象局、远江电力有限公司等16个单位受到表彰。")).toEqual(
      [
        ["远江州气象局", ["全国五一劳动奖状"]],
        ["远江电力有限公司", ["全国五一劳动奖状"]],
      ],
    );
  });
});

describe("the bare word 劳模 beside a title of the person's own (round 24)", () => {
  it("labels a group or an address: no second, unscoped 劳动模范; alone it stays", () => {
    const f = facts(
      "职工代表数百人现场聆听了韩春林、柏雪松、车晓燕等3名劳模的先进事迹报告。远江市开发区工会主席、全国五一劳动奖章获得者韩春林，青川市公安局派出所所长、远江五一劳动奖章获得者柏雪松等人先后发言。",
    );
    expect([f.韩春林?.h, f.柏雪松?.h, f.车晓燕?.h]).toEqual([
      ["全国五一劳动奖章"],
      ["远江五一劳动奖章"],
      ["劳动模范"],
    ]);
  });
});

describe("a clause read as a collective's name (round 25)", () => {
  const collectives = (body: string) =>
    toGoldArticle(extractArticle(testArticle(`测试标题\n${body}`))).collectives.map((c) => c.name);
  it("starts with no count or reference", () => {
    expect(
      collectives(
        "我市共有5家单位荣获远江省五一劳动奖状，5名职工荣获远江省五一劳动奖章，4个班组（车间、科室）荣获远江省工人先锋号。",
      ),
    ).toEqual([]);
    expect(
      collectives(
        "此次评选表彰全国钢铁工业先进集体、劳动模范和先进工作者，是远江钢铁工业协会第二次评选表彰活动。",
      ),
    ).toEqual([]);
    expect(collectives("远江水务公司供水车间荣获远江省工人先锋号。")).toEqual(["远江水务公司供水车间"]);
  });
});
