/**
 * Rule table: Speech acts. See ./types.ts for the contract and rules.test.ts for how examples run.
 *
 * Two kinds of rule: **verb rules** (with a `pattern`) say which words make the subject of
 * their clause a speaker; `find-speeches.ts` joins their patterns into one expression and
 * records the rule of the verb that matched. **Attachment rules** (no pattern) say who the
 * subject of a verb is when it is not the name right before it: a pronoun or zero subject, a
 * list of speakers sharing one verb, the roster of a touring group, an announced count.
 */
import type { RuleTable } from "./types.ts";

export interface SpeechYield {
  relation: "SPOKE_AT";
  /**
   * Verb rules only: whether a person without an honour (an official, a worker with a post)
   * becomes a speaker by this verb. Officials' 讲话, 发言, 介绍, 汇报 are no talk in the genre.
   */
  officials?: boolean;
}

const H = "远江市职工宣讲会举行\n";
const EVENT = "5月8日，远江市职工宣讲会在市工人文化宫举行。";
/** A meeting whose headline announces no talks. */
const MEETING = "远江工匠见面会举行\n5月8日，远江工匠记者见面会在市政府新闻中心举行。";

export const SPEECH_RULES: RuleTable<SpeechYield> = {
  kind: "speech",
  about:
    "Speech acts: which verbs and frames make a person (or collective) a speaker at an event (讲述, 分享, 作…报告, 宣讲, 授课, 以《…》为题 …), speaker lists with one shared verb, pronoun and zero subjects",
  rules: [
    // ── Verb rules: the order is the order of the alternatives in the joined expression.
    {
      id: "speech.jiangshu",
      pattern: /讲述|讲起|讲到|讲了|讲解|聊起|畅谈|谈起/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "telling verbs: 讲述, 讲起, 讲解, 畅谈 … after the speaker's name",
      match: [`${H}${EVENT}全国劳动模范、青川机械厂钳工郎春舟讲述了自己苦练绝活的经历。`],
      noMatch: [`${H}${EVENT}全国劳动模范郎春舟将于下月讲述自己的经历。`],
    },
    {
      id: "speech.fenxiang",
      pattern: /分享|交流了/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "分享 (also 作…分享, 进行分享) and 交流了",
      match: [`${H}${EVENT}省劳动模范蔺秋禾与职工们分享了技术革新的心得。`],
      noMatch: [],
    },
    {
      id: "speech.xuanjiang",
      pattern: /宣讲(?!团|员|中|会|现场|(?:活动)?讲师)/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "宣讲 as a verb (进行宣讲, 作宣讲); not the troupe 宣讲团 or its member 宣讲员",
      match: [`${H}${EVENT}全国五一劳动奖章获得者迟海澄为青年职工进行宣讲。`],
      noMatch: [
        `${H}${EVENT}远江建设集团设计师阚书遥听完宣讲后深受触动。`,
        `${H}${EVENT}市总工会聘请了全国劳动模范郎春舟、省劳动模范蔺秋禾等20人作为宣讲活动讲师。`,
      ],
    },
    {
      id: "speech.zuo-baogao",
      pattern: /[作做]了?[^，。；]{0,24}?(?:报告|讲座|(?:事迹|经验)介绍)/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "作了…报告 (also 做了报告), 分别作了事迹报告宣讲, 作巡回报告, 作…讲座, 作事迹介绍",
      match: [
        `${H}${EVENT}全国劳动模范濮云帆、省劳动模范覃立川分别作了事迹报告宣讲。`,
        `${H}${EVENT}市总工会副主席钮晓岚作了题为《守护万家灯火》的专题报告。`,
        `${H}${EVENT}全国劳动模范濮云帆作先进事迹介绍。`,
      ],
      noMatch: [],
    },
    {
      id: "speech.ti-wei",
      pattern: /以《|题为《|围绕《/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "以《…》为题, 题为《…》, 围绕《…》为主题: a talk title (read as talkTitle)",
      match: [
        `${H}${EVENT}全国劳动模范苗振东以《一根焊条的坚守》为题，回顾了三十年的从业经历。`,
        `${H}${EVENT}市劳动模范葛清远围绕《小岗位大担当》为主题，与大家面对面交谈。`,
      ],
      noMatch: [],
    },
    {
      id: "speech.shouke",
      pattern:
        /授课|讲授|主讲|开讲|上了一堂|讲了一堂|上了一节|开展了?[^，。；]{0,10}?现场教学|[上讲]了?(?:一堂|一节)?(?:专题)?(?:党课|思政课)/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "teaching: 授课, 讲授, 主讲, 上了一堂…课, 开展了一场…现场教学, 上/讲党课, 上思政课",
      match: [
        `${H}${EVENT}全国技术能手、青川电力公司技师邬明哲为学员们授课。`,
        `${H}${EVENT}邬明哲、郎春舟两位“远江工匠”开展了一场生动的现场教学。`,
        `${H}${EVENT}邀请邬明哲、郎春舟两位全国劳模为党员上党课。`,
      ],
      noMatch: [],
    },
    {
      id: "speech.dailai",
      pattern: /带来了|带来[^，。；]{0,30}?(?:故事|分享|宣讲|报告|讲座|课|演讲)/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "带来了…, 带来《…》主题宣讲, 带来…的故事",
      match: [`${H}${EVENT}省劳动模范柴映雪带来《我与电网共成长》主题宣讲。`],
      noMatch: [],
    },
    {
      id: "speech.fengxian",
      pattern: /奉献了?[^，。；]{0,20}?(?:报告|宣讲|讲座|演讲|课)/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "为师生们奉献了一场精彩的报告会, 奉献了两场宣讲: a talk given as a gift to the audience",
      match: [
        `${H}${EVENT}全国劳动模范郎春舟为师生们奉献了一场精彩的报告会。`,
        `${H}${EVENT}全国劳动模范郎春舟、远江工匠蔺秋禾还分别以“打磨工匠精神”和“铸就卓越”为题为师生们奉献了两场精彩的报告会。`,
      ],
      noMatch: [`${H}${EVENT}全国劳动模范郎春舟为职工们奉献了一台精彩的文艺演出。`],
    },
    {
      id: "speech.jiang-gei-ting",
      pattern: /(?:讲|说)给[^，。；]{1,10}?听/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "把…讲给/说给大家听",
      match: [`${H}${EVENT}台上，全国劳动模范贺少峰把自己的成长故事细细地说给大家听。`],
      noMatch: [],
    },
    {
      id: "speech.zuoke",
      pattern: /做客(?!了?(?:家|家中))/,
      yields: { relation: "SPOKE_AT", officials: false },
      note: "做客 a programme or forum: the guests talk there (an honouree's; an official's visit is none)",
      match: [`${H}14日，全国劳动模范郎春舟、全国先进工作者蔺秋禾共同做客远江网职工论坛，与网友交流。`],
      noMatch: [],
    },
    {
      id: "speech.denglu",
      pattern: /登台(?!领奖|受奖|领取|接受|颁奖)|现身说法/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "登台 (先后登台), 现身说法; not 登台领奖/受奖/接受 (to receive an award)",
      match: [`${H}${EVENT}全国劳动模范雍知秋、省劳动模范仉守诚先后登台。`],
      noMatch: [`${H}${EVENT}全国劳动模范雍知秋、省劳动模范仉守诚先后登台领奖。`],
    },
    {
      id: "speech.jiehe-jingli",
      pattern:
        /结合(?:自身|自己|个人|亲身)[^，。；]{0,16}?[，]?[^。；]{0,30}?(?:勉励|鼓励|阐述|诠释|告诉|激励|引导|解读)/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "结合自身经历…勉励/鼓励/阐述: a talk told from one's own life",
      match: [`${H}${EVENT}全国劳动模范冼若川结合自身经历，勉励青年职工扎根一线。`],
      noMatch: [],
    },
    {
      id: "speech.yong-yuyan",
      pattern:
        /用(?:朴实|质朴|生动|真挚|通俗|平实|朴素|幽默)[^，。；]{0,10}?的(?:语言|话语|故事)[，]?[^。；]{0,12}?(?:讲述|诠释|分享|介绍|阐述|讲|道出|描绘)/,
      yields: { relation: "SPOKE_AT", officials: false },
      note: "用朴实无华的语言，生动诠释了…: the way a talk was given, then what it told",
      match: [`${H}${EVENT}全国劳动模范冼若川用朴实无华的语言，生动诠释了劳模精神。`],
      noMatch: [],
    },
    {
      id: "speech.tan-tihui",
      pattern: /谈(?:心得体会|体会|感受|感想|认识)/,
      yields: { relation: "SPOKE_AT", officials: false },
      note: "结合…谈心得体会 / 谈感受: an honouree's talk on what they learnt (not an official's)",
      match: [`${H}${EVENT}全国劳动模范冼若川结合学习党的二十大精神谈心得体会。`],
      noMatch: [`${H}${EVENT}市总工会副主席钮晓岚结合学习党的二十大精神谈心得体会。`],
    },
    {
      id: "speech.fayan",
      pattern: /发言|(?:作|发表)了?(?:获奖)?感言/,
      yields: { relation: "SPOKE_AT", officials: false },
      note: "发言, 作获奖感言: an honouree's; officials' 发言 is no talk (an interview, 接受访谈, is not read: its event is another than the article's)",
      match: [
        `${H}${EVENT}全国劳动模范宓晨阳代表受表彰者发言。`,
        `${H}${EVENT}“远江工匠”获得者宓晨阳作获奖感言。`,
      ],
      noMatch: [`${H}${EVENT}市总工会副主席钮晓岚在会上发言。`],
    },
    {
      id: "speech.in-talk",
      pattern: /在(?:宣讲|报告|分享|发言|演讲)(?:中|时)(?:表示|说|谈到|指出|提到|讲道)/,
      yields: { relation: "SPOKE_AT", officials: false },
      note: "在宣讲中表示, 在报告中说: what an honouree said in the talk they gave",
      match: [`${H}${EVENT}远江省特等劳动模范、远江汽车集团高级技师宓晨阳在宣讲中表示，要加强技术创新。`],
      noMatch: [`${H}${EVENT}市总工会主席邰国梁在讲话中表示，要弘扬劳模精神。`],
    },
    {
      id: "speech.proposal",
      pattern: /发出(?:了)?[^，。；]{0,40}?倡议(?!书的)/,
      yields: { relation: "SPOKE_AT", officials: false },
      note: "发出倡议: an honouree addressing the meeting with a call (reading out a 倡议书 is not taken: the annotators count it one way in one article and the other in the next)",
      match: [
        `${H}${EVENT}仪式上，远江铝业压延班组班长、全国劳动模范宓晨阳向全体劳模工匠发出倡议。`,
        `${H}${EVENT}会上，全国劳模宓晨阳向全市劳动群众发出了为奋力谱写新篇章再立新功的倡议。`,
      ],
      noMatch: [
        `${H}${EVENT}市总工会主席邰国梁向全市职工发出倡议。`,
        `${H}${EVENT}会上，全国劳动模范宓晨阳宣读了劳模倡议书。`,
      ],
    },
    {
      id: "speech.jieshao-ziji",
      pattern: /介绍了?(?:自己|自身|个人|本人|各自)/,
      yields: { relation: "SPOKE_AT", officials: true },
      note: "介绍了自己的…: presenting one's own story is a talk, also for a worker without an honour",
      match: [`${H}${EVENT}青川机械厂高级技师郎春舟、远江水厂班长蔺秋禾先后介绍了自己的事迹。`],
      noMatch: [],
    },
    {
      id: "speech.jieshao",
      pattern: /介绍了/,
      yields: { relation: "SPOKE_AT", officials: false },
      note: "介绍了: an honouree presenting their work",
      match: [`${H}${EVENT}全国劳动模范钭一鸣介绍了班组的创新成果。`],
      noMatch: [],
    },
    {
      id: "speech.jianghua",
      pattern: /讲话(?!精神)|领学|(?:作|进行了?)[^，。；]{0,16}?汇报(?!演出|展)/,
      yields: { relation: "SPOKE_AT", officials: false },
      note: "讲话, 领学, 作…汇报: an honouree's only; an official 出席并讲话 is no speaker",
      match: [`${H}${EVENT}全国劳动模范宓晨阳在会上讲话。`],
      noMatch: [`${H}${EVENT}市总工会主席邰国梁出席并讲话。`],
    },
    // ── Attachment rules.
    {
      id: "speech.shared-verb",
      yields: { relation: "SPOKE_AT" },
      note: "A、B、C等N位…，讲述…: every name of a speaker list shares the one verb after it (also names without an honour)",
      match: [
        `${H}${EVENT}青川机械厂高级技师全国劳动模范郎春舟、远江医院护士长蔺秋禾、远江港务公司码头班长覃立川等3位先进人物，讲述了各自的奋斗故事。`,
      ],
      noMatch: [`${H}${EVENT}市总工会主席邰国梁出席并颁发证书，全国劳动模范郎春舟分享了经验。`],
    },
    {
      id: "speech.list-across-stops",
      yields: { relation: "SPOKE_AT" },
      note: "A。B。C等以…讲述 / A；B；C分别在会上发言: a list printed as sentences, each ending with a name, before the sentence whose subject closes the list with 等 or 分别 (then any verb)",
      match: [
        `${H}${EVENT}全国劳动模范，远江机械厂车间主任郎春舟。省劳动模范，青川水厂班长蔺秋禾等以真挚的报告，讲述了各自的人生经历。`,
        `${H}${EVENT}优秀个人代表，全国劳动模范、远江机械厂厂长郎春舟；青川水务公司总经理蔺秋禾分别在会上发言。`,
      ],
      noMatch: [],
    },
    {
      id: "speech.back-subject",
      yields: { relation: "SPOKE_AT" },
      note: "他/她/他们/N人 … 讲述: a pronoun or counted subject resolves to the person(s) named in the sentence before (他/她: the last one)",
      match: [
        `${H}${EVENT}全国劳动模范郎春舟、省劳动模范蔺秋禾应邀出席。宣讲中，他们结合亲身经历讲述了劳动故事。`,
      ],
      noMatch: [`${H}${EVENT}全国劳动模范郎春舟应邀出席。他们将在下月讲述劳动故事。`],
    },
    {
      id: "speech.counted-title",
      yields: { relation: "SPOKE_AT" },
      note: "N位<title> 讲述…: a counted subject named by a title (10位大工匠) resolves to the article's holders of that title when exactly N hold it, wherever they were listed",
      match: [
        `${MEETING}“远江大工匠”获得者分别为：远江机械厂郎春舟、青川水厂蔺秋禾。“远江工匠”获得者分别为：远江农场柏雪松、青川电厂车晓燕。\n见面会上，2位大工匠讲述了劳动故事。`,
      ],
      noMatch: [
        `${MEETING}“远江大工匠”获得者分别为：远江机械厂郎春舟、青川水厂蔺秋禾。“远江工匠”获得者分别为：远江农场柏雪松、青川电厂车晓燕。\n见面会上，3位大工匠讲述了劳动故事。`,
      ],
    },
    {
      id: "speech.zero-subject",
      yields: { relation: "SPOKE_AT" },
      note: "随后，结合…讲述…: a clause with no subject before its verb goes to the last person named in the sentence before",
      match: [`${H}${EVENT}全国劳动模范郎春舟来到会场。随后，又以亲身经历讲述了技术攻关的故事。`],
      noMatch: [],
    },
    {
      id: "speech.roster",
      yields: { relation: "SPOKE_AT" },
      note: "宣讲团成员有A、B、C … 成员们分别讲述: the roster of a touring group speaks; also 11位报告团成员讲述了… 他们中有A、B、C (a counted group, then its names)",
      match: [
        `${H}${EVENT}此次宣讲团成员有全国劳动模范郎春舟、省劳动模范蔺秋禾。宣讲团成员分别讲述了自己的奋斗历程。`,
        `${H}${EVENT}3位报告团成员讲述了奋斗追梦的故事。\n3位报告团成员均来自基层一线。\n他们中有青川车站值班员、全国劳动模范郎春舟，远江工务段队长、省劳动模范蔺秋禾。`,
        // 主讲人为A、B: the named are the speakers.
        `${H}${EVENT}主讲人为全国五一劳动奖章获得者郎春舟、蔺秋禾。`,
      ],
      noMatch: [`${H}${EVENT}下一场的主讲人将为全国五一劳动奖章获得者郎春舟。`],
    },
    {
      id: "speech.heard",
      yields: { relation: "SPOKE_AT" },
      note: "职工聆听了A、B等2名劳模的先进事迹报告: the honoured people named between the listeners' verb (聆听/听取/倾听) and 的…报告/宣讲/讲述/分享 gave the talk",
      match: [`${H}${EVENT}职工代表数百人现场聆听了郎春舟、蔺秋禾等2名劳模的先进事迹报告。`],
      noMatch: [`${H}${EVENT}郎春舟、蔺秋禾等2名劳模聆听了领导的讲话。`],
    },
    {
      id: "speech.possessed",
      yields: { relation: "SPOKE_AT" },
      note: "全国劳动模范X的报告让大家深受感动: the talk the sentence names as the honoured person's own (X的报告/宣讲/讲述/分享/讲座/发言)",
      match: [`${H}${EVENT}全国劳动模范郎春舟的报告让大家深受感动。`],
      noMatch: [
        `${H}${EVENT}职工们学习了全国劳动模范郎春舟的事迹。`,
        `${H}${EVENT}全国劳动模范郎春舟的宣讲团将于下月出发。`,
      ],
    },
    {
      id: "speech.lecturers",
      yields: { relation: "SPOKE_AT" },
      note: "以全国劳动模范A、B为“讲师”的“劳模大讲堂”走进…: the honoured people an event is built around as its lecturers (讲师, 主讲人, 宣讲人, 报告人) spoke at it",
      match: [`${H}以全国劳动模范郎春舟、蔺秋禾为“讲师”的“劳模大讲堂”今天走进远江省委党校。`],
      noMatch: [
        `${H}以全国劳动模范郎春舟为原型的电影在青川首映。`,
        `${H}下月，将以全国劳动模范郎春舟为主讲人的“劳模大讲堂”走进远江省委党校。`,
      ],
    },
    {
      id: "speech.counted-next",
      yields: { relation: "SPOKE_AT" },
      note: "三位“最美X”讲述了…, and the next paragraph names exactly that many honourees",
      match: [
        `${H}${EVENT}两位劳模讲述了坚守岗位的故事。\n全国劳动模范郎春舟来自青川机械厂。省劳动模范蔺秋禾来自远江水厂。`,
      ],
      noMatch: [],
    },
    {
      id: "speech.announced",
      yields: { relation: "SPOKE_AT" },
      note: "an announcement without names (5名劳模代表分享了…) makes the honourees of its paragraph and the next speakers (not one whose own clause tells of an award: …被授予H)",
      match: [`${H}${EVENT}5名劳模代表分享了奋斗故事。全国劳动模范郎春舟表示，要把技术传下去。`],
      noMatch: [
        `${H}${EVENT}5名劳模代表分享了奋斗故事。2012年，青松分公司胶工郎春舟被授予全国五一劳动奖章。`,
      ],
    },
    {
      id: "speech.weak-verb",
      yields: { relation: "SPOKE_AT" },
      note: "表示, 说, 谈到 … by an honouree in a paragraph where someone spoke: part of the talk",
      match: [`${H}${EVENT}全国劳动模范郎春舟讲述了创业故事；省劳动模范蔺秋禾说，要把手艺传给年轻人。`],
      noMatch: [],
    },
    {
      id: "speech.talk-event-profile",
      yields: { relation: "SPOKE_AT" },
      note: "in an article whose one event is a talk (…宣讲活动, …报告会), an honouree profiled at the start of a paragraph of their own is a speaker",
      match: [
        `${H}${EVENT}\n全国劳动模范郎春舟扎根一线三十年，带出了二十多名技师。\n省劳动模范蔺秋禾说：“岗位就是舞台。”`,
      ],
      noMatch: [
        `远江市劳模表彰大会举行\n5月8日，远江市劳模表彰大会在市工人文化宫举行。\n全国劳动模范郎春舟扎根一线三十年，带出了二十多名技师。`,
      ],
    },
    {
      id: "speech.paragraph-peers",
      yields: { relation: "SPOKE_AT" },
      note: "every honouree listed in a paragraph where others spoke (lists split by ；), unless attending or watching",
      match: [`${H}${EVENT}全国劳动模范郎春舟讲述了创业故事；省劳动模范蔺秋禾，远江水厂班长。`],
      noMatch: [],
    },
  ],
};

/** The verb rules, in order. */
export const SPEECH_VERB_RULES = SPEECH_RULES.rules.filter((r) => r.pattern !== undefined);
