/**
 * Fictional articles (people, companies and events invented for these tests) set in Jiangxi,
 * with their gold written by hand from the text; two of them jump between pages.
 */
import { article, event, person } from "./gold-helpers.ts";
import type { PageArticle } from "./types.ts";

export const powerYouth: PageArticle = {
  id: "power-youth",
  headline: "守护万家灯火的电力尖兵",
  paragraphs: [
    "本报讯（记者 聂文涛）近日，南昌市总工会在南昌供电公司培训中心举办“电力尖兵话成长”分享会，150余名青年职工参加。",
    "分享会上，全国劳动模范、南昌供电公司带电作业班班长彭卫东讲述了自己二十年带电作业零差错的经历；江西省五一劳动奖章获得者、南昌供电公司配电运检工程师钟晓梅分享了她带领团队研发配网故障定位系统的故事。",
    "彭卫东说，带电作业容不得半点马虎，每一次登杆前，他都要把作业步骤在脑子里过上三遍。钟晓梅则鼓励青年职工多到现场去，在解决实际问题中积累经验。",
    "青年职工们纷纷表示，要以劳模为榜样，苦练本领，守护好城市的万家灯火。",
  ],
  gold: article("守护万家灯火的电力尖兵", {
    reporters: ["聂文涛"],
    events: [
      event("“电力尖兵话成长”分享会", ["南昌供电公司培训中心"], [[["南昌市总工会", "市总工会"], null]]),
    ],
    persons: [
      person("彭卫东", ["全国劳动模范"], [["南昌供电公司", "南昌供电公司带电作业班"]]),
      person("钟晓梅", ["江西省五一劳动奖章"], ["南昌供电公司"]),
    ],
  }),
};

export const warmVisit: PageArticle = {
  id: "warm-visit",
  headline: "青山湖区总工会走访慰问困难职工",
  paragraphs: [
    "本报讯（记者 万丽）近日，青山湖区总工会开展“送温暖”走访慰问活动，为辖区36户困难职工家庭送去慰问金和生活用品。",
    "每到一户，工会干部都仔细询问职工的身体状况和家庭困难，鼓励他们树立信心、战胜困难。",
  ],
  gold: article("青山湖区总工会走访慰问困难职工", {
    reporters: ["万丽"],
    events: [event("“送温暖”走访慰问活动", [], [[["青山湖区总工会", "区总工会"], null]])],
  }),
};

/** The second half of an article from page 1, under its repeated headline. */
export const refineryTail: PageArticle = {
  id: "refinery-tail",
  headline: "九江劳模工匠走进石化园区",
  continuedFrom: 1,
  paragraphs: [
    "随后，九江市总工会在九江石化公司会议中心召开劳模座谈会。座谈会上，江西省劳动模范、九江石化公司催化装置班长邱明亮，九江市劳动模范、九江港口集团门机司机陶春生先后发言，分享了各自在生产一线攻坚克难的经验。",
    "园区企业的青年职工表示，劳模的经历让他们看到了技术工人的成长路径，今后要沉下心来钻研业务。",
  ],
  gold: article("九江劳模工匠走进石化园区", {
    events: [event("劳模座谈会", ["九江石化公司会议中心"], [[["九江市总工会", "市总工会"], null]])],
    persons: [
      person("邱明亮", ["江西省劳动模范"], ["九江石化公司"]),
      person("陶春生", ["九江市劳动模范"], ["九江港口集团"]),
    ],
  }),
};

/** The first part of an article that goes on on page 3. */
export const ceramicsHead: PageArticle = {
  id: "ceramics-head",
  headline: "景德镇陶瓷行业职工技能大赛开赛",
  continuesOn: 3,
  paragraphs: [
    "本报讯（记者 艾青青）近日，由景德镇市总工会主办的景德镇市陶瓷行业职工技能大赛在景德镇陶瓷大学实训中心举行，来自全市40余家陶瓷企业的120名选手参赛。",
    "比赛设拉坯、利坯、青花绘制三个项目。江西省劳动模范、昌江陶瓷公司拉坯技师吴长根担任裁判长，并在开幕式上代表裁判员发言。",
    "开赛后，拉坯项目的选手们在转盘前屏息凝神，一团团瓷泥在他们手中渐渐变成碗、瓶、罐的模样。",
  ],
  gold: article("景德镇陶瓷行业职工技能大赛开赛", {
    reporters: ["艾青青"],
    events: [
      event(
        "景德镇市陶瓷行业职工技能大赛",
        ["景德镇陶瓷大学实训中心"],
        [[["景德镇市总工会", "市总工会"], "主办"]],
      ),
    ],
    persons: [person("吴长根", ["江西省劳动模范"], ["昌江陶瓷公司"])],
  }),
};

export const chessMatch: PageArticle = {
  id: "chess-match",
  headline: "浔阳区举办职工象棋比赛",
  paragraphs: [
    "本报讯（记者 柯雯）近日，浔阳区总工会在浔阳区职工活动中心举办职工象棋比赛，来自全区28家单位的64名棋手参赛。",
    "比赛采用积分编排制，共进行七轮较量。经过两天激烈角逐，九江港口集团代表队获得团体冠军。",
  ],
  credit: "通讯员 彭丹 摄",
  gold: article("浔阳区举办职工象棋比赛", {
    reporters: ["柯雯"],
    photographers: ["彭丹"],
    events: [event("职工象棋比赛", ["浔阳区职工活动中心"], [[["浔阳区总工会", "区总工会"], null]])],
  }),
};

export const restCamp: PageArticle = {
  id: "rest-camp",
  headline: "宜春市组织一线职工疗休养",
  paragraphs: [
    "本报讯（记者 钟蕾）近日，宜春市总工会组织30名劳模和一线职工在明月山职工疗休养基地开展疗休养活动。",
    "疗休养期间，职工们参加了健康讲座和体检，还参观了当地的农业产业园。大家表示，工会的关怀让他们倍感温暖。",
  ],
  gold: article("宜春市组织一线职工疗休养", {
    reporters: ["钟蕾"],
    events: [event("疗休养活动", ["明月山职工疗休养基地"], [[["宜春市总工会", "市总工会"], null]])],
  }),
};
