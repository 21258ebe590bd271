/** Rule table: collective honours given to lists of units. See ./types.ts and ../find-collective-lists.ts. */
import type { RuleTable } from "./types.ts";

export const COLLECTIVE_RULES: RuleTable<string> = {
  kind: "collective",
  about:
    "Collective honours stated for a list of units: 等N个集体/单位, a unit list before an award verb, “H”获得集体——UNIT, award rolls one unit a line",
  rules: [
    {
      id: "collective.etc-count",
      pattern: /等(?:\d+|[一二三四五六七八九十两百千]+)?(?:个|家)?(?:优秀|先进)?(?:集体|单位|班组)/,
      yields: "HAS_HONOUR",
      note: "授予A、B等N个集体“H” / A等N个优秀单位（H） / A等N家单位被…授予H: every unit named before 等 holds H",
      match: [
        "测试标题\n远江市人民医院肺病科 、青松县税务局第一税务分局等单位荣获全国巾帼文明岗称号。",
        "测试标题\n大会通报表彰了青川储运有限公司等43个优秀单位（远江五一劳动奖状）。",
        "测试标题\n我省车晓燕等20位女性获得全国三八红旗手称号，远江市委讲师团网络宣教处等12家单位入选全国三八红旗集体名单。",
      ],
      noMatch: [
        // a person's name before 等: no unit
        "测试标题\n大会授予祁文涛等50名个人“远江市五一劳动奖章”。",
        // an item that is no unit name spoils the list
        "测试标题\n大会表彰了先进做法等3个单位经验。",
      ],
    },
    {
      id: "collective.received-de",
      pattern: /(?:荣获|获得|获评)(?:全[国省市州区县])?“[^“”]{2,20}”(?:荣誉)?(?:称号)?的/,
      yields: "HAS_HONOUR",
      note: "为获得全州“H”的A、B等N个单位 / 荣获“H”称号的A、B等N家单位: the quoted title received, then every unit of the list before 等",
      match: [
        "测试标题\n大会为获得全州“五一劳动奖状”的远江州气象局、青川县环境卫生管理所等9个单位颁发了奖牌。",
      ],
      noMatch: [
        // Persons, not units, after 的.
        "测试标题\n会上为获得“五一劳动奖章”的祁文涛、柏雪松等12名职工颁发了证书。",
      ],
    },
    {
      id: "collective.list-verb",
      pattern: /荣获|获得|被[^，。；]{0,16}?授予|入选/,
      yields: "HAS_HONOUR",
      note: "A、B、C等单位荣获H称号 / A与B、“C”等共同被…授予“H”: every unit of the list before the verb holds H",
      match: [
        "测试标题\n今年年初，远江联通应急通信保障团队与青川水电站建设者团队等共同被省国资委授予“远江楷模”荣誉称号。",
        "测试标题\n青松县城建园林公司绿化三大队特养班组、远江市人民医院肺病科荣获全国巾帼文明岗称号。",
      ],
      noMatch: ["测试标题\n远江机械厂技师祁文涛荣获全国五一劳动奖章。"],
    },
    {
      id: "collective.dash-holder",
      pattern: /获得集体/,
      yields: "HAS_HONOUR",
      note: "“H”获得集体——UNIT: the unit after the dash holds H",
      match: ["测试标题\n“远江省五一巾帼奖状”获得集体——远江铁路青松分公司质检女工班，她们扎根高原。"],
      noMatch: ["测试标题\n“远江省五一巾帼奖状”获得集体——她们扎根高原，奉献青春。"],
    },
    {
      id: "collective.roll",
      yields: "HAS_HONOUR",
      note: "An award roll: a line holding only the honour (远江省工人先锋号：, 远江市工人先锋号（2个）), then one unit a line until a line that is no unit",
      match: [
        "测试标题\n会上宣读了表彰决定。\n远江市五一劳动奖状（1个）\n青松县乡村振兴局\n远江市工人先锋号（2个）\n远江煤业有限公司综掘区班组",
        "测试标题\n远江省总工会公布了获奖名单。\n远江省工人先锋号：\n青松国际机场有限责任公司机务工程部机务科\n远江航空有限公司地面服务部\n名单之外的职工也受到鼓舞。",
      ],
      noMatch: [
        "测试标题\n远江省总工会公布了获奖名单。\n远江省工人先锋号：\n名单之外的职工也受到鼓舞，大家表示要向先进学习。",
      ],
    },
  ],
};
