/** Rule table: Employers and units. See ./types.ts for the contract and rules.test.ts for how examples run. */
import type { RuleTable } from "./types.ts";

/** Unit suffixes and job titles live in ../../lexicon/units.ts; unit chains are read by ../parse-unit.ts. */
export const EMPLOYER_RULES: RuleTable<string> = {
  kind: "employer",
  about:
    "Employers and units: unit suffixes and chains (旗下/下属), departments folded into their unit, 来自/的 + unit, job titles after the unit",
  rules: [
    {
      id: "employer.roll-card",
      yields: "WORKS_FOR",
      note: "A roll a member a line under a heading that names the title (“H”名单（REGION）): each line a name, glued or spaced, then the unit and post; the unit is the name's",
      match: [
        "远江表彰\n日前，交通运输部公布首届“最美公路人”名单，远江共有2人入选。\n2021年“最美公路人”名单（远江）\n祁文涛远江省公路局青川公路分局养护管理所党支部书记、所长\n马 健远江交投集团青川公路股份有限公司总工程师",
      ],
      noMatch: [
        "远江表彰\n2021年“最美公路人”名单（远江）\n祁文涛同志扎根公路一线三十年，带出了一支过硬的队伍。",
      ],
    },
    {
      id: "employer.bracketed",
      yields: "WORKS_FOR",
      note: "H分别是A（UNIT）、B（UNIT）等共N位: in a list that holds a group's honour, a workplace in brackets right after a name is its employer (not a field or a place: （纺织）); NAME（UNIT JOB） anywhere",
      match: [
        "测试标题\n全国劳模祁文涛（远江重工集团焊工）讲述了自己的故事。",
        "测试标题\n会中进行模范劳工表扬，2016年度模范劳工分别是祁淑英（远江国民中小学）、柏祥敏（远江县青川乡公所）等共2位，依序上台接受县长车某颁发的奖状。",
      ],
      noMatch: ["测试标题\n2016年度模范劳工分别是祁淑英（纺织）、柏祥敏（机械）等共2位。"],
    },
    {
      id: "employer.worked-at",
      pattern:
        /(?:在|扎根|服务于|任职于|就职于|供职于)[^，。；的]{3,30}?(?:工作|任职|坚守)?[^，。；的]{0,6}的/,
      yields: "WORKS_FOR",
      note: "在UNIT工作了N年的…NAME / 扎根UNIT N年的…NAME: where the person works, in a relative clause before the name",
      match: [
        "测试标题\n在远江重工集团工作了20年的全国劳动模范祁文涛讲述了自己的故事。",
        "测试标题\n扎根远江煤矿30年的全国劳动模范祁文涛讲述了自己的故事。",
        "测试标题\n在本次的获奖者中，服务于远江电工机械公司的全国劳模祁文涛进入公司已34年。",
        // After the name: 在UNIT(的DEPT)工作了N年.
        "测试标题\n全国劳动模范祁文涛在远江铁路局集团有限公司的电务部门工作了35年。",
      ],
      noMatch: ["测试标题\n在远江工作的全国劳动模范祁文涛讲述了自己的故事。"],
    },
    {
      id: "employer.unit-job",
      yields: "WORKS_FOR",
      note: "UNIT + job title right before the name (某公司高级技师X); the unit chain as printed, the job title dropped",
      match: [
        "测试标题\n全国劳动模范、远江机械厂技师祁文涛荣获表彰。",
        // The company's union chair works for the company; a founder, a co-operative member, a carrier's brand.
        "测试标题\n全国劳动模范、远江实业有限公司青川分公司工会主席祁文涛荣获表彰。",
        "测试标题\n全国劳动模范、远江云帆网络科技股份有限公司创始人祁文涛荣获表彰。",
        "测试标题\n全国劳动模范、远江黑鸡产业合作社社员祁文涛荣获表彰。",
        "测试标题\n全国劳动模范、青川联通网络安全主管祁文涛荣获表彰。",
      ],
      noMatch: [
        "测试标题\n全国劳动模范祁文涛荣获表彰。",
        "测试标题\n全国劳动模范、全国政协委员祁文涛荣获表彰。",
      ],
    },
    {
      id: "employer.unit",
      yields: "WORKS_FOR",
      note: "A full unit name right before the name, no job title (某某股份有限公司X、某某集团Y等N名…), or a unit printed before a job title that follows later",
      match: [
        // A unit's representative labour models: the unit employs each, the title is the plain one.
        "测试标题\n远江水泥有限公司劳模代表祁文涛、柏雪松、车晓燕参加了本次活动。",
        "测试标题\n远江检测认证股份有限公司祁文涛、青松汽车模具股份有限公司柏雪松等2名优秀技能人才荣获“远江工匠”称号。",
      ],
      noMatch: ["测试标题\n远江检测认证股份有限公司组织职工参观学习。"],
    },
    {
      id: "employer.subsidiary",
      pattern: /旗下|下属|所属/,
      yields: "WORKS_FOR",
      note: "PARENT旗下/下属SUBSIDIARY JOB NAME: the unit after the last 旗下/下属/所属 employs (the chain's head is the owner)",
      match: [
        "测试标题\n“全国优秀农民工”“青川省劳动模范”、远江控股集团有限公司旗下青松旅游集团野象谷景区高级兽医师祁明青讲述了故事。",
      ],
      noMatch: ["测试标题\n全国劳动模范、远江控股集团有限公司技师祁明青讲述了故事。"],
    },
    {
      id: "employer.nickname",
      pattern: /“[^”]{2,8}”/,
      yields: "WORKS_FOR",
      note: "UNIT“NICKNAME”NAME: a quoted title right after a unit (no issuer or scope before it) is a nickname; the words before it are the employer, an industry brand (某某矿业) included",
      match: ["测试标题\n报告会上，全国劳动模范、远江矿业“电焊能手”祁文涛讲述了自己的故事。"],
      noMatch: ["测试标题\n远江市总工会“最美职工”祁文涛讲述了故事。"],
    },
    {
      id: "employer.unit-de",
      pattern: /的/,
      yields: "WORKS_FOR",
      note: "UNIT的[JOB]NAME: the organisation before 的",
      match: ["测试标题\n全国劳动模范、远江建设集团有限公司的祁文涛讲述了自己的故事。"],
      noMatch: [],
    },
    {
      id: "employer.unit-de-run",
      pattern: /的/,
      yields: "WORKS_FOR",
      note: "UNIT的A、B、C: the unit before 的 (or 来自UNIT的) is every bare name's of the run; a post is not (UNIT JOB A、B gives B no unit)",
      match: [
        "测试标题\n远江重工的祁文涛、柏雪松获评远江省劳动模范。",
        // A count and a post after 的 describe the run: each member holds the post at the unit.
        "测试标题\n近期，东航远江分公司的三名飞行员祁建明、柏国凯、车智军荣获国家功勋飞行员荣誉奖章。",
      ],
      noMatch: ["测试标题\n远江重工有限公司班长祁文涛、柏雪松获评远江省劳动模范。"],
    },
    {
      id: "employer.emerged-from",
      pattern: /涌现出|涌现了|培养出|走出了/,
      yields: "WORKS_FOR",
      note: "UNIT人…，先后涌现出H A、H B等先进典型: the unit whose people open the sentence employs those named after the verb (who have no unit of their own)",
      match: [
        "测试标题\n远江海关人传承青松精神，先后涌现出全国五一劳动奖章获得者祁文涛、远江省青年岗位能手柏雪松等先进典型。",
      ],
      noMatch: [
        "测试标题\n远江海关人传承青松精神，先后涌现出全国五一劳动奖章获得者、青松机械厂技师祁文涛等先进典型。",
        "测试标题\n多年来，全市先后涌现出全国五一劳动奖章获得者祁文涛等先进典型。",
      ],
    },
    {
      id: "employer.laizi",
      pattern: /来自/,
      yields: "WORKS_FOR",
      note: "来自UNIT的NAME / NAME来自UNIT: the employer (a venue is 在 + place, see the event rules)",
      match: ["测试标题\n全国劳动模范祁文涛来自远江重型机械有限公司。"],
      noMatch: [],
    },
    {
      id: "employer.predicate",
      pattern: /是|现任|现为|担任|在/,
      yields: "WORKS_FOR",
      note: "NAME是UNIT的JOB / 现任UNIT JOB / 在UNIT当JOB: only a real unit name after 是",
      match: [
        "测试标题\n全国劳动模范祁文涛，现任远江机械厂厂长。",
        // After the bio, the post held now.
        "测试标题\n全国劳模祁文涛，1975年出生，现为远江重工集团首席技师。",
      ],
      noMatch: ["测试标题\n全国劳动模范祁文涛是柳江炼钢高级技师。"],
    },
    {
      id: "employer.referent",
      yields: "WORKS_FOR",
      note: "该公司/该厂 JOB NAME: the unit named before whose name ends with the same word",
      match: [
        "测试标题\n近日，在远江重工(唐山)公司生产车间内，河北省五一劳动奖章获得者、该公司总工韩春林为职工授课。",
        "测试标题\n远江机床厂举办技能比武。该厂高级技师、全国技术能手葛明担任裁判。",
      ],
      noMatch: [
        // (The 矿 of 矿业 ends no unit's name.)
        "测试标题\n远江矿业集团举办技能比武。全国技术能手、该矿修护区队长葛明担任裁判。",
      ],
    },
    {
      id: "employer.postfix",
      yields: "WORKS_FOR",
      note: "NAME，UNIT JOB: the first clause after a name that closed its own clause",
      match: [
        "测试标题\n祁文涛，男，1975年出生，远江电力青川供电公司技师，全国五一劳动奖章获得者。",
        // After an honoured name, the unit with its post; bare ranks may stand between.
        "测试标题\n全国劳动模范祁文涛，远江重工集团焊接车间主任，讲述了自己的故事。",
        "测试标题\n全国先进工作者祁文涛，主任医师，教授，远江省肿瘤医院头颈外科主任。",
      ],
      noMatch: [
        "测试标题\n“全国五一劳动奖章”获得者——远江珠峰农业科技发展有限责任公司董事长巴桑顿珠，建设了蔬菜基地。",
      ],
    },
    {
      id: "employer.carried-clause",
      yields: "WORKS_FOR",
      note: "UNIT JOB，HONOUR NAME: a unit-and-job clause with no name carries over to the name of the next clause",
      match: [
        "测试标题\n远江钢铁公司检修车间班长，远江省劳动模范祁文涛讲述了自己的故事。",
        // After an invitation: the verb and its subject are no part of the unit.
        "测试标题\n本次活动特别邀请远江集团有限公司总工程师，远江省劳模、青川工匠祁文涛作报告。",
        "测试标题\n远江县春静水稻种植专业合作社理事，高级农业职业经理人祁文涛荣获全国劳动模范。",
      ],
      noMatch: [],
    },
    {
      id: "employer.department",
      yields: "WORKS_FOR",
      note: "A bare department (人事处, 技术部) after a unit in a chain of posts belongs to that unit (某学院党委委员、教务处处长X)",
      match: ["测试标题\n全国优秀教师、青松交通职业学院党委委员、教务处处长詹立平讲述了故事。"],
      noMatch: [],
    },
    {
      id: "employer.studio-head",
      pattern: /工作室”(?:负责人|领衔人|带头人|主任|创始人)/,
      yields: "WORKS_FOR",
      note: "UNIT“X劳模创新工作室”负责人NAME: the studio is the unit's, its head works for the unit",
      match: [
        "测试标题\n全国五一劳动奖章获得者、远江矿业公司“祁建辉劳模创新工作室”负责人祁建辉受邀参加培训。",
      ],
      noMatch: [],
    },
    {
      id: "employer.respectively",
      pattern: /分别(?:是|为|来自)/,
      yields: "WORKS_FOR",
      note: "A和B分别是X公司的焊工和Y厂的司机: the i-th unit goes to the i-th name",
      match: ["测试标题\n全国劳动模范祁文涛、柏雪松分别是远江钢铁公司的焊工和青松机械厂的司机。"],
      noMatch: [],
    },
  ],
};
