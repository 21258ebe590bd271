/**
 * Fictional articles (people, companies and events invented for these tests) set in Zhejiang,
 * with their gold written by hand from the text. Used by the printed test pages.
 */
import { article, event, person } from "./gold-helpers.ts";
import type { PageArticle } from "./types.ts";

export const innovationShow: PageArticle = {
  id: "innovation-show",
  headline: "全省交通系统劳模工匠创新成果交流会举行",
  paragraphs: [
    "本报讯（记者 骆明 通讯员 韦芳）近日，全省交通系统劳模工匠创新成果交流会在杭州国际博览中心举行。交流会由浙江省总工会指导、浙江交通集团工会主办，展出创新成果60余项。",
    "交流会上，全国交通系统劳动模范、浙江交通集团高速公路养护中心工程师章立群作交流发言，介绍了团队研发的桥梁病害智能巡检装置；浙江省劳动模范、杭州港航公司船舶驾驶员俞海涛也作交流发言，介绍了内河船舶节能改造的做法。",
    "成果展区里，一件件凝结着一线职工智慧的创新成果吸引了参观者驻足。隧道照明节能控制器、收费站自助缴费终端、养护车辆防撞预警装置等成果已在全省多条高速公路推广应用。",
    "浙江交通集团工会相关负责人表示，将进一步发挥劳模创新工作室的带动作用，推动更多创新成果转化为生产力。",
  ],
  gold: article("全省交通系统劳模工匠创新成果交流会举行", {
    reporters: ["骆明", "韦芳"],
    events: [
      event(
        "全省交通系统劳模工匠创新成果交流会",
        ["杭州国际博览中心"],
        [
          ["浙江省总工会", "指导"],
          ["浙江交通集团工会", "主办"],
        ],
      ),
    ],
    persons: [
      person("章立群", ["全国交通系统劳动模范"], [["浙江交通集团", "浙江交通集团高速公路养护中心"]]),
      person("俞海涛", ["浙江省劳动模范"], ["杭州港航公司"]),
    ],
  }),
};

export const bookDonation: PageArticle = {
  id: "book-donation",
  headline: "余杭区职工书屋新添图书三千册",
  paragraphs: [
    "本报讯（记者 屠佳）近日，余杭区总工会在余杭区职工文化中心举行职工书屋图书捐赠仪式，向全区20家基层工会职工书屋赠送图书3000册。",
    "此次捐赠的图书涵盖技能提升、文学历史、健康生活等多个门类。",
  ],
  gold: article("余杭区职工书屋新添图书三千册", {
    reporters: ["屠佳"],
    events: [event("职工书屋图书捐赠仪式", ["余杭区职工文化中心"], [[["余杭区总工会", "区总工会"], null]])],
  }),
};

export const studioUnion: PageArticle = {
  id: "studio-union",
  headline: "萧山区劳模创新工作室联盟成立",
  paragraphs: [
    "本报讯（记者 孔维）近日，由萧山区总工会主办的萧山区劳模创新工作室联盟成立大会在萧山区职工服务中心召开，全区32家劳模创新工作室加入联盟。",
    "会上，全国劳动模范、萧山钢构集团焊接首席技师傅国庆当选联盟首任理事长，并作表态发言。他表示，联盟将打破企业边界，让技术难题有处问、创新成果有处用。",
  ],
  gold: article("萧山区劳模创新工作室联盟成立", {
    reporters: ["孔维"],
    events: [
      event(
        "萧山区劳模创新工作室联盟成立大会",
        ["萧山区职工服务中心"],
        [[["萧山区总工会", "区总工会"], "主办"]],
      ),
    ],
    persons: [person("傅国庆", ["全国劳动模范"], ["萧山钢构集团"])],
  }),
};

export const safetyQuiz: PageArticle = {
  id: "safety-quiz",
  headline: "临平区举办“安康杯”知识竞赛",
  paragraphs: [
    "本报讯（记者 金晨）近日，临平区总工会在临平区工人文化宫举办“安康杯”安全生产知识竞赛，来自全区12家企业的代表队参赛。",
    "竞赛设必答、抢答和风险题三个环节，题目涵盖安全生产法律法规、应急处置等内容。经过角逐，临平燃气公司代表队获得一等奖。",
  ],
  credit: "通讯员 孟嘉 摄",
  gold: article("临平区举办“安康杯”知识竞赛", {
    reporters: ["金晨"],
    photographers: ["孟嘉"],
    events: [event("“安康杯”安全生产知识竞赛", ["临平区工人文化宫"], [[["临平区总工会", "区总工会"], null]])],
  }),
};
