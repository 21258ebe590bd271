/** Rule table: honours stated once for a group or list of people (../find-group-honours.ts). */
import type { RuleTable } from "./types.ts";

/**
 * What counts as an honour is parse-honour's call; a group's unquoted title needs a scope, a
 * level or 最美 (a plain 劳模 names no honour of its own), and collective titles go to no person.
 * Titles joined by 和/与/及 name a mixed group: each member gets the first.
 */
export const GROUP_RULES: RuleTable<string> = {
  kind: "group",
  about: "Honours stated once for a group or list: each named member of the list holds them",
  rules: [
    {
      id: "group.etc-count",
      pattern: /等(?:[\d一二三四五六七八九十两百千]+(?:名|位|人)|人)/,
      yields: "HAS_HONOUR",
      note: "A等166名个人“H” / A等200名优秀个人（H）/ A等22名H和B等8名H2受表彰: the names before 等 (after a lead verb, or after the title and 和 of a list before) hold the honour printed after the count",
      match: [
        "测试标题\n会上，祁一、柏二东、贺三等22名远江市劳动模范和林四海、杜五明、邱六等8名远江市先进工作者受表彰。",
        "测试标题\n大会表彰了远江机械厂等43个优秀单位（远江五一劳动奖状）、祁文涛等200名优秀个人（远江五一劳动奖章）。",
        "测试标题\n授予远江机械厂等50个集体“开发建设青川奖状”；远江线缆有限公司技术总工柏雪松等166名个人“开发建设青川奖章”。",
      ],
      noMatch: [
        "测试标题\n远江机械厂等43个单位获得远江五一劳动奖状。",
        "测试标题\n祁文涛等10人参加了座谈会。",
      ],
    },
    {
      id: "group.count-after",
      pattern: /[\d一二三四五六七八九十两]+(?:位|名)/,
      yields: "HAS_HONOUR",
      note: "A，B，C三位“最美X” / A、B两名全国劳模: exactly as many names as the count end the items before it",
      match: [
        "测试标题\n报告会上，远江电务段通信工祁文涛，远江物流中心货装值班员柏雪松，青川工务段工长车晓燕三位“最美铁路人”讲述了故事。",
      ],
      noMatch: [
        "测试标题\n报告会上，祁文涛、柏雪松两位劳模讲述了故事。",
        "测试标题\n报告会上，远江电务段通信工祁文涛，青川工务段工长车晓燕三位“最美铁路人”讲述了故事。",
      ],
    },
    {
      id: "group.count-head",
      pattern: /[\d一二三四五六七八九十两]+(?:位|名)/,
      yields: "HAS_HONOUR",
      note: "N位[来自…的]H[和H2][访澳]，包括/分别为/有 A（…）、B及C / N名…的H、UNIT JOB A和UNIT JOB B[载誉归来] / N位H，<what they did>：UNIT JOB A…；UNIT JOB B… (then exactly N; the last name may go on with the sentence): the counted group's members",
      match: [
        "测试标题\n总工会副主席魏某任团长，率领7位来自不同行业的全国劳动模范和大国工匠访澳，包括高青林（火箭专家）、洪青光（航空专家）、刘忠（特级烹饪技师）及杨俊（一级演员）。",
        "测试标题\n11月25日，远江集团两名赴京接受表彰的全国劳动模范、青川总医院主任医师柏良群和远江矿综采二区采煤机维护员马青载誉归来。",
        "测试标题\n报告会上的三位远江市劳模，各自讲了这些年的收获：远江纺织厂挡车工祁文涛讲了技术攻关；青川水厂班长柏雪松讲了带徒弟的经历；远江农场职工车晓燕讲了种植新法。",
        // A short title that names the honour printed in full before it; an item without a name
        // is passed over when the list holds exactly the count.
        "测试标题\n主办方向2024山西工匠年度人物颁发了证书。3位年度人物分别是：远江汽车有限公司祁文涛，远江合力股份有限公司安稳，国营青川机械厂柏雪松。",
      ],
      noMatch: [
        // The short title alone, with no full title before it.
        "测试标题\n发布仪式在远江举行。3位年度人物分别是：远江汽车有限公司祁文涛，远江航天技术有限公司柏雪松，国营青川机械厂车晓燕。",
        "测试标题\n率领7位来自不同行业的职工代表访澳，包括高青林（火箭专家）、洪青光（航空专家）。",
        "测试标题\n11月25日，远江集团两名赴京接受表彰的全国劳动模范、青川总医院主任医师柏良群和远江矿综采二区采煤机维护员马青、车间主任祁青载誉归来。",
      ],
    },
    {
      id: "group.representative",
      pattern: /代表|团成员/,
      yields: "HAS_HONOUR",
      note: "全国劳动模范代表A、B和全国先进工作者代表C / 三秦工匠事迹报告团成员A、B、C作了报告: each honour before 代表 (or a touring group's 报告团成员) heads the names up to the next one",
      match: [
        "测试标题\n座谈会上，全国劳动模范代表尼玛顿珠、扎西顿珠和全国先进工作者代表次仁卓玛围绕学习贯彻讲话精神发言。",
        "测试标题\n三秦工匠事迹报告团成员祁新停、柏永利、贺复山作了事迹报告。",
      ],
      noMatch: ["测试标题\n会上，职工代表祁文涛、柏雪松先后发言。"],
    },
    {
      id: "group.dash",
      pattern: /获得者\s*—/,
      yields: "HAS_HONOUR",
      note: "“H”荣誉称号获得者——[UNIT JOB] NAME: the holder after the dash",
      match: ["测试标题\n2018年度“青川工匠”荣誉称号获得者——扎西尼玛，在平凡的岗位上坚守25年。"],
      noMatch: ["测试标题\n“青川工人先锋号”获得者——远江机械厂装配车间，在平凡的岗位上坚守25年。"],
    },
    {
      id: "group.they",
      pattern: /(?:他|她)们(?:中|之中|当中)|其中(?:有|包括)/,
      yields: "HAS_HONOUR",
      note: "11位成员…被授予“H”称号 / A等N名个人获H。他们中有…的UNIT JOB A、…: the list after 他们中有/其中有 (items closed by 、，, or one an item over sentences closed by ；) holds the honour of the counted group stated up to eight sentences before, in its paragraph or the next",
      match: [
        "测试标题\n11位报告团成员今年1月被授予第六届“最美铁路人”称号。\n他们中有努力当好指挥员的远江车站运转车间值班员祁文涛、养护钢铁大动脉的青川工务段副队长柏雪松、用匠心护航的远江动车段工长车晓燕。",
        "测试标题\n远江焦煤集团官地煤矿等68个单位获省五一劳动奖状；祁青等269名个人获省五一劳动奖章。评选严格按照程序进行。其中，基层一线人员169名。他们中，有解决一线生产难题的远江炼钢二厂作业长柏雪松；提出“报警就是命令，抢修就是战斗”口号的青川市供气公司客服中心员工车晓燕；热爱岗位、真诚服务的快递小哥任青军。",
      ],
      noMatch: [
        "测试标题\n11位报告团成员来自铁路基层一线。\n他们中有远江车站运转车间值班员祁文涛、青川工务段副队长柏雪松。",
      ],
    },
    {
      id: "group.they-hold",
      pattern: /(?:他|她)们[^。；]*(?:是|为|获)/,
      yields: "HAS_HONOUR",
      note: "A、B、C。他们…是第三届“H”的代表 / 她们都获得过H: the names of the sentence before hold it",
      match: [
        "测试标题\n活动走进校园的三位工匠大师，分别是远江兽医科学院院长祁文涛、远江重工有限公司高级技师柏雪松。她们都是第三届“青川工匠”的代表。",
      ],
      noMatch: [
        "测试标题\n活动走进校园的两位老师，分别是远江兽医科学院院长祁文涛、远江重工有限公司高级技师柏雪松。她们都是学校的代表。",
      ],
    },
    {
      id: "group.relative",
      pattern: /(?:获评|荣获|获得|被授予|被评为|获)[^，。；]{2,30}的/,
      yields: "HAS_HONOUR",
      note: "获评H的UNIT JOB A，UNIT JOB B等…: a relative clause of award before a list of at least two names (posts of one name joined by 、), or before 有/是/包括 and the members",
      match: [
        "测试标题\n大会上，获评全国劳模与全国先进工作者的远江网络科技股份有限公司创始人、总裁祁文涛，青川街道社区卫生服务中心团队长车晓燕等优秀代表受到了表彰。",
        // A list marker after 的 (有/是/包括): the members follow, one or more.
        "测试标题\n今年获评远江省劳动模范的有远江重工集团焊工祁文涛、青川医院护士车晓燕。",
        "测试标题\n据了解，获远江市第三批“港城工匠”荣誉的有祁文涛等43人，获“港城工匠”提名奖的有柏雪松等13人。",
      ],
      noMatch: ["测试标题\n大会上，获评全国劳模的远江网络科技股份有限公司总裁祁文涛作了发言，会场气氛热烈。"],
    },
    {
      id: "group.list-verb",
      pattern: /其中/,
      yields: "HAS_HONOUR",
      note: "其中，UNIT JOB A，UNIT JOB B，UNIT JOB C荣获“H”称号: a sentence of three or more name clauses before one award verb",
      match: [
        "测试标题\n其中，远江藏药股份有限公司产品研究员祁文涛，青川硅业股份有限公司总工程师、高级工程师柏雪松，远江能源有限公司维修工段长车晓燕荣获“全国劳动模范”称号。",
      ],
      noMatch: [
        "测试标题\n其中，远江藏药股份有限公司产品研究员祁文涛，青川硅业股份有限公司总工程师柏雪松，远江能源有限公司维修工段长车晓燕参加了座谈。",
      ],
    },
    {
      id: "group.count-subject",
      pattern: /[\d一二三四五六七八九十两]+(?:位|名)“/,
      yields: "HAS_HONOUR",
      note: "三位“H”讲述了…, then a later paragraph introducing exactly that many new people by unit and job (one a sentence): each holds H",
      match: [
        "测试标题\n报告团举行3场报告会。三位“最美铁路人”从不同侧面讲述了自身的奋斗故事。\n报告会现场。\n报告会上，远江局集团有限公司济南机务段动车二车间动车组司机祁文涛讲述了他苦练技能的故事。青川局集团有限公司杭州客运段列车长车晓燕讲述了她的故事。远江高新工业股份九桥工程公司电焊工柏雪松讲述了她参与建设的故事。",
      ],
      noMatch: [
        "测试标题\n三位“最美铁路人”从不同侧面讲述了自身的奋斗故事。\n报告会上，远江局集团有限公司机务段动车组司机祁文涛讲述了他的故事。青川局集团有限公司客运段列车长车晓燕讲述了她的故事。",
      ],
    },
    {
      id: "group.shared-prefix",
      pattern: /[和及]/,
      yields: "HAS_HONOUR",
      note: "H A、B和C[的…]: the bare name joined by 和/及 at the end of a run of names after one title holds the title the names before it hold",
      match: [
        "测试标题\n其他成员也分别报告了省五一劳动奖章获得者李青成，集团公司劳模王青明、魏青成和卞青的先进事迹。",
      ],
      noMatch: [
        "测试标题\n全国劳模王青明、魏青成和徒弟卞青一起到场。",
        "测试标题\n全国劳模王青明和卞青一起到场。",
      ],
    },
    {
      id: "group.name-run",
      pattern: /、/,
      yields: "HAS_HONOUR",
      note: "…评选出A、B、C（field）、祁  明…共N名同志为H / A、B等N位H: a run of at least two bare names (padded, with a field in brackets, whatever word leads it) closed by its count and what the group is or receives (exactly N after 共 or a bare count, at most N after 等); or H A、B filling a clause (A of any shape: 尕让); words of any kind before the first name when the count is exact (UNIT劳模A、B、C3位劳动模范…, the plain title then theirs); or 共有N位…，分别是A（…）、B…，以及C, exactly N, holding the honour the headline, else the sentence before, names first",
      match: [
        "测试标题\n远江县总工会公布了结果，祁文涛、柏雪松、车  明、任青军共4名同志被评为远江县“最美职工”。",
        "测试标题\n今年的名单为祁文涛（纺织）、柏雪松（电力），以及车晓燕（教育）3位远江市劳动模范。",
        "测试标题\n展区里，全国劳动模范尕让、柏雪松，向观众演示了手艺。",
        "测试标题\n在“经验交流“环节里，青川供水公司劳模祁晓东、路  平、柏清清3位劳动模范先后发言。",
        "远江省劳动模范代表团抵达青川\n代表团此行共有3位成员，分别是祁文涛（纺织）、柏雪松（电力），以及车晓燕（教育）。",
      ],
      noMatch: [
        "测试标题\n远江县总工会公布了结果，祁文涛、柏雪松、车  明共5名同志被评为远江县“最美职工”。",
        "测试标题\n省领导祁文涛、柏雪松、车晓燕参加会见。",
        "测试标题\n青川供水公司劳模祁晓东、柏清清等3位劳动模范先后发言。",
        "远江省劳动模范代表团抵达青川\n代表团此行共有4位成员，分别是祁文涛（纺织）、柏雪松（电力），以及车晓燕（教育）。",
      ],
    },
    {
      id: "group.addressed",
      pattern: /先生|女士|小姐/,
      yields: "HAS_HONOUR",
      note: "An article praising a group (表扬300名H, H表扬大会, N位H…) presents its members as UNIT的X先生/女士/小姐, …推荐的X女士, UNIT X小姐: each holds the group's honour (scoped by a place before it, else bare when its national form is an honour); the unit before is the employer",
      match: [
        "远江县表扬60位模范劳工\n获奖者中，有远江水务管理处祁文涛小姐；另有青川电子股份有限公司的柏雪松先生、理发业职业工会推荐的车晓燕女士。",
      ],
      noMatch: [
        "远江县举办劳动节联欢会\n远江科技股份有限公司的柏雪松先生致辞，职业工会推荐的车晓燕女士表演了节目。",
      ],
    },
    {
      id: "group.these",
      pattern: /这(?:些|[\d一二三四五六七八九十两]+(?:位|名))/,
      yields: "HAS_HONOUR",
      note: "…的UNIT JOB A；…的B；…的C。这些“H”… / 这N位H…: a list of sentences joined by ； (one paragraph) and then the group named by its honour: each item that names someone holds it (exactly N with a count)",
      match: [
        "测试标题\n守护林场三十年的远江县护林员祁文涛；带领乡亲修路的远江县村支书柏雪松；义务教学二十年的车晓燕。这些“青川楷模”的事迹感动了观众。",
      ],
      noMatch: [
        "测试标题\n守护林场三十年的远江县护林员祁文涛；带领乡亲修路的远江县村支书柏雪松。这3位“青川楷模”的事迹感动了观众。",
      ],
    },
    {
      id: "group.etc-clauses",
      pattern: /，[^，。；]+等/,
      yields: "HAS_HONOUR",
      note: "UNIT JOB A，UNIT POST B等H代表作了发言: clauses of one introduced name each, split by ，, before the name closed by 等: they hold the honour that name gets from the words after 等",
      match: [
        "测试标题\n青川量具制造有限公司设计工程师祁东岳，远江职业学院办公室主任柏向晴等全国劳模和先进工作者代表依次发言。",
      ],
      noMatch: [
        "测试标题\n会议由远江市总工会主席祁东岳主持，远江职业学院办公室主任柏向晴等全国劳模和先进工作者代表依次发言。",
      ],
    },
    {
      id: "group.heading",
      yields: "HAS_HONOUR",
      note: "Award rolls: a line holding only a personal honour (H：, H名单, H（5名）; an unquoted title counts when the article quotes it elsewhere), then lines of one name (maybe after a bullet, maybe with its card on the next line), NAME，CARD, NAME CARD or UNIT JOB NAME each (a note of sex or nationality may follow the name: 柏某（女）; once the roll has a member of one shape, a line of that shape whose card names a unit is a member even when the name reader doubts its name), up to a line of another kind",
      match: [
        // A heading that says who won what; members' lines led by their region.
        "测试标题\n今年全国总工会表彰了一批先进。\n获得2013年全国五一劳动奖章的民进会员有：\n上海：祁江源 远江师范大学第一附属中学教师\n山西：柏桂星 远江市青年晋剧院有限公司演员",
        "测试标题\n远江省总工会公布表彰名单如下：\n远江省五一劳动奖章：\n远江机场动力能源部工程师祁文涛\n青川航空有限公司医疗保障主管柏雪松。\n远江省工人先锋号：\n青川机场有限责任公司运行指挥中心",
        "测试标题\n第三届“青川工匠”颁奖会昨日举行。\n青川工匠名单\n\n★祁文涛\n青川县民间艺术协会副主席\n\n★柏雪松\n青川水电集团总工程师",
        "测试标题\n第二届“青川时代工匠”命名仪式举行。\n第二届“青川时代工匠”名单\n祁文涛（远江视讯（青川）有限公司）\n柏  松（青川园林发展股份有限公司）\n会后合影。",
        "测试标题\n会上宣读了表彰决定。\n远江市五一劳动奖章（2名）\n祁龙成 远江新星煤业有限公司副总经理\n柏利军 远江煤电有限公司洗煤厂厂长",
        // A note of sex after the name; inside a roll of one shape, a name the name reader doubts.
        "测试标题\n会上宣读了表彰决定。\n远江省先进工作者\n柏静云（女） 青川县永宁幼儿园园长",
        "测试标题\n第二届“青川时代工匠”名单\n祁明清（青川海陆特锻股份有限公司）\n车要飞（远江光导新材料有限公司）",
      ],
      noMatch: [
        "测试标题\n远江省工人先锋号：\n青川机场有限责任公司运行指挥中心\n远江机场动力能源部工程师祁文涛",
      ],
    },
    {
      id: "group.honoured-count",
      pattern: /(?:荣获|获评|获得|被授予|被评为|当选)[^，。；]{2,30}?的[\d一二三四五六七八九十两]+(?:位|名)/,
      yields: "HAS_HONOUR",
      note: "…荣获H称号的N位X…[；]包括/分别是 UNIT JOB NAME，UNIT JOB、JOB NAME，…: a group counted after the honour it received, listed in the same sentence after ，包括 or in the next one: exactly N names (items split by ，, else by 、)",
      match: [
        "测试标题\n远江区荣获2016年度青川市“三八红旗手”称号的3位标兵来自医疗、教育等领域；包括远江税务师事务所有限公司总经理祁智，远江中学副校长、党支部书记柏惠冰，青川市游泳队运动员车萍。",
      ],
      noMatch: [
        "测试标题\n远江区荣获2016年度青川市“三八红旗手”称号的4位标兵来自医疗、教育等领域；包括远江税务师事务所有限公司总经理祁智，远江中学副校长、党支部书记柏惠冰，青川市游泳队运动员车萍。",
      ],
    },
    {
      id: "group.bracketed-line",
      yields: "HAS_HONOUR",
      note: "A programme's speaker line UNIT JOB NAME, then （H） alone on the next line: H is the name's (a collective title in brackets gives no person anything)",
      match: [
        "测试标题\n代表们分享了事迹。\n\n《做擦亮星星的人》\n\n远江区新知小学教育集团总校长祁岚\n\n（远江市三八红旗手）",
      ],
      noMatch: [
        "测试标题\n代表们分享了事迹。\n\n《检察院里的小儿科》\n\n远江区人民检察院第六检察部\n\n（远江省巾帼文明岗）",
      ],
    },
    {
      id: "group.clauses-before-verb",
      yields: "HAS_HONOUR",
      note: "UNIT JOB A，UNIT JOB B，…，UNIT JOB J荣获/被授予H: clauses that are each one unit, post and name (nothing else), then the last one's award verb: every name of the run holds H",
      match: [
        "测试标题\n在远江省政府的表彰中，远江股份能源管控中心班长祁加纯，远江股份炼铁总厂总作业长柏振宇，远江矿渣开发公司技术副经理葛丽娜荣获远江省劳动模范称号。",
      ],
      noMatch: [
        "测试标题\n会议由远江股份能源管控中心班长祁加纯主持，远江矿渣开发公司技术副经理葛丽娜荣获远江省劳动模范称号。",
      ],
    },
    {
      id: "group.they-counted",
      yields: "HAS_HONOUR",
      note: "…H发布仪式…。这N位<head of H>来自…。他们是UNIT JOB A，UNIT JOB B，…: the group counted by a title's head word holds the whole title the article named earlier (a scoped one); the items must be exactly N (one name the reader cannot take does not undo the others)",
      match: [
        "测试标题\n远江省工匠2021年度人物发布仪式昨日举行。这3位年度人物来自科技、电力等行业。他们是远江研究院装配钳工祁建林，远江制药有限公司车间主任柏锋，远江钢铁股份有限公司电工、高级技师车军芳。",
      ],
      noMatch: [
        "测试标题\n远江省工匠2021年度人物发布仪式昨日举行。这4位年度人物来自科技、电力等行业。他们是远江研究院装配钳工祁建林，远江制药有限公司车间主任柏锋。",
      ],
    },
    {
      id: "group.result-list",
      pattern: /结果|名单/,
      yields: "HAS_HONOUR",
      note: "揭晓了H的评选结果，其中UNIT的A、B，以及UNIT的C，还有D，共计N位…榜上有名: the names after 其中 hold the title whose results were announced (exactly N when the count closes the list)",
      match: [
        "测试标题\n2024年，远江省人社厅揭晓了远江省首席技师的评选结果，其中远江重工的祁文涛、柏雪松，以及青松重汽的贺云舟，还有远江客车的杜五明，共计4位技术精英榜上有名。",
      ],
      noMatch: [
        "测试标题\n2024年，远江省人社厅揭晓了远江省首席技师的评选结果，其中远江重工的祁文涛、柏雪松，以及青松重汽的贺云舟，共计5位技术精英榜上有名。",
      ],
    },
    {
      id: "group.caption",
      yields: "HAS_HONOUR",
      note: "Caption lines: H，UNIT JOB NAME or H，UNIT JOB，JOB NAME (the name after a space): the title at the start is the holder's, the first post's unit the employer",
      match: [
        "测试标题\n大会现场。\n\n2020年全国劳动模范，远江海洋控股有限公司党委副书记、工会主席，正高级工程师 祁文涛\n\n2020年全国先进工作者，远江省人民医院科教处主任，主任医师 柏雪松\n\n会后合影留念。",
      ],
      noMatch: ["测试标题\n大会现场。\n\n2020年全国劳动模范表彰大会，远江省人民医院会议室\n\n会后合影留念。"],
    },
    {
      id: "group.they-lines",
      pattern: /(?:他|她)们(?:分别)?(?:是|为)[：:]/,
      yields: "HAS_HONOUR",
      note: "N位…荣获H[表彰]。他们是：⏎NAME，CARD。⏎NAME，CARD。: after a header ending in a colon, each line names one member of the counted group (its card gives the employer), up to a line of another kind",
      match: [
        "测试标题\n据统计，2位社员荣获2024年远江省劳动模范表彰。他们是：\n\n祁文涛，远江蔬果专业合作社理事长。\n\n柏雪松，青川市人民医院重症医学科主任。",
        // A grant to a counted group names the title; a line may be NAME, spaces, UNIT JOB.
        "测试标题\n近日，远江市总工会授予20名职工“远江市劳动模范”称号。他们是：\n祁文涛  远江重工集团有限公司焊工\n柏雪松  青川市人民医院护士长",
      ],
      noMatch: [
        "测试标题\n据统计，2位社员参加了座谈会。他们是：\n\n祁文涛，远江蔬果专业合作社理事长。\n\n柏雪松，青川市人民医院重症医学科主任。",
      ],
    },
    {
      id: "group.roster-lines",
      pattern: /名单|授予/,
      yields: "HAS_HONOUR",
      note: "公布…H名单…名单如下：/授予N名职工“H”称号。他们是： then one member a line (NAME（UNIT）, NAME  UNIT JOB, UNIT JOB NAME); not a list of nominees (公示, 拟, 候选, 提名, 推荐)",
      match: [
        "测试标题\n远江市总工会日前公布2024年远江市劳动模范名单，共20人。名单如下：\n祁文涛（远江重工集团有限公司）\n柏雪松（青川市人民医院）",
      ],
      noMatch: [
        "测试标题\n远江市总工会日前公示2024年远江市劳动模范拟表彰对象名单。名单如下：\n祁文涛（远江重工集团有限公司）\n柏雪松（青川市人民医院）",
      ],
    },
  ],
};
