/**
 * Place and organisation material: real provinces, cities and districts (geography only),
 * invented brand names and industries from which fictional employers, unions and venues
 * are built.
 */

export interface CityDef {
  name: string;
  /** Short form used in branded honours such as `<short>工匠`. */
  short: string;
  districts: readonly string[];
}

export interface ProvinceDef {
  name: string;
  cities: readonly CityDef[];
}

export const PROVINCES: readonly ProvinceDef[] = [
  {
    name: "浙江省",
    cities: [
      { name: "宁波市", short: "宁波", districts: ["鄞州区", "北仑区", "镇海区"] },
      { name: "温州市", short: "温州", districts: ["鹿城区", "瓯海区"] },
      { name: "嘉兴市", short: "嘉兴", districts: ["南湖区", "秀洲区"] },
      { name: "绍兴市", short: "绍兴", districts: ["越城区", "柯桥区"] },
    ],
  },
  {
    name: "江苏省",
    cities: [
      { name: "苏州市", short: "苏州", districts: ["吴中区", "相城区"] },
      { name: "无锡市", short: "无锡", districts: ["滨湖区", "惠山区"] },
      { name: "常州市", short: "常州", districts: ["武进区", "新北区"] },
      { name: "南通市", short: "南通", districts: ["崇川区", "通州区"] },
    ],
  },
  {
    name: "山东省",
    cities: [
      { name: "青岛市", short: "青岛", districts: ["黄岛区", "崂山区"] },
      { name: "烟台市", short: "烟台", districts: ["芝罘区", "福山区"] },
      { name: "潍坊市", short: "潍坊", districts: ["奎文区", "坊子区"] },
    ],
  },
  {
    name: "湖北省",
    cities: [
      { name: "宜昌市", short: "宜昌", districts: ["西陵区", "伍家岗区"] },
      { name: "襄阳市", short: "襄阳", districts: ["樊城区", "襄州区"] },
    ],
  },
  {
    name: "湖南省",
    cities: [
      { name: "长沙市", short: "长沙", districts: ["岳麓区", "雨花区"] },
      { name: "湘潭市", short: "湘潭", districts: ["雨湖区", "岳塘区"] },
    ],
  },
  {
    name: "广东省",
    cities: [
      { name: "佛山市", short: "佛山", districts: ["顺德区", "南海区"] },
      { name: "珠海市", short: "珠海", districts: ["香洲区", "斗门区"] },
    ],
  },
  {
    name: "四川省",
    cities: [
      { name: "成都市", short: "成都", districts: ["武侯区", "青白江区"] },
      { name: "绵阳市", short: "绵阳", districts: ["涪城区", "游仙区"] },
    ],
  },
  {
    name: "河南省",
    cities: [
      { name: "洛阳市", short: "洛阳", districts: ["涧西区", "老城区"] },
      { name: "新乡市", short: "新乡", districts: ["红旗区", "牧野区"] },
    ],
  },
  {
    name: "安徽省",
    cities: [
      { name: "合肥市", short: "合肥", districts: ["蜀山区", "包河区"] },
      { name: "芜湖市", short: "芜湖", districts: ["鸠江区", "镜湖区"] },
    ],
  },
  {
    name: "福建省",
    cities: [
      { name: "厦门市", short: "厦门", districts: ["思明区", "集美区"] },
      { name: "泉州市", short: "泉州", districts: ["丰泽区", "洛江区"] },
    ],
  },
  {
    name: "辽宁省",
    cities: [
      { name: "大连市", short: "大连", districts: ["甘井子区", "金州区"] },
      { name: "鞍山市", short: "鞍山", districts: ["铁东区", "立山区"] },
    ],
  },
  {
    name: "陕西省",
    cities: [
      { name: "西安市", short: "西安", districts: ["雁塔区", "未央区"] },
      { name: "宝鸡市", short: "宝鸡", districts: ["渭滨区", "金台区"] },
    ],
  },
  {
    name: "江西省",
    cities: [
      { name: "南昌市", short: "南昌", districts: ["青山湖区", "红谷滩区"] },
      { name: "九江市", short: "九江", districts: ["濂溪区", "浔阳区"] },
    ],
  },
];

/** Invented two-character brand names for companies. */
export const BRANDS = [
  "瑞丰",
  "恒通",
  "德远",
  "华岳",
  "启航",
  "青禾",
  "泰和",
  "金穗",
  "远帆",
  "中恒",
  "鼎盛",
  "永安",
  "东升",
  "海纳",
  "天工",
  "星瀚",
  "锦程",
  "嘉禾",
  "润泽",
  "百川",
  "长风",
  "明湖",
  "凯瑞",
  "康达",
  "新拓",
  "翔宇",
  "致远",
  "宏图",
  "聚能",
  "立信",
  "安澜",
  "北溟",
  "云岫",
  "松涛",
  "禾丰",
  "晨曦",
  "汇源",
  "弘毅",
  "蓝湾",
  "赤诚",
  "华章",
  "崇实",
  "峻岭",
  "朗润",
  "沃野",
  "银河",
  "蔚蓝",
  "群英",
] as const;

export interface IndustryDef {
  /** Full-name middle part, e.g. 精密机械. */
  full: string;
  /** Short-name middle part, e.g. 精机. */
  short: string;
  suffixes: readonly string[];
  /** Sector used for industry unions and industry-system honours. */
  sector: string;
}

export const INDUSTRIES: readonly IndustryDef[] = [
  { full: "精密机械", short: "精机", suffixes: ["有限公司", "股份有限公司"], sector: "机械冶金" },
  { full: "轨道装备", short: "轨道装备", suffixes: ["有限公司", "集团"], sector: "机械冶金" },
  { full: "电力", short: "电力", suffixes: ["集团", "有限公司"], sector: "能源化学" },
  { full: "水务", short: "水务", suffixes: ["集团", "集团有限公司"], sector: "建设" },
  { full: "燃气", short: "燃气", suffixes: ["集团", "有限公司"], sector: "能源化学" },
  { full: "港务", short: "港务", suffixes: ["集团", "集团有限公司"], sector: "交通运输" },
  { full: "建设", short: "建设", suffixes: ["集团", "工程有限公司"], sector: "建设" },
  { full: "化工", short: "化工", suffixes: ["股份有限公司", "有限公司"], sector: "能源化学" },
  { full: "纺织", short: "纺织", suffixes: ["有限公司", "集团"], sector: "财贸轻纺" },
  { full: "汽车零部件", short: "汽配", suffixes: ["有限公司", "股份有限公司"], sector: "机械冶金" },
  { full: "公交", short: "公交", suffixes: ["集团", "集团有限公司"], sector: "交通运输" },
  { full: "钢铁", short: "钢铁", suffixes: ["集团", "股份有限公司"], sector: "机械冶金" },
  { full: "食品", short: "食品", suffixes: ["有限公司", "股份有限公司"], sector: "财贸轻纺" },
  { full: "物流", short: "物流", suffixes: ["集团", "有限公司"], sector: "交通运输" },
  { full: "电子科技", short: "电子", suffixes: ["有限公司", "股份有限公司"], sector: "机械冶金" },
  { full: "航空机械", short: "航机", suffixes: ["有限公司"], sector: "机械冶金" },
  { full: "医院", short: "医院", suffixes: [""], sector: "教科文卫" },
  { full: "职业技术学院", short: "职院", suffixes: [""], sector: "教科文卫" },
];

/** Industry systems for national industry-wide honours (`全国<system>系统劳动模范`). */
export const SYSTEMS = ["交通运输", "能源化学", "邮政", "教育", "卫生健康", "农林水利", "机械冶金"] as const;

/** Street / community names for venues (invented). */
export const STREETS = [
  "青云",
  "望江",
  "梧桐",
  "丹桂",
  "清溪",
  "翠屏",
  "金沙",
  "白鹭",
  "听潮",
  "枫林",
  "杏坛",
  "月湖",
] as const;

/** Venue patterns; `{city}`, `{district}`, `{street}`, `{company}` are filled in. */
export const VENUE_PATTERNS = [
  "{city}工人文化宫",
  "{city}职工服务中心",
  "{city}劳模工匠学院",
  "{district}{street}街道党群服务中心",
  "{district}职工之家",
  "{district}{street}社区邻里中心",
  "{city}会展中心",
  "{street}产业园职工驿站",
  "{company}报告厅",
  "{company}职工书屋",
  "{company}培训中心",
  "{city}图书馆报告厅",
] as const;
