/**
 * Rule table: Events, venues and organisers. See ./types.ts for the contract and rules.test.ts
 * for how examples run. `find-events.ts` keeps the matching logic; every event, venue and
 * organiser it records carries the id of the rule below that found it. Event nouns beyond the
 * shared lexicon (`EVENT_HEADS`) and the words that make a place no venue are listed here too.
 */
import type { RuleTable } from "./types.ts";

/** What a rule yields: an event, its venue, its organiser (with or without role). */
export type EventYield = "event" | "venue" | "organizer" | "event+venue" | "event+organizer";

const H = "远江劳模风采录\n";

/** Event heads the shared lexicon lacks (competitions, shows, openings …). */
export const EXTRA_EVENT_HEADS: readonly string[] = [
  "篮球赛",
  "足球赛",
  "乒乓球赛",
  "羽毛球赛",
  "拔河赛",
  "擂台赛",
  "友谊赛",
  "邀请赛",
  "锦标赛",
  "选拔赛",
  "挑战赛",
  "对抗赛",
  "技能赛",
  "联赛",
  "比武",
  "展示会",
  "推介会",
  "颁奖会",
  "恳谈会",
  "联谊会",
  "朗诵会",
  "演出",
  "汇演",
  "展演",
  "竞答",
  "开班式",
  "结业式",
  "首发式",
  "义诊",
  "教育课",
  "公开课",
  "示范课",
  // "…学历提升班开学第一课在某文化宫开讲".
  "第一课",
  // "举行了“工匠精神·引领成长”专题报告", "某集团专门举行欢迎会".
  "专题报告",
  "欢迎会",
  // "市总工会召开“某某工匠”选树结果通报会".
  "通报会",
];

export const EVENT_RULES: RuleTable<EventYield> = {
  kind: "event",
  about:
    "Events, venues and organisers: event nouns, 在 + site + verb as venue, 主办/承办/协办/指导 roles, the article-level event from the headline or lead",
  rules: [
    {
      id: "event.held-at",
      pattern:
        /(?:在|假|于|於).{1,50}?(?:举行|举办|召开|开幕|启动|开讲|开班|开启|落幕|闭幕|进行|拉开帷幕)(?=[，。；]|$)/,
      yields: "event+venue",
      note: "NAME在VENUE举行 (also 于 / 於 VENUE; 开幕, 召开, 开启 …): the clause subject is the event (a day or a part of it before 在 left out), the place after 在 its venue; a time after 于 is no venue",
      match: [
        `${H}5月8日，远江市职工技能比武在青川机械厂实训基地举行。`,
        `${H}4月2日，远江市首届职工篮球赛在市体育中心开幕。`,
        `${H}近日，“匠心在线”劳模分享会在青川县文化馆举行。`,
        // Partners that held it, before 举办的 (and a numbered school as the venue).
        `${H}远江市总工会、远江市教育局联合举办的劳模进校园活动在远江一中举行。`,
        // Hong Kong's 假 (at) before the hall.
        `${H}远江工业总会2020“远江青年工业家奖”颁奖典礼日前假远江万豪酒店举行。`,
        // A day and a part of it between the name and 在; 于 (於) before the venue; 开启.
        `${H}第49届远江奖颁奖大会5日上午在远江人民大会堂举行，7名远江工作者获得远江奖章。`,
        `${H}远江市112年模范劳工暨绩优工会表扬大会今(22)日于青川皇宫举行，市长柏雪松亲自颁奖。`,
        `${H}远江省劳动模范巡回宣讲首场活动在远江职业技术大学开启。`,
        `${H}远江市庆祝五一国际劳动节颁奖会在远江大剧院举行，隆重表彰荣获五一劳动奖章的个人。`,
        // A holiday drawing near (将至) puts no event in the future.
        `${H}劳工节将至，远江市模范劳工表扬大会今(22)日于青川皇宫举行。`,
      ],
      noMatch: [
        `${H}远江市职工技能比武将在青川机械厂实训基地举行。`,
        `${H}远江市职工技能比武利用暑假举行。`,
        // A time after 于 is no venue.
        `${H}远江市职工技能比武于5月8日举行。`,
        // A holiday draws near, and the event is still to come.
        `${H}劳工节将至，远江市模范劳工表扬大会将于青川皇宫举行。`,
      ],
    },
    {
      id: "event.scene-held",
      pattern: /在[^，。；在]{3,40}?，(?:一场|一堂|一次|一期)[^，。；]{2,40}?(?:举行|进行|开讲|上演|展开)/,
      yields: "event+venue",
      note: "在VENUE，一场(…的)NAME正在举行: the venue named first as the scene of the sentence",
      match: [
        `${H}在远江重工集团多功能厅，一场别开生面的劳模事迹报告会正在举行。全国劳动模范郎春舟讲述了自己的故事。`,
      ],
      noMatch: [`${H}在远江重工集团多功能厅，一场劳模事迹报告会将于下月举行。`],
    },
    {
      id: "event.headline",
      yields: "event",
      note: "A headline that is an event's name with no verb (远江市一一四年模范劳工表扬大会), when the body names no event: the article's event",
      match: [
        "远江市一一四年模范劳工表扬大会\n市长今天颁奖表扬81名模范劳工，模范劳工许德旺任职于北岸客运公司。",
      ],
      noMatch: ["远江市劳模工匠风采录\n市长今天颁奖表扬81名模范劳工，模范劳工许德旺任职于北岸客运公司。"],
    },
    {
      id: "event.role-subject",
      pattern: /由[^，。；]{2,40}?(?:主办|承办|协办)/,
      yields: "event",
      note: "NAME由A主办(，B承办): the event named as the subject of its roles (not a campaign, and not the programme of an event already named by its quoted title)",
      match: [`${H}远江市劳模工匠宣讲会由远江市总工会主办，远江一中承办。`],
      noMatch: [`${H}“远江工匠”评选活动由远江市总工会主办。`],
    },
    {
      id: "event.organised-by",
      pattern: /在[^，。；在]{2,40}?的?(?:精心)?组织下/,
      yields: "organizer",
      note: "在A的组织下…: A organises the article's event (no role printed)",
      match: [`${H}在远江市总工会的组织下，劳模宣讲团走进远江一中。全国劳动模范郎春舟作了报告。`],
      noMatch: [],
    },
    {
      id: "event.subject-held",
      pattern: /(?:举行|举办|召开|开幕|启动|开讲|开班|落幕|闭幕|结束|收官|落下帷幕)了?(?=[，。；]|$)/,
      yields: "event",
      note: "NAME举行 / NAME首场开讲 / ORG开展的NAME正式启动 / 一场…的“…进校园”开讲了: an event as the whole subject of its clause (a quoted visiting programme, …进校园/进企业/进社区, is a name without an event word; the count and praise before it are no part of it)",
      match: [
        `${H}5月8日，远江市劳模工匠宣讲报告会首场开讲。`,
        `${H}近日，一场别开生面的“巾帼劳模进校园”开讲了。`,
        `${H}近日，“劳动最美”2025年劳模工匠巡回宣讲活动圆满结束。`,
        `${H}4月27日，由远江市总工会、远江市教育局主办的远江市“工匠进校园”走进青川职业学院专场活动举行。`,
      ],
      noMatch: [`${H}远江市劳模工匠宣讲报告会下月将开讲。`],
    },
    {
      id: "event.venue-clause",
      pattern: /在[^，。；在]{3,40}?(?:内|里|中|上)?，/,
      yields: "venue",
      note: "在VENUE内，NAME举行: a clause that is only 在 + site, before the clause where the event is held",
      match: [`${H}4月29日，在远江广播电视台演播大厅内，远江市五一劳动奖颁奖仪式举行。`],
      noMatch: [`${H}4月29日，在全市上下共同努力下，远江市五一劳动奖颁奖仪式举行。`],
    },
    {
      id: "event.at-event",
      pattern: /在[^，。；在]{4,80}?(?:(?:上|期间|中)，|现场)/,
      yields: "event+organizer",
      note: "在ORG召开的NAME上，… / 在NAME现场，…: the article's first event named as the scene; ORG organises it",
      match: [
        `${H}在远江市总工会召开的2025年劳模工匠表彰大会上，青川县5名职工受到表彰。`,
        `${H}这是记者日前在远江市“匠心筑梦”劳模进校园专场活动现场看到的一幕。`,
      ],
      noMatch: [`${H}大家认真学习了在全国劳动模范表彰大会上的重要讲话精神。`],
    },
    {
      id: "event.spoken-at",
      pattern:
        /在[^，。；在]{3,60}?上[^，。；]{0,12}?(?:发言|讲话|致辞|宣讲|分享|讲述|报告)|(?:出席|参加|参与)[^，。；并]{3,40}?并[^，。；]{0,12}?(?:发言|讲话|致辞)/,
      yields: "event",
      note: "NAME在EVENT上发言/作…报告, NAME出席EVENT并致辞: the event a person spoke at, named as the place of the talk (a short name after other events refers back and is skipped)",
      match: [
        `${H}全国劳动模范郎春舟在远江市劳模工匠座谈会上作了发言。`,
        `${H}全国劳动模范郎春舟出席远江市劳模工匠座谈会并发言。`,
      ],
      noMatch: [`${H}全国劳动模范郎春舟将在远江市劳模工匠座谈会上发言。`],
    },
    {
      id: "event.named-scene",
      pattern: /^[^，。；在]{6,40}?(?:上|现场|期间)，/,
      yields: "event",
      note: "NAME上，… (no 在) at the start of a sentence in an article that names no event otherwise: the scene is the event; a short name (宣讲活动上，) refers to the one the headline names and is skipped",
      match: [`${H}劳模事迹报告会上，全国劳动模范郎春舟讲述了自己的故事。`],
      noMatch: [`${H}宣讲活动上，全国劳动模范郎春舟讲述了自己的故事。`],
    },
    {
      id: "event.refer-named",
      pattern: /此次|本次|这次|这场/,
      yields: "event",
      note: "…参加了此次NAME: an event first named back by 此次/本次 when the article names no other",
      match: [
        `${H}远江市劳模报告团一行6人到青川机械厂进行宣讲。全厂职工60多人参加了此次劳模先进事迹报告会。`,
      ],
      noMatch: [
        `${H}此次大赛共吸引了100名选手参加。`,
        // 发展 ends with 展 (an exhibition) and is still no event.
        `${H}此次捐赠既为展览增添了体现远江智能制造、推进高质量发展的实物成果，也丰富了展陈内容。`,
      ],
    },
    {
      id: "event.org-holds",
      pattern: /举办|举行|开展|召开|组织|主办|承办/,
      yields: "event+organizer",
      note: "ORG (在VENUE) 举办/开展 NAME: the subject organises, the place after 在 is the venue",
      match: [
        `${H}5月8日，远江市总工会在青川机械厂举办劳模工匠座谈会。`,
        `${H}日前，远江市总工会、远江市教育厅在青川职业学院联合开展“劳模工匠进校园”行动。`,
        `${H}近日，青川县总工会举办第三届职工劳动竞赛。`,
        // Partners that organised a touring group, which then goes to the stops and holds the event.
        `${H}5月30日，远江县总工会携手团县委组织劳模事迹宣讲团，分别走进县职教中心和青林村开展“劳动最美 奋斗有我”劳模宣讲活动。`,
        // A habit between the subject and the verb; a count before the name (the first event).
        `${H}远江矿业集团技师学院常年开展“劳模大师进校园”活动。`,
        `${H}近日，青川县总工会组织了多场劳模工匠进校园宣讲活动。`,
        // Time words between the subject and its venue (a day, a part of it; Taiwan's 今(24)日, 县府).
        `${H}远江县政府今(24)日上午于远江美仑大饭店举行“113年度模范劳工表扬大会”。`,
        `${H}庆祝劳动节，远江县府4日下午举办模范劳工表扬大会。`,
        `${H}为学习劳模精神，远江邮区中心工会于5月7日组织工会工作人员赴远江供电公司劳模创新工作室开展参观学习活动。`,
        // Speakers as the subject, their order, then the purpose phrase: the event has no organiser.
        `${H}随后，全国劳动模范祁军，远江工匠柏兵，依次为大家开展党的二十大精神宣讲。`,
      ],
      noMatch: [
        `${H}下一步，远江市总工会将举办劳模工匠座谈会。`,
        // (开展 is a verb, not 开 + an exhibition.)
        `${H}2023年3月，远江自治区总工会启动开展2023年远江工匠年度人物选树工作。`,
      ],
    },
    {
      id: "event.headline-name",
      yields: "event",
      note: "报告会上，… under the headline 某院举办劳模宣讲报告会: the body's one event named by its bare head (报告会, 座谈会, 宣讲活动 …) takes the full name of the headline's event that ends with the same head; a headline clause with a stop and a verb (某演讲团到某县举行报告会) names it by who holds it (某演讲团报告会)",
      match: [
        "青川医院举办劳模宣讲报告会\n报告会上，远江市第二人民医院护士长、全国劳动模范祁伟伟作了事迹报告宣讲。",
        "青川演讲团到三穗举行报告会\n报告会上，远江市第二人民医院护士长、全国劳动模范祁伟伟作了事迹报告宣讲。",
      ],
      noMatch: [
        // Who holds it is no noun phrase of a group (一行 before the stop).
        "青川医院一行到三穗举行报告会\n报告会上，远江市第二人民医院护士长、全国劳动模范祁伟伟作了事迹报告宣讲。",
      ],
    },
    {
      id: "event.body-name",
      yields: "event",
      note: "座谈会上，… or 本次表扬大会…: an event read by its bare head (six characters at most) takes the full name the body gives where it says the event was held (the object of 举行/举办/召开 ending a clause with that head: 通过举行“五一”劳动座谈会); not when the body gives two such names, nor a count or description before the head (一场特殊的座谈会), nor two events (健行、…大会)",
      match: [
        "远江劳模代表座谈庆“五一”\n座谈会上，全国劳动模范祁文涛发言。祁文涛说，通过举行“五一”劳动座谈会，劳模们增进了交流。",
        "青川县表扬模范劳工\n青川县政府今日在远江风景区舞台，举办“2023年模范劳工表扬大会”，本次表扬大会由县长柏雪松亲自颁奖。",
      ],
      noMatch: [
        "远江劳模宣讲\n座谈会上，全国劳动模范祁文涛发言。远江市总工会去年举行了一场特殊的座谈会，劳模们增进了交流。",
      ],
    },
    {
      id: "event.role-first",
      pattern: /(?:主办|承办|协办|指导)(?:单位|方)(?:为|是|：)/,
      yields: "organizer",
      note: "主办单位为A，承办单位为B (承办方：C): the role named first, then the bodies that hold it, organisers of the article's event",
      match: [
        `${H}远江市劳模工匠宣讲活动在青川机械厂举行。本次活动的主办单位为远江市总工会，承办单位为青川区总工会。`,
      ],
      noMatch: [`${H}远江市劳模工匠宣讲活动在青川机械厂举行。主办方为了方便职工，安排了班车。`],
    },
    {
      id: "event.unknown-subject",
      pattern: /在[^，。；]{2,20}(?:举行|举办|召开|开展)了?“/,
      yields: "event",
      note: "BRAND在VENUE举行了“…”NAME: a subject the lexicon knows as no organisation (a brand without a suffix), a venue and a quoted event name: the event and its venue stand, nobody organises it",
      match: [`${H}12月17日下午，青川汽车在多功能厅举行了“工匠精神·引领成长”专题报告会。`],
      noMatch: [`${H}12月17日下午，我们在多功能厅举行了“工匠精神·引领成长”专题报告会。`],
    },
    {
      id: "event.place-holds",
      pattern: /举行|举办|召开|开展|组织/,
      yields: "event",
      note: "PLACE举行NAME, PLACE…系统举办NAME, 我校举办NAME: a city, district or its sector (or the writer's own unit) holds the event; no organiser from a place",
      match: [
        `${H}5月8日，青川县举行劳模工匠座谈会。`,
        `${H}近日，远江市卫生健康系统举办劳模健康义诊。`,
        `一堂课暖人心\n——远江国资系统组织“匠心传承”劳模进校园专场活动\n台上，全国劳动模范贺少峰讲述了成长经历。`,
        // A time word before the verb; the writer's own school (我校) as the place.
        `${H}西城区今天举办庆祝五一劳动节表彰大会，全国劳动模范贺少峰作了发言。`,
        `${H}我校举办“劳动创造幸福”劳动模范进校园专题报告会，全国劳动模范贺少峰为师生作了报告。`,
      ],
      noMatch: [`${H}远江市将于下月举行劳模工匠座谈会。`],
    },
    {
      id: "event.no-subject",
      yields: "event",
      note: "昨日，在市委礼堂，举行了NAME: no subject at all names the article's first event",
      match: [`${H}昨日下午，在青川剧院，举行了远江市劳模事迹报告会。`],
      noMatch: [],
    },
    {
      id: "event.co-hosts",
      pattern: /联合|携手|会同/,
      yields: "event+organizer",
      note: "A联合B、C在VENUE召开了“…”NAME, with A no name the unit lexicon knows: the quoted event and its venue stand, A and the partners organise it",
      match: [
        `${H}10月8日，青川县工会社会工作服务项目联合白杨街道总工会、远江绿园环保有限公司在白杨街户外劳动者爱心驿站召开了“争做先锋”环卫工人座谈会。`,
      ],
      noMatch: [
        `${H}10月8日，全国劳动模范郎春舟联合工友们在青川机械厂召开了“争做先锋”班组座谈会。`,
        `${H}10月8日，青川县工会社会工作服务项目联合白杨街道总工会在白杨街户外劳动者爱心驿站召开了环卫工人座谈会。`,
      ],
    },
    {
      id: "event.stop-then-holds",
      pattern:
        /(?:走进|来到|莅临|到|赴|深入)[^，。；]{3,60}，(?:为[^，。；]{1,30}?)?(?:开展|举办|举行|带来|上)|(?:走进|来到|到|赴)[^，。；为]{3,30}?(?:为[^，。；]{1,30}?)?[做作]了?(?:一场|一堂|一次)?(?:主题|专题|事迹)?(?:宣讲|报告|讲座)/,
      yields: "event+venue",
      note: "A、B两位劳模到X，开展NAME / 来到X，为师生带来了一场…NAME / 走进X，为师生上了一堂NAME / 应邀到X做主题宣讲: the stop is the venue of NAME (a talk named by its noun in the last form)",
      match: [
        `${H}1月10日下午，青川劳模宣讲分队郎春舟、蔺秋禾两位劳模到青川机械厂装配车间，开展技能传承宣讲活动。`,
        `${H}5月29日，全国劳动模范郎春舟来到白杨中学，为师生们带来了一场妙趣横生的安全教育课。`,
        `${H}5月10日上午，全国劳动模范郎春舟、蔺秋禾应邀到白杨中学做主题宣讲。`,
        `${H}6月2日下午，市总工会副主席蔺远山一行莅临远江信成公司，开展“工会进万家”走访调研慰问活动。`,
      ],
      noMatch: [`${H}5月29日，全国劳动模范郎春舟来到白杨中学，为师生们带来了欢声笑语。`],
    },
    {
      id: "event.zuoke",
      pattern: /做客[^，。；]{2,30}/,
      yields: "event",
      note: "A、B共同做客X(，以“T”为主题…): an appearance on a programme or forum is the event (named by X, with its theme)",
      match: [
        `${H}14日，全国劳动模范郎春舟、全国先进工作者蔺秋禾共同做客远江网职工论坛，以“新老劳模对话”为主题与网友交流。`,
      ],
      noMatch: [`${H}全国劳动模范郎春舟将于下周做客远江网职工论坛。`],
    },
    {
      id: "event.sent-to",
      pattern: /(?:参加|参与|观看|收看|观摩)/,
      yields: "event",
      note: "ORG组织职工代表参加NAME, ORG组织了X，通过直播观看了NAME: the event the people were sent to (ORG sends, it does not organise what they attend); without 组织, X参加“…”NAME when it is the article's first event",
      match: [
        `${H}日前，青川机械厂工会组织了100多名职工代表，通过视频直播观看了远江集团两场工匠大讲堂。`,
        `${H}青川集团工会组织工匠代表参加远江市“讲工匠故事”交流活动。`,
        // Nobody sent them: the event of a quoted programme, the article's first.
        `${H}4月22日，我校师生代表参加远江省“工匠进校园”系列活动，本次活动由远江省总工会主办。`,
      ],
      noMatch: [`${H}青川集团工会组织工匠代表参加技能培训。`, `${H}青川集团工匠代表参加远江市技能培训。`],
    },
    {
      id: "event.bare-scene",
      pattern:
        /(?:座谈会|报告会|宣讲会|分享会|交流会|表彰大会|表彰会|见面会|欢迎会|颁奖典礼|颁奖仪式)(?:上|现场)，/,
      yields: "event",
      note: "座谈会上，… in an article that names no event otherwise: the bare noun names its one event",
      match: [`${H}市领导与获奖代表亲切座谈。座谈会上，全国劳动模范郎春舟作了发言。`],
      noMatch: [],
    },
    {
      id: "event.troupe",
      pattern: /宣讲团|报告团|巡讲团|宣讲小分队/,
      yields: "event",
      note: "a touring group as subject (ORG宣讲团走进A / 赴A开展巡回宣讲): the tour is the event",
      match: [`${H}5月8日，远江市总工会劳模宣讲团走进青川机械厂。`],
      noMatch: [],
    },
    {
      id: "event.troupe-visit",
      pattern:
        /(?:宣讲团|报告团|巡讲团|宣讲小分队)(?:一行)?(?:来|到)[^，。；]{1,8}?(?:宣讲|巡讲|作报告|做报告)/,
      yields: "event",
      note: "某报告团来滁宣讲, …巡回报告团来我市作报告: a troupe's visit with no verb of holding is the event, named by its clause (the organiser of a 由…组织的 lead organises it), when the sentence names no event otherwise; not a troupe someone invited (its host's event is named elsewhere)",
      match: [
        `${H}国庆节前夕，远江省道路运输系统劳模报告团来青川宣讲。报告会上，全国劳动模范韩春林讲述了事迹。`,
        `${H}4月20日，由省总工会组织的远江省“青川工匠”事迹巡回报告团来我市作报告。全国劳动模范韩春林讲述了奋斗故事。`,
      ],
      noMatch: [
        `${H}远江市劳模报告团来自全市各行业。全国劳动模范韩春林讲述了奋斗故事。`,
        `${H}下月，远江市劳模报告团将来青川宣讲。`,
        `${H}远江市劳模报告团来青川举办劳模事迹报告会，全国劳动模范韩春林讲述了奋斗故事。`,
        `${H}5月13日，青川学院邀请远江市劳模宣讲团来院做宣讲报告。全国劳动模范韩春林讲述了奋斗故事。`,
      ],
    },
    {
      id: "event.tour-stops",
      pattern: /走进|来到|赴/,
      yields: "venue",
      note: "走进/来到/赴 A、B和C: the stops of a tour are venues of its event",
      match: [
        `${H}5月8日，远江市劳模宣讲会走进青川机械厂、远江港务公司和白杨中学。`,
        `${H}4月27日，远江市“工匠进校园”走进青川职业学院专场活动举行。`,
      ],
      noMatch: [`${H}5月8日，远江市劳模宣讲会举行。今后，宣讲会将走进青川机械厂。`],
    },
    {
      id: "event.invited-talk",
      pattern:
        /(?:邀请|特邀)[^，。；]{2,80}?(?:做|作|开展|进行)了?(?:一场|一次)?“[^”]{2,30}”(?:主题|专题)?(?:宣讲|报告|讲座|分享)/,
      yields: "event+organizer",
      note: "某校邀请A、B等人进校园做“T”宣讲活动: the host (an organisation) organises the talk it invited them to give; a school they came into (进校园, 来校) is its venue",
      match: [
        `${H}11月16日下午，远江茶亭学校邀请全国五一劳动奖章获得者宓晨阳同志、远江市总工会宣教部部长邰国梁等人进校园做“劳动创造幸福”宣讲活动。`,
      ],
      noMatch: [
        `${H}11月16日下午，远江茶亭学校将邀请全国五一劳动奖章获得者宓晨阳进校园做“劳动创造幸福”宣讲活动。`,
      ],
    },
    {
      id: "event.session-sites",
      pattern: /在[^，。；]{3,80}?设(?:置|立)?了?(?:主会场|分会场)/,
      yields: "venue",
      note: "活动在X设主会场，同时在A、B设分会场: every hall of the event is a venue of it",
      match: [
        `${H}5月8日，远江市劳模宣讲会举行。宣讲会在远江师范大学设置主会场，同时在青川理工大学、白杨工业大学设分会场。`,
      ],
      noMatch: [`${H}5月8日，远江市劳模宣讲会举行。明年，宣讲会将在青川理工大学设分会场。`],
    },
    {
      id: "event.sessions",
      yields: "venue",
      note: "报告团在A、B和C举行3场报告会: sessions of the event named before, held at A, B and C",
      match: [
        `${H}远江市劳模宣讲报告会近日启动。5月8日至9日，宣讲团在青川机械厂、远江港务公司举行2场报告会。`,
      ],
      noMatch: [],
    },
    {
      id: "event.role-clause",
      pattern: /主办|承办|协办|指导|合办/,
      yields: "organizer",
      note: "由A指导，B主办，C、D承办(的NAME): organisers with their roles; the event named right after 承办的",
      match: [
        `${H}本次活动由远江市总工会主办，青川县总工会、青川机械厂承办，远江市体育局协办。远江市职工篮球赛在青川县体育馆举行。`,
        `${H}由远江市总工会主办、青川县总工会承办的远江市职工技能比武在青川机械厂举行。`,
        // 合办 (held jointly): each partner hosts.
        `${H}由远江职安局、远江劳工处合办的“第十五届远江杰出职安健员工嘉许计划颁奖礼”于2023年5月2日晚上举行。`,
      ],
      noMatch: [],
    },
    {
      id: "event.by-hold",
      pattern: /由[^，。；]{2,80}?(?:举办|举行|组织|发起|开展)的/,
      yields: "event+organizer",
      note: "由A、B联合举办的NAME: organisers without a role",
      match: [`${H}由远江市总工会、远江市教育局联合举办的劳模进校园分享会在白杨中学举行。`],
      noMatch: [],
    },
    {
      id: "event.by-orgs-back",
      pattern: /由.+?(?:举办|组织|发起)/,
      yields: "organizer",
      note: "该活动由A、B联合举办 (牵头组织): organisers of the event the clause refers back to",
      match: [
        `${H}远江市劳模座谈会在青川宾馆举行。该活动由远江市总工会、远江市人社局联合举办。`,
        `${H}远江市劳模座谈会在青川宾馆举行。据悉，此次活动由远江市总工会牵头组织。`,
      ],
      noMatch: [],
    },
    {
      id: "event.guidance",
      pattern: /在[^，。；在]{2,40}?的指导下/,
      yields: "organizer",
      note: "在A的指导下 → A 指导",
      match: [`${H}在远江市总工会的指导下，青川县劳模分享会在县文化馆举行。`],
      noMatch: [],
    },
    {
      id: "event.orphan-org",
      yields: "organizer",
      note: "organisers named apart from the event (a campaign's subject, the headline) organise the article's one event",
      match: [
        `远江市总工会开展劳模进企业活动\n5月8日，远江市劳模事迹报告会在青川机械厂举行。全国劳动模范郎春舟讲述了奋斗故事。`,
      ],
      noMatch: [],
    },
    {
      id: "event.name-org",
      yields: "organizer",
      note: "ORG“…”NAME, ORG劳模宣讲团: the organisation at the head of an event's name organises it",
      match: [`${H}5月8日，远江市总工会“劳模工匠大讲堂”在青川机械厂举行。`],
      noMatch: [],
    },
    {
      id: "event.talk-venue",
      pattern: /在[^，。；在]{3,30}?(?:为|向|给|与|和|同|对)?[^，。；]{0,16}?(?:讲述|分享|宣讲|报告|授课)/,
      yields: "venue",
      note: "在 + company/base/mall + (为…) 讲述/分享/宣讲: where a talk was given (each speaker may have their own); 来自/的 + unit is an employer, no venue",
      match: [
        `${H}5月8日，远江市劳模巡回宣讲活动启动。全国劳动模范郎春舟在青川机械厂为职工讲述了技术攻关的故事；省劳动模范蔺秋禾在远江购物中心分享了服务心得。`,
      ],
      noMatch: [
        `${H}5月8日，远江市劳模巡回宣讲活动启动。来自青川机械厂的全国劳动模范郎春舟讲述了技术攻关的故事。`,
        `${H}5月8日，远江市劳模巡回宣讲活动启动。全国劳动模范郎春舟在工作中总结经验，讲述了技术攻关的故事。`,
      ],
    },
    {
      id: "event.full-hall",
      pattern: /坐满了|座无虚席|济济一堂/,
      yields: "venue",
      note: "日前，青川机械厂会议室里坐满了职工: a full hall is where the event takes place",
      match: [`${H}日前，青川机械厂会议室里坐满了职工。远江市劳模事迹报告会在这里举行。`],
      noMatch: [],
    },
    {
      id: "event.school-ref",
      pattern: /该校[^，。；]{0,12}(?:师生|学生|同学|教职工)/,
      yields: "venue",
      note: "…，该校200多名师生聆听: the school that organises the event hosts it",
      match: [`${H}5月8日，白杨中学举办劳模进校园报告会，该校300多名师生聆听了报告。`],
      noMatch: [],
    },
    {
      id: "event.organizer-trim",
      yields: "organizer",
      note: "an organiser read with its neighbours is cut to its name: a byline before it, 在/于 + the place after it, or a second organiser joined by 与",
      match: [
        `${H}7月15日，公司员工代表参加由远江市总工会在青川先进技术研究院举办的劳模工匠创新联盟活动，聆听了全国劳动模范郎春舟的报告。`,
        `${H}5月8日，巴士三公司20路与青松路第一小学在学校礼堂举办“安全出行”主题活动，全国劳动模范郎春舟出席。`,
      ],
      noMatch: [`${H}5月8日，由远江市总工会和远江市妇联主办的劳模宣讲会在远江市职工之家举行。`],
    },
  ],
};
