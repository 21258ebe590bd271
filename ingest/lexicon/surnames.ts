/**
 * Chinese surnames for person-name detection: common single-character surnames (including
 * rare ones) and compound surnames. Used as a Set lookup; no names are listed here.
 */
import { MINORITY_FIRST, TRANSLIT_FIRST } from "./minority-names.ts";

const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭谯邴续阎蹇过钭眭郦鄂桓昌贲逄弓仉督佴竺糜隗郇雎汝夔郗缑隽羿笪禚邗枚撒线达郏郅宓扶仪益朗渠锁甫拜次粘才綦佐勇逢蓟韶操凤洪傅荀靖矫濮钮庹丘沃蔚忻雒訾琚禤蒯麹淦厍保腾代寻净萧赖旷泮葸杲";
const COMPOUND = [
  "欧阳",
  "司马",
  "上官",
  "诸葛",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "长孙",
  "宇文",
  "司徒",
  "夏侯",
  "轩辕",
  "令狐",
  "端木",
  "西门",
  "南宫",
  "独孤",
  "万俟",
  "闻人",
  "申屠",
  "澹台",
  "公冶",
  "太史",
  "钟离",
  "赫连",
  "呼延",
  "司空",
  "百里",
  "东郭",
  "拓跋",
  "乐正",
  "第五",
];

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set([...SINGLE]);
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);

/** Length of the surname at `pos` (2 for a compound surname, 1 for a single one, 0 for none). */
const COMPOUND_FIRST = new Set(COMPOUND.map((c) => c[0]!));

/**
 * Per UTF-16 code (bit flags): 1 single surname, 2 first character of a compound surname,
 * 4 first character of a Tibetan or Mongolian name syllable, 8 a character that may open a
 * transliterated name outside the syllable lists. One table, so that a scan for
 * names reads one byte per character.
 */
export const NAME_START = new Uint8Array(65536);
for (const c of SINGLE) NAME_START[c.charCodeAt(0)]! |= 1;
for (const c of COMPOUND_FIRST) NAME_START[c.charCodeAt(0)]! |= 2;
for (const c of MINORITY_FIRST) NAME_START[c.charCodeAt(0)]! |= 4;
for (const c of TRANSLIT_FIRST) NAME_START[c.charCodeAt(0)]! |= 8;

export function surnameAt(text: string, pos: number): number {
  const kind = (NAME_START[text.charCodeAt(pos)] ?? 0) & 3;
  if (kind === 0) return 0;
  if (kind & 2 && COMPOUND_SURNAMES.has(text.slice(pos, pos + 2))) return 2;
  return kind & 1;
}
