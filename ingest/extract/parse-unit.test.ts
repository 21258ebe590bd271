/** Table-driven checks of "unit + job title" parsing on fictional units. */
import { describe, expect, it } from "vitest";
import { isOrgName, parseUnit } from "./parse-unit.ts";

describe("parseUnit", () => {
  it.each([
    // A first-person introduction before the unit ("我是…").
    ["我是远江橡胶集团青松分公司生产技术部副部长", "远江橡胶集团青松分公司生产技术部", "副部长"],
    // Shop, line and craft titles.
    ["青松副食店店长", "青松副食店", "店长"],
    ["远江商业连锁购物中心有限公司副店长", "远江商业连锁购物中心有限公司", "副店长"],
    ["远江茶业有限公司制茶师", "远江茶业有限公司", "制茶师"],
    ["远江酒业集团勾兑师", "远江酒业集团", "勾兑师"],
    ["远江铁路局青川客运段列车员", "远江铁路局青川客运段", "列车员"],
    // A shop of a chain after its company is the unit (only before a job title).
    ["远江百货公司青松店店长", "远江百货公司青松店", "店长"],
    ["远江百货公司青松路分店收银员", "远江百货公司青松路分店", "收银员"],
    // Works projects and track sections.
    ["远江铁建九局青松水利枢纽测绘员", "远江铁建九局青松水利枢纽", "测绘员"],
    ["远江铁建青松隧道工区工班长", "远江铁建青松隧道工区", "工班长"],
    ["远江工务段青川线路车间维修二工区工长", "远江工务段青川线路车间维修二工区", "工长"],
    // A long leftover is an occupation when it names a works project.
    ["远江铁建九局青松水利工程项目放线工", "远江铁建九局", "青松水利工程项目放线工"],
    // 动车组 is the train a driver works on, not a team.
    [
      "远江局集团有限公司青川动车段动车三车间动车组司机",
      "远江局集团有限公司青川动车段动车三车间",
      "动车组司机",
    ],
    ["远江动车段动车二车间动车组修理工", "远江动车段动车二车间", "动车组修理工"],
    // Founders, partners, co-operative members, committee members, carriers by brand.
    ["远江云帆网络科技股份有限公司创始人", "远江云帆网络科技股份有限公司", "创始人"],
    ["远江市青松律师事务所江北分所合伙人", "远江市青松律师事务所江北分所", "合伙人"],
    ["远江黑鸡产业合作社社员", "远江黑鸡产业合作社", "社员"],
    ["远江县青松镇石桥嘎查委员会委员", "远江县青松镇石桥嘎查委员会", "委员"],
    ["远江县红十字会专职副会长", "远江县红十字会", "专职副会长"],
    ["青川联通网络安全主管", "青川联通", "网络安全主管"],
    ["远江市青松街道石桥社区居委会副主任", "远江市青松街道石桥社区居委会", "副主任"],
    // A numbered middle school by its short name; a department of a health centre.
    ["远江一中高级教师", "远江一中", "高级教师"],
    ["青松社区卫生服务中心全科护师", "青松社区卫生服务中心", "全科护师"],
    // The union's chair works for the company.
    ["远江实业有限公司青川分公司工会主席", "远江实业有限公司青川分公司", "工会主席"],
    // A description before 的, a skill title before the unit: neither is part of it.
    ["默默守护城市整洁的远江市环境卫生管理处清运工", "远江市环境卫生管理处", "清运工"],
    ["汽车维修高级技师远江交通职业技术学院教师", "远江交通职业技术学院", "教师"],
    // (A title word inside the school's name stays: 某技师学院.)
    ["远江技师学院青川分院教师", "远江技师学院青川分院", "教师"],
    // A description ending in a quote and 的, a single-dash lead, a nickname before the job.
    [
      "当好“指挥员”的远江局集团有限公司青松车站运转车间车站值班员",
      "远江局集团有限公司青松车站运转车间",
      "车站值班员",
    ],
    ["国务院政府特殊津贴获得者—远江石油化工有限公司高级专家", "远江石油化工有限公司", "高级专家"],
    // A shift word before the post is the post's; a sheet-metal worker's trade is a job.
    ["远江实业有限公司炼铁总厂综合管理室值班调度长", "远江实业有限公司炼铁总厂综合管理室", "值班调度长"],
    ["青川汽车有限公司柴油机厂重机部值班总长", "青川汽车有限公司柴油机厂重机部", "值班总长"],
    [
      "远江电机有限公司机加事业部金属结构产线冷作钣金工",
      "远江电机有限公司机加事业部",
      "金属结构产线冷作钣金工",
    ],
    // A cooperative's board member; an agricultural manager's grade is all job.
    ["远江县春静水稻种植专业合作社理事", "远江县春静水稻种植专业合作社", "理事"],
    ["高级农业职业经理人", null, "高级农业职业经理人"],
    [
      "远江局集团有限公司青川客运段高铁一车队“青松号”列车长",
      "远江局集团有限公司青川客运段高铁一车队",
      "“青松号”列车长",
    ],
    ["坚守了二十年的远江分公司“90后”胶工", "远江分公司", "“90后”胶工"],
    // A fleet's leader, a service manager; a department before 项目经理 is no project.
    ["远江公交车队长", "远江公交", "车队长"],
    ["远江精机客服经理", "远江精机", "客服经理"],
    ["远江纺织有限公司客服中心项目经理", "远江纺织有限公司客服中心", "项目经理"],
    // A flight is no team of the airline.
    ["青川航空3U1234航班机长", "青川航空", "3U1234航班机长"],
    // Two posts joined by 兼: the first names the unit.
    ["远江热电厂生产党支部书记兼生计部副主任", "远江热电厂", "生产党支部书记兼生计部副主任"],
    // A former post (原): the unit before 原, the department with the title.
    ["远江银行青松分行原保卫部总经理", "远江银行青松分行", "原保卫部总经理"],
    ["远江火箭原总设计师", "远江火箭", "原总设计师"],
    // 前/前任 (former) likewise; 目前/此前 are times, not posts.
    ["青川工联会前副会长", "青川工联会", "前副会长"],
    ["远江钢铁公司前任厂长", "远江钢铁公司", "前任厂长"],
    // A team is no employer.
    ["远江大学某某式教师团队负责人", null, "负责人"],
    ["远江钢铁集团原料厂厂长", "远江钢铁集团原料厂", "厂长"],
    // 首席 opens the title; a crew named in quotes stays inside the unit.
    ["远江机场青松分公司首席场道巡视员", "远江机场青松分公司", "首席场道巡视员"],
    ["青松机务段“远江号”机车组副司机长", "青松机务段“远江号”机车组", "副司机长"],
    // A studio's leader works for the unit that hosts the studio.
    ["远江能源青川热力公司技改工作室领衔人", "远江能源青川热力公司", "技改工作室领衔人"],
    ["祁文涛工作室负责人", "祁文涛工作室", "负责人"],
    // A party committee of a place: the committee is the unit.
    ["远江自治区党委副书记", "远江自治区党委", "副书记"],
    ["青川省委副书记", "青川省委", "副书记"],
    ["远江集团党委书记", "远江集团", "党委书记"],
    ["远江银行青松支行行长", "远江银行青松支行", "行长"],
    // A project named after the company is the unit of its 项目经理.
    ["远江建工集团第四建设有限公司青松站项目经理", "远江建工集团第四建设有限公司青松站项目", "经理"],
    ["远江建工集团项目经理", "远江建工集团", "项目经理"],
    ["远江省职工培训学校教务处党建专干", "远江省职工培训学校教务处", "党建专干"],
    ["塞川林场场长", "塞川林场", "场长"],
    ["远江零距离社会服务中心社工", "远江零距离社会服务中心", "社工"],
    ["远江矿业集团青松煤矿矿长", "远江矿业集团青松煤矿", "矿长"],
    // Deputy words belong to the title.
    ["远江集团常务副总经理", "远江集团", "常务副总经理"],
    ["远江市人民政府副市长", "远江市人民政府", "副市长"],
  ])("%s → %s + %s", (raw, org, jobTitle) => {
    expect(parseUnit(raw)).toEqual({ org, jobTitle });
  });

  it("a studio named by its level is a post, not a unit", () => {
    expect(parseUnit("省级技能大师工作室兼职工创新工作室负责人")).toEqual({
      org: null,
      jobTitle: "省级技能大师工作室兼职工创新工作室负责人",
    });
  });

  it.each([
    ["数千名一线职工在工会主席", { org: null, jobTitle: "主席" }],
    ["百余名职工在远江市总工会主席", { org: "远江市总工会", jobTitle: "主席" }],
    ["远江在线科技有限公司经理", { org: "远江在线科技有限公司", jobTitle: "经理" }],
    ["郑重地从远江市总党组书记", { org: "远江市总", jobTitle: "党组书记" }],
    ["远江从化区总工会主席", { org: "远江从化区总工会", jobTitle: "主席" }],
  ])("%s: a clause before the unit is cut off", (raw, expected) => {
    expect(parseUnit(raw)).toEqual(expected);
  });

  it.each([
    ["全国政协委员", { org: null, jobTitle: "全国政协委员" }],
    ["远江省人大常委会委员", { org: null, jobTitle: "远江省人大常委会委员" }],
    ["远江市总工会主席", { org: "远江市总工会", jobTitle: "主席" }],
  ])("%s: a post, or a union that is the unit itself", (raw, expected) => {
    expect(parseUnit(raw)).toEqual(expected);
  });

  it.each(["远江自治区优秀援疆干部", "其一中", "第一中"])("%s is no unit", (raw) => {
    expect(parseUnit(raw)?.org ?? null).toBeNull();
  });

  it("a long leftover without a works project is no occupation", () => {
    expect(parseUnit("远江铁建九局青松镇老街坊邻居帮扶员")).toBeNull();
  });

  it.each(["毕业于远江大学", "就读于青川职业技术学院", "师从远江工艺美术研究所"])(
    "%s (schooling) is no employer",
    (raw) => {
      expect(parseUnit(raw)).toBeNull();
      expect(isOrgName(raw)).toBe(false);
    },
  );

  it("店 is no organisation suffix outside the unit-before-title position", () => {
    expect(isOrgName("青松副食店")).toBe(false);
    expect(isOrgName("青松隧道工区")).toBe(true);
  });
});

describe("units with a department or a senior post", () => {
  it("a hospital's department after it: the hospital", () => {
    expect(parseUnit("远江省中医院骨伤三科")).toEqual({ org: "远江省中医院", jobTitle: null });
  });

  it("主办 before a title is part of the post, not an office of the unit", () => {
    expect(parseUnit("远江重汽集团卡车股份有限公司车身部维修钳工主办技师")).toEqual({
      org: "远江重汽集团卡车股份有限公司车身部",
      jobTitle: "维修钳工主办技师",
    });
  });

  it.each([
    // A bare department word after the company: the company employs, the word joins the post.
    ["远江水泥股份有限公司车间副主任", "远江水泥股份有限公司", "车间副主任"],
    ["远江长风机械有限公司加工中心操作工", "远江长风机械有限公司", "加工中心操作工"],
    // A named department stays the unit ("青川线路车间", "生产技术部").
    ["远江工务段青川线路车间工长", "远江工务段青川线路车间", "工长"],
  ])("%s: a generic department after the company", (raw, org, jobTitle) => {
    expect(parseUnit(raw)).toEqual({ org, jobTitle });
  });

  it.each([
    // Occupations missing from the job titles, by their last characters.
    ["远江福源酒店有限公司行政总厨", "远江福源酒店有限公司", "行政总厨"],
    ["远江剪纸艺术有限公司青松剪纸传承人", "远江剪纸艺术有限公司", "青松剪纸传承人"],
    ["国网远江电力研究院数字工匠", "国网远江电力研究院", "数字工匠"],
  ])("%s: an unlisted occupation after the unit", (raw, org, jobTitle) => {
    expect(parseUnit(raw)).toEqual({ org, jobTitle });
  });

  it("a post the person is sent to (驻…村第一书记) names no employer", () => {
    expect(parseUnit("驻远江县青松乡石桥村第一书记")).toEqual({
      org: null,
      jobTitle: "驻远江县青松乡石桥村第一书记",
    });
  });
});
