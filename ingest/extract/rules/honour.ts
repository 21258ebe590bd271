/** Rule table: Honour mentions. See ./types.ts for the contract and rules.test.ts for how examples run. */
import type { RuleTable } from "./types.ts";

/** The honour heads and shapes themselves live in ../../lexicon/honours.ts and ../parse-honour.ts. */
export const HONOUR_RULES: RuleTable<string> = {
  kind: "honour",
  about:
    "Honour mentions: lexicon titles (the honour systems' own: state medals and 人民… titles, provincial 工匠 brands, Hong Kong, Macau and Taiwan awards, industry medals), generic genre shapes (place + 劳动模范/五一劳动奖章/工匠/最美X/先进X/标兵/能手 …), quoted title runs, honours stated later about a named person",
  rules: [
    {
      id: "honour.appositive",
      yields: "HAS_HONOUR",
      note: "Honours printed before the name, alone or in a 、-run with unit and job (全国劳动模范、某厂技师X); the run distributes over its name",
      match: [
        // After a union's 组织 (the verb is no part of the first item).
        "测试标题\n县总工会日前组织全国劳模祁文涛、全国五一劳动奖章柏雪梅等9名医务人员开展义诊活动。",
        // A roster's dash; each "有" of a list of quoted titles that run straight into unit and job.
        "测试标题\n本报讯 宣讲团成员——大国工匠祁文涛讲述了自身成长的历程。",
        "测试标题\n他们当中，有“全国优秀共产党员”青川市岩博村党委书记祁文涛；有“中华技能大奖”远江钢绳集团公司技术工人柏雪松。",
        "测试标题\n远江能源劳动模范祁文涛、“感动远江”人物柏雪松分享了自己的奋斗故事。",
        "测试标题\n报告会上，全国劳动模范、远江机械厂技师祁文涛讲述了自己的故事。",
        "测试标题\n“青川工匠”“远江市技术能手”、青松化工有限公司高级技师柏雪松；省五一劳动奖章获得者车晓燕。",
        // Special-class model (特模), a pinyin-glossed title, a 十大人物 title.
        "测试标题\n远江港煤码头操作一队队长、远江市特模祁文涛讲述了自己的故事。",
        "测试标题\n报告会上，远江省劳动(dòng)模范、远江机械厂技师祁文涛讲述了自己的故事。",
        "测试标题\n报告会上，远江机械厂技师、感动中国十大人物祁文涛讲述了自己的故事。",
        // After a union's invitation or an official's visit (to a place first).
        "测试标题\n远江市皇姑区总工会邀请全国劳动模范祁文涛，来到远江新能科技有限公司为职工做了一场宣讲。",
        "测试标题\n县总工会党组书记赵锐到东留村看望慰问全国劳动模范祁文涛，赵锐与他进行了亲切交谈。",
        // Taiwan's model migrant worker (模范移工), after a nationality.
        "测试标题\n越南籍模范移工车文玲在家中排行老么，20岁那年来到远江工作。",
        // A count before the title; a title glued to a unit and post at an item's start.
        "测试标题\n活动中，两位大国工匠祁文涛、柏雪松走进远江职业技术学院。",
        "测试标题\n活动中，全国劳动模范远江机械厂高级技师祁文涛走进远江职业技术学院。",
        // A counted group named in quotes before a dash: the titles after the dash are each name's.
        "测试标题\n宣讲现场，2名远江市“劳模工匠宣讲团”成员——“全国劳动模范”祁文涛、“全国五一劳动奖章”获得者柏雪松讲述了奋斗故事。",
      ],
      noMatch: [
        "测试标题\n有“焊神”之称的祁文涛分享了经验。",
        "测试标题\n报告会上，远江机械厂技师祁文涛讲述了自己的故事。",
        // 好人 inside a word, a goal after 培育: no title.
        "测试标题\n为营造良好人文环境，祁文涛讲述了自己的故事。",
        "测试标题\n产教融合培育新时代大国工匠，祁文涛讲述了自己的故事。",
        // A quoted title before a phrase that is no unit (a touring group, then 在 a place).
        "测试标题\n第七届“最美铁路人”先进事迹报告团成员在远江局集团公司机关楼报告厅作报告。",
      ],
    },
    {
      id: "honour.verb",
      pattern:
        /荣获|喜获|斩获|摘得|捧得|荣登|获得|获评|获选|获颁|被[^，。；]{0,16}?(?:授予|追授|评为|命名为|认定为|表彰为|选树为)|当选|入选|推选为|荣膺/,
      yields: "HAS_HONOUR",
      note: "NAME + award verb + honours (荣获/被授予/被评为/当选 …), the list cut at 等 or 的; a name list with 等N人 shares it",
      match: [
        "测试标题\n远江钢铁公司技师祁文涛荣获全国五一劳动奖章。",
        // A session's place between the name and its verb.
        "测试标题\n青川集团路桥分公司经理祁文涛在会上被授予“远江省劳动模范”荣誉称号。",
        "测试标题\n其中，蒙青、布赫巴雅尔、白金、付青迪等23名职工荣获全国五一劳动奖章。",
        // Whole titles of the honour systems: a state medal, a Hong Kong commendation.
        "测试标题\n远江机械厂技师祁文涛荣获“七一勋章”。",
        "测试标题\n青川社区服务中心义工祁文涛荣获行政长官社区服务奖状。",
        // Other award verbs papers print: 被…认定为, 荣登 (a roll's name is its title), 获颁.
        "测试标题\n远江机械厂技师祁文涛被认定为青川工匠。",
        "测试标题\n远江公交公司驾驶员祁文涛荣登中国好人榜。",
        "测试标题\n远江机械厂技师祁文涛获颁铜紫荆星章。",
        // 入选 a title (not a list of candidates); a list of bare names before 成功推选为.
        "测试标题\n远江重工集团焊工祁文涛入选2023年“大国工匠年度人物”。",
        "测试标题\n经推荐评选，祁文涛、柏雪松、车晓燕成功推选为第三届远江省“最美劳动者”。",
        "测试标题\n经过专家评审，最终我市祁文涛、柏雪松入选了我区首批“远江工匠”。",
        // Taiwan's 获选(为): chosen as the city's model worker.
        "测试标题\n市长为81名模范劳工颁奖。任职于北岸客运公司的许德旺获选为模范劳工。",
        // After 继 (the award a later one follows), the list ends at 后.
        "测试标题\n这是继祁文涛入选2023年“大国工匠年度人物”后，我省新增的又一批工匠人才。",
        // 等职工 before the verb; 十大 before the quoted title.
        "测试标题\n来自园区一线的祁文俊、柏玉华、车新宇等职工获得十大“园区工匠”称号。",
      ],
      noMatch: [
        "测试标题\n祁文涛所在的车间荣获全国工人先锋号。",
        "测试标题\n远江重工集团焊工祁文涛入选2023年全国劳动模范候选人名单。",
        // A whole title takes no words of its own before it.
        "测试标题\n远江机械厂技师柏雪松荣获一枚荣誉勋章。",
      ],
    },
    {
      id: "honour.carried-clause",
      yields: "HAS_HONOUR",
      note: "HONOURS，UNIT JOB NAME: a clause of scoped honours alone (maybe after 向/为/给) before a clause that introduces a name by unit and job is that name's, not the subject's",
      match: [
        "测试标题\n远江市总工会副主席杨青武为展品揭幕，并向全国劳动模范、时代楷模，远江供电分公司配电抢修一班班长张青明颁发证书。",
      ],
      noMatch: ["测试标题\n远江机械厂技师祁文涛是全国劳动模范，他讲述了故事。"],
    },
    {
      id: "honour.copula",
      pattern: /是|系/,
      yields: "HAS_HONOUR",
      note: "NAME是HONOUR[、HONOUR]: scoped honours after the copula (also after 是今年新评选出的/新当选的; after a first item of unit and post: NAME是UNIT JOB、HONOUR); the honour never starts with 是",
      match: [
        "测试标题\n远江纺织厂挡车工车晓燕是全国三八红旗手。",
        "测试标题\n远江纺织厂挡车工车晓燕是新当选的全国劳动模范。",
        // The run opens with the unit and post; the scoped titles after it are the person's.
        "测试标题\n车晓燕是远江重型机械有限公司首席技师、全国技术能手，她讲了自己的学徒岁月。",
      ],
      noMatch: ["测试标题\n远江纺织厂挡车工车晓燕是一名技术能手。"],
    },
    {
      id: "honour.later-sentence",
      pattern: /(?:他|她|个人|本人)(?:曾|先后|还)?(?:荣获|获得|被评为)/,
      yields: "HAS_HONOUR",
      note: "A sentence that opens with 他/她 (or no subject, in the person's paragraph) and an award verb gives its honours to the person named last; also a later clause of 个人/他本人 beside a team's award",
      match: [
        "测试标题\n远江机械厂技师祁文涛讲述了自己的故事。他曾荣获全国五一劳动奖章、远江市劳动模范等荣誉。",
        "测试标题\n远江重工集团焊工祁文涛扎根一线30年。他所带领的班组荣获全国工人先锋号，他本人荣获全国五一劳动奖章。",
        "测试标题\n远江重工集团焊工祁文涛扎根一线30年。近年来，祁文涛带领团队攻克难题20余项，个人荣获全国五一劳动奖章。",
      ],
      // (A sentence that says who won — "获H的有X等N人" — continues no paragraph.)
      noMatch: [
        "测试标题\n远江机械厂技师祁文涛讲述了自己的故事。该厂曾荣获全国五一劳动奖状。",
        "测试标题\n今年，车晓燕等72人获评远江市“首席工人”。获“远江工匠”荣誉的有柏雪松等43人。",
      ],
    },
    {
      id: "honour.bare-clause",
      yields: "HAS_HONOUR",
      note: "NAME是UNIT JOB，…，HONOUR获得者: a scoped honour clause after a clause that opened with the name",
      match: ["测试标题\n干了三十年焊工的柏雪松是远江钢铁公司技师，全国五一劳动奖章获得者。"],
      // (A clause with a count of people or an award verb has a subject of its own.)
      noMatch: [
        "测试标题\n柏林是一个生活着10余万人的社区，有退休劳模130余名，其中包括10名全国劳模。",
        "测试标题\n新中国成立70年来，党中央、国务院先后召开了15次全国劳模表彰大会，共有3万余人获得全国五一劳动奖章。",
      ],
    },
    {
      id: "honour.postfix",
      yields: "HAS_HONOUR",
      note: "NAME，HONOUR: the clause right after a name that closed its own clause (also after a card's label: 【人物简介】, 人物名片：)",
      match: [
        "测试标题\n祁文涛，全国五一劳动奖章获得者，远江电力青川供电公司技师。",
        "测试标题\n【人物简介】祁文涛，男，汉族，1975年出生，中共党员，远江重工集团焊接车间主任，全国劳动模范。",
        "测试标题\n人物名片：祁文涛，远江重工集团焊工，全国劳动模范。",
      ],
      noMatch: [],
    },
    {
      id: "honour.count-list",
      pattern: /[\d一二三四五六七八九十两]+(?:位|名|人)|等劳模/,
      yields: "HAS_HONOUR",
      note: "A、B、C3位全国劳模 / A、B等今年新当选的全国劳模 / A、B等9名…的“某县最美X” (a quoted title, any level) / UNIT A、UNIT B等4位劳模代表 or A、B等劳模作报告 (plain 劳动模范) / A、B、C等10人，获得“H”称号 (the verb in the next clause): the honour after the list's count is every name's",
      match: [
        "测试标题\n远江市总工会特邀祁春英、柏兴松、车文洁等劳模以“青春正当时”为主题作报告。",
        "测试标题\n祁文涛、柏雪松、车晓燕3位全国劳模走进校园。",
        "测试标题\n最终评选出祁文涛、柏雪松、车晓燕等3名来自基层一线的“青川最美快递员”。",
        "测试标题\n活动邀请了远江油气矿祁文涛、青川科技大学柏雪松等2位劳模代表来到现场。",
        "测试标题\n授予仪式在远江会展中心举行。祁文涛、柏雪松、车晓燕等3人，获得“远江工匠”称号。",
        // A count and a title open a list of exactly that many names, each with its unit and job.
        "测试标题\n活动中，两位大国工匠远江飞机钣金总厂钣金高级技师祁文涛、青川工业集团公司钳工高级技师柏雪松走进远江工业职业技术学院。",
      ],
      noMatch: [
        "测试标题\n祁文涛、柏雪松、车晓燕3位同志走进校园。",
        "测试标题\n祁文涛、柏雪松、车晓燕三人，来自远江机械厂。",
        // (The count names a group whose members each carry their own title after a dash.)
        "测试标题\n宣讲现场，2名远江市宣讲团成员——“全国劳动模范”祁文娟、“全国五一劳动奖章”获得者柏雪松讲述了故事。",
        "测试标题\n活动邀请了祁文涛、柏雪松等2位职工代表来到现场。",
      ],
    },
    {
      id: "honour.colon-list",
      pattern: /[：:]/,
      yields: "HAS_HONOUR",
      note: "HONOUR：A、B、C, or HONOUR N名：UNIT JOB A，UNIT JOB B (each clause ending with its name), or a heading of how they got it (评选出的N名HONOUR分别是：, 被评为HONOUR的有：, HONOUR名单：): the scoped honour before a colon heads the names after it",
      match: [
        "测试标题\n本次表彰名单如下。远江市劳动模范：祁文涛、柏雪松、车晓燕。",
        "测试标题\n我市受表彰的全国劳动模范2名：远江银行青川分行副行长祁文涛，青川机械厂钳工柏雪松。",
        // A heading that says how the names got the title: 评选出的…分别是, 被评为…的有, …名单.
        "测试标题\n本次评选出的10名远江市劳动模范分别是：祁文涛、柏雪松、车晓燕。",
        "测试标题\n被评为远江市劳动模范的有：青川机械厂高级技师祁文涛、远江港务公司桥吊司机柏雪松。",
        "测试标题\n2024年度远江市五一劳动奖章获得者名单：祁文涛（青川机械厂）、柏雪松（远江港务公司）。",
      ],
      noMatch: [
        "测试标题\n我市受表彰的代表2名：远江银行青川分行副行长祁文涛，青川机械厂钳工柏雪松。",
        // A title of no scope heads no list ("先进个人" is every kind of honouree).
        "测试标题\n本次活动表彰的先进个人分别是：祁文涛、柏雪松。",
      ],
    },
    {
      id: "honour.headline-holder",
      yields: "HAS_HONOUR",
      note: "A headline that opens with a title and a name, then a colon, a space, 的 or a dash (全国劳动模范X：…, 全国劳模X的…): the person's title, when the body names the person again",
      match: [
        "全国劳模祁林的平凡岗位与不凡人生\n祁林激动地告诉笔者，他在北京参加了表彰大会。",
        "全国劳动模范祁海浓：青春热血献胶林\n祁海浓扎根胶林二十年。",
      ],
      noMatch: ["全国劳动模范祁海浓：青春热血献胶林\n他扎根胶林二十年。"],
    },
    {
      id: "honour.group-list",
      pattern: /分别是|分别为|名单|入选|当选|们是|获奖的|[是为]：/,
      yields: "HAS_HONOUR",
      note: "A list after 分别是/他们是/名单如下/获奖的N名X是： (or …入选, also after H名单公布，) gets the honour the sentence or the one before named (a counted group's award verb included: 共有7名…获得H); a ；-split list's later items are read though they carry no title",
      match: [
        "测试标题\n10位“远江工匠”分别是：远江航空装备有限公司数控铣工祁文涛，青松汽车集团有限公司钳工柏雪松。",
        "测试标题\n宣讲团由2名全国、远江劳动模范组成，分别是：远江橡胶公司割胶辅导员祁文涛；青松食品有限公司车间主任柏雪松。",
        "测试标题\n今年共有7名护理工作者获得南丁格尔奖章。获奖的7名护理工作者是：远江医院护士长祁文涛，青川医院护理部主任柏雪松。",
        "测试标题\n2023年度“远江工匠”名单公布，远江重工集团焊工祁文涛、青川医院护士柏雪松入选。",
        "测试标题\n5位“远江工匠”讲述了自己的故事。他们分别是：远江船舶重工集团有限公司的祁文涛；青川市司法鉴定中心的柏雪松。",
        // A quoted award the lexicon does not know, before 获得者 and the marker; company heads' posts.
        "测试标题\n十位“远江青年工业家奖”获得者分别是：远江高集团有限公司首席执行官祁文涛、远江科技有限公司创办人柏雪松。",
        // A title closed by 是： heads its list; a later clause of the same shape heads its own.
        "测试标题\n受到表彰的全国劳动模范是：远江建设集团有限公司董事长祁本明，远江劳保用品有限公司车间主任柏福华；全国先进工作者是：远江市城市管理支队调研员车桂凤。",
      ],
      noMatch: [
        "测试标题\n这3名职工分别是祁文涛、柏雪松、车晓燕。",
        "测试标题\n宣讲团由2名全国劳模、远江工匠组成，分别是：远江橡胶公司割胶辅导员祁文涛；青松食品有限公司车间主任柏雪松。",
      ],
    },
    {
      id: "honour.counted-group",
      yields: "HAS_HONOUR",
      note: "请5名获得HONOUR的先进代表…, then a sentence that introduces exactly that many people: each holds it",
      match: [
        "测试标题\n活动邀请2名获得全国五一劳动奖章的先进代表作报告。远江机械厂技师祁文涛、青松化工公司班长柏雪松先后登台。",
      ],
      noMatch: [],
    },
    {
      id: "honour.grant",
      pattern: /授予|追授|命名|认定|确定/,
      yields: "HAS_HONOUR",
      note: "Double-object 授予: 授予UNIT NAME等N名职工/N人HONOUR (persons) and 授予A等N个单位HONOUR (collectives); without a count, 授予A、B“H”称号 / 命名A、B为H (bare names only) or 授予UNIT JOB X H (one name after its unit and post); a quoted title the lexicon does not know is a person's",
      match: [
        "测试标题\n经研究，远江市总工会授予远江汽车有限公司祁新宇等60名职工远江市五一劳动奖章。",
        "测试标题\n全国妇联决定，授予柏青芳等10人全国三八红旗手标兵称号，授予车晓燕等596人全国三八红旗手称号。",
        "测试标题\n大会授予祁文涛等10人“远江十佳工匠之星”称号，授予柏雪松等90人“远江工匠”称号。",
        // No count: the bare names between the verb and the title (命名/认定 … 为).
        "测试标题\n远江市总工会授予祁文涛、柏雪松“远江工匠”称号。",
        "测试标题\n远江市总工会命名祁文涛、柏雪松为远江市劳动模范。",
        "测试标题\n追授祁文涛全国劳动模范称号。",
        // One recipient with unit and post before the name.
        "测试标题\n省总工会决定，授予青川机械厂高级技师祁文涛远江省五一劳动奖章。",
        // 命名/确定/认定 A等N名职工为H: the counted recipients named as holders.
        "测试标题\n经书记处会议审议通过，认定祁月鹏等200人为大国工匠人才。",
        "测试标题\n远江市总工会联合表彰命名祁文涛等10名职工为“远江工匠”。",
        "测试标题\n经评选，确定祁文涛等10位一线职工为2023年“远江最美职工”学习典型。",
        "测试标题\n经评选，确定祁文涛等10名个人（团队）为2021年“十大最美公路人”。",
        // A second clause without a verb of its own shares the grant's verb.
        "测试标题\n经评选，确定祁文涛等10名个人为2021年“十大最美公路人”，柏雪松等100名个人为2021年“最美公路人”。",
        "测试标题\n全国铁道团委决定授予祁文涛等9名铁路青年第二十一届“铁路青年五四奖章”。",
        // A province's 金牌职工 (a brand of its 金牌工人).
        "测试标题\n大会授予祁道琳等288人远江省金牌职工。",
      ],
      noMatch: [
        "测试标题\n表彰大会在北京召开，授予全国1698人全国劳动模范荣誉称号，来自远江林业局的祁文涛就是其中的一员。",
        "测试标题\n远江市总工会授予远江机械厂“远江五一劳动奖状”。",
        "测试标题\n陈某某获授予金莲花荣誉勋章；某报获授予文化功绩勋章。",
      ],
    },
    {
      id: "honour.as-representative",
      pattern: /作为/,
      yields: "HAS_HONOUR",
      note: "A、B作为“HONOUR”代表: the honour they stand for (not 作为职工代表)",
      match: ["测试标题\n青川电务段信号车间主任王立平作为2024年度“最美青川人”代表，分享了奋斗故事。"],
      noMatch: ["测试标题\n远江厂技师罗青山作为职工代表发言。"],
    },
    {
      id: "honour.collective",
      pattern: /工人先锋号|模范集体|先进集体|五一劳动奖状/,
      yields: "HAS_HONOUR",
      note: "Honoured collectives (units, teams, 班组, 工作室) named before or after their title, or before an award verb in a list",
      match: [
        "测试标题\n远江乳业股份有限公司灌装班组、青川市公共汽车有限责任公司5路车组等27个集体荣获全国工人先锋号。",
      ],
      noMatch: ["测试标题\n远江机械厂技师祁文涛荣获全国五一劳动奖章。"],
    },
    {
      id: "honour.quoted-award",
      pattern:
        /(?:荣获|获评|获得|获颁|被[^，。；]{0,16}?授予)[^，。；“]{0,12}“[^“”]{2,20}”|(?:荣获|获评|获得)[^，。；“”]{3,16}称号/,
      yields: "HAS_HONOUR",
      note: "NAME + award verb + a quoted title the lexicon does not know (“…优秀个人”, “…高技能职工”荣誉称号, “…奖”): held as printed when its last words name a person's distinction",
      match: [
        "测试标题\n远江工程公司项目经理祁文涛获评“劳动竞赛优秀个人”。",
        "测试标题\n公司员工祁文涛、柏雪松两位同志被授予2021年“远江高技能职工”荣誉称号。",
        "测试标题\n远江港务公司装卸工车晓燕荣获“金牌驾驶长奖”。",
        // Unquoted, closed by 称号.
        "测试标题\n远江县农民祁文涛获得羊产业丰收带头人称号。",
        // Titles ending in 工/人; the issuer's place before the quote; a place phrase before 被.
        "测试标题\n据了解，祁文涛等72人获评2018年度远江市“首席工人”。",
        "测试标题\n公司员工祁文涛、柏雪松、车晓燕五位同志在集团公司被授予2021年“远江高技能职工”荣誉称号。",
      ],
      noMatch: [
        // A grade, a nomination and a company's quoted nickname are no titles held.
        "测试标题\n远江机械厂技师祁文涛在比赛中获得“一等奖”。",
        "测试标题\n远江机械厂技师祁文涛获得“远江工匠”提名。",
        "测试标题\n远江机械厂技师祁文涛被大家称为“焊神”。",
      ],
    },
    {
      id: "honour.bracketed",
      yields: "HAS_HONOUR",
      note: "NAME（HONOURS）: scoped honours in brackets right after a name are the person's",
      match: ["测试标题\n会上，焊工祁文涛（全国劳动模范）、护士车晓燕（远江省三八红旗手）先后发言。"],
      noMatch: ["测试标题\n全国劳动模范祁文涛（左二）在车间指导徒弟。"],
    },
    {
      id: "honour.roll-card",
      yields: "HAS_HONOUR",
      note: "A roll a member a line under a heading that names the title (2021年“H”名单（REGION）): each line of a name with unit and post holds the title; a line that is neither ends the roll",
      match: [
        "远江表彰\n日前，交通运输部公布首届“最美公路人”名单，远江共有2人入选。\n2021年“最美公路人”名单（远江）\n祁文涛远江省公路局青川公路分局养护管理所党支部书记、所长\n马 健远江交投集团青川公路股份有限公司总工程师",
      ],
      noMatch: [
        "远江表彰\n2021年“最美公路人”名单（远江）\n祁文涛同志扎根公路一线三十年，带出了一支过硬的队伍。",
      ],
    },
    {
      id: "honour.as-clause",
      pattern: /作为|中，/,
      yields: "HAS_HONOUR",
      note: "作为HONOUR，NAME…/作为一名HONOUR，他…/得奖H中，NAME…: the clause of 作为 (or of the group the name is one of) names what the person opening the next clause (or the one a pronoun takes up) is",
      match: [
        "测试标题\n作为全国劳动模范，祁文涛一直坚守在生产一线。",
        "测试标题\n远江重工集团焊工祁文涛来到现场。作为一名全国劳动模范，他一直坚守在一线。",
        // The group the name is one of.
        "测试标题\n今年的全国劳动模范中，祁文涛讲述了自己的故事。",
      ],
      noMatch: [
        "测试标题\n作为全国劳动模范的家乡，远江市一直重视职工技能培训。",
        "测试标题\n作为全国劳动模范，我们要向祁文涛学习。",
      ],
    },
    {
      id: "honour.rise-to",
      pattern: /(?:从[^，。；]{1,20}?)?(?:成长为|蜕变为|成为)/,
      yields: "HAS_HONOUR",
      note: "NAME从…成长为HONOUR, NAME…，成长为/成为HONOUR: what the person grew into is a title held (a career's start is not, nor a goal: 立志成为)",
      match: [
        "测试标题\n远江重工集团焊工祁文涛从一名学徒成长为全国技术能手。",
        // A later clause about the name, a list joined by 和.
        "测试标题\n远江航天厂焊工祁文涛1980年参加工作，经过多年努力，成长为全国劳动模范、全国道德模范和全国技术能手。",
      ],
      noMatch: ["测试标题\n远江重工集团焊工祁文涛立志从学徒做起，将来成为一名好工人。"],
    },
    {
      id: "honour.including",
      pattern: /包括[^，。；]{2,30}?在内的/,
      yields: "HAS_HONOUR",
      note: "包括A、B在内的N名…被授予/获评H: the names a counted group includes hold what it received",
      match: ["测试标题\n当天的会上，包括祁文涛在内的3名选手被授予“远江五一劳动奖章”。"],
      noMatch: ["测试标题\n包括远江机械厂在内的3家单位获得远江五一劳动奖状。"],
    },
    {
      id: "honour.represented-by",
      pattern: /以[^，。；]{2,40}?为代表的/,
      yields: "HAS_HONOUR",
      note: "以A、B等为代表的(一批)劳动模范/HONOUR: every listed name holds the group's title (a plain 劳动模范 as printed)",
      match: ["测试标题\n近年来，远江涌现了以祁文涛、柏雪松、车晓燕等为代表的劳动模范，他们岗位不同。"],
      noMatch: ["测试标题\n以远江机械厂、青川医院为代表的先进集体受到表彰。"],
    },
    {
      id: "honour.this-holder",
      pattern: /这位/,
      yields: "HAS_HONOUR",
      note: "这位HONOUR说/带领…: a later sentence calls the person named last (within 300 characters) by a scoped title",
      match: ["测试标题\n远江重工集团焊工祁文涛扎根一线30年。这位全国劳动模范说，劳动最光荣。"],
      noMatch: ["测试标题\n远江重工集团焊工祁文涛扎根一线30年。这位师傅说，劳动最光荣。"],
    },
    {
      id: "honour.these-after-list",
      pattern: /这[二两三四五六七八九十\d]{1,2}(?:位|名)/,
      yields: "HAS_HONOUR",
      note: "UNIT JOB A，UNIT JOB B，UNIT JOB C这三位全国劳模分别…: exactly as many people as counted, listed just before in the sentence, hold the title that sums them up",
      match: [
        "测试标题\n远江酿造有限公司副总经理祁文涛，青川种养专业合作社理事长柏雪松，远江集团股份有限公司技术总监车晓燕这三位全国劳模分别作示范宣讲。",
      ],
      noMatch: [
        "测试标题\n远江酿造有限公司副总经理祁文涛，青川种养专业合作社理事长柏雪松这三位全国劳模分别作示范宣讲。",
      ],
    },
    {
      id: "honour.quoted-title-list",
      pattern: /(?:慰问了?|看望了?|走访了?|表彰了?|邀请了?|会见了?|采访了?)“[^“”]{2,20}”/,
      yields: "HAS_HONOUR",
      note: "走访慰问了“H”A、B、C: a quoted title right after a verb of visiting or inviting, then two or more bare names: each holds it",
      match: ["测试标题\n慰问组走访慰问了“远江最美农民工”祁文涛、柏雪松、车晓燕。"],
      noMatch: ["测试标题\n慰问组走访慰问了“远江最美农民工”祁文涛。"],
    },
    {
      id: "honour.headline",
      yields: "HAS_HONOUR",
      note: "A headline that says the article's people hold one scoped title (an award verb, 获得者, 得主 or 代表 with it; no second title, verb or conjunction inside): people the body presents by unit and post, or as speakers, who hold no honour of their own (officials excepted) hold it",
      match: [
        "远江荣获全国五一劳动奖章先进代表记者见面会举行\n见面会上，远江电网有限公司青川供电局特级技师祁洛耕分享了自己的奋斗故事。",
      ],
      noMatch: [
        // Two titles in the headline: who holds which is not said.
        "远江全国劳动模范和全国五一劳动奖章获得者代表座谈会举行\n座谈会上，远江电网有限公司青川供电局变电检修班特级技师祁洛耕，远江制药股份有限公司固体车间技术主管柏洁萍与记者分享各自的奋斗故事。",
        // An official at the event holds nothing.
        "远江荣获全国五一劳动奖章先进代表记者见面会举行\n远江市总工会副主席祁洛耕出席见面会。",
      ],
    },
  ],
};
