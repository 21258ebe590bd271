/**
 * Tibetan and Mongolian personal names, which have no Han surname: a name is two or three
 * name syllables in a row ("扎西朗杰", "格桑顿珠", "乌兰巴特尔"). Single two-character names
 * (尼玛, 多吉) are ordinary words too often to be read without a syllable after them.
 * The lists hold name elements, not names of people.
 */
const TIBETAN =
  "扎西 次仁 格桑 巴桑 尼玛 达瓦 旦增 丹增 平措 洛桑 索朗 拉巴 德吉 顿珠 多吉 卓玛 央金 白玛 边巴 普布 仁增 朗杰 加措 嘉措 曲珍 拉姆 措姆 益西 群培 贡嘎 贡桑 米玛 琼达 次旦 巴珠 扎巴 罗布 强巴 土登 晋美 顿旦 桑珠 卓嘎 玉珍 央宗 德央 次珍 普琼 拉珍 阿旺 赤列 曲扎 欧珠 边珍 美朵 其美 旺堆 旺姆 坚参 单增 桑布 多布杰 才让 才旦 卓玛 尼珍 班旦 格列 次德 拉旺 索南 顿宗 吉宗 仓决 曲吉 达娃 巴宗 穷达 德庆 朗加 扎桑";
const MONGOLIAN =
  "乌兰 布赫 巴特 巴特尔 巴雅尔 额尔敦 苏和 其其格 朝鲁 乌力吉 那顺 孟和 宝音 阿拉坦 图雅 萨仁 斯琴 格日勒 敖其尔 哈斯 达来 毕力格 巴图 呼和 特木尔 布和 白音 赛音 满都拉 德力格尔 道尔吉 胡日查 阿古拉 额尔德尼 其木格 乌日娜 娜仁 高娃 格根 塔娜 萨日娜 图门 苏布达 朝格图 巴根 那日苏 乌云 斯日古楞 阿木古楞 达赖 宝力道 额日和木";

const SYLLABLES: ReadonlySet<string> = new Set(`${TIBETAN} ${MONGOLIAN}`.split(/\s+/));
const LONGEST = Math.max(...[...SYLLABLES].map((w) => w.length));
/** First characters of the syllables (a cheap test before any slicing). */
export const MINORITY_FIRST: ReadonlySet<string> = new Set([...SYLLABLES].map((w) => w[0]!));
const FIRST = new Uint8Array(65536);
for (const c of MINORITY_FIRST) FIRST[c.charCodeAt(0)] = 1;

/** What may follow such a name: punctuation, a list word, or a verb people do. */
const AFTER =
  /^(?:[、，。；：\s（(“”]|$|等|作为|被|是|和|与|荣获|获得|获|当选|说|讲|表示|介绍|分享|结合|带领|现任|担任|同志|在|向|给|以|为|作|代表|用)/;

/**
 * Length of a Tibetan or Mongolian name at `pos` (two or three syllables, at most 8
 * characters), or 0. The longest reading whose next character is a boundary wins.
 */
export function minorityNameAt(text: string, pos: number, limit = text.length): number {
  if (FIRST[text.charCodeAt(pos)] !== 1) return 0;
  return walkSyllables(text, pos, limit, pos, 0, 0);
}

/** The best length found so far (`best`) or longer, reading `count` syllables up to `at`. */
function walkSyllables(
  text: string,
  pos: number,
  limit: number,
  at: number,
  count: number,
  best: number,
): number {
  if (count >= 2 && at - pos <= 8 && at <= limit && AFTER.test(text.slice(at, at + 2)))
    best = Math.max(best, at - pos);
  if (count === 3 || FIRST[text.charCodeAt(at)] !== 1) return best;
  for (let len = LONGEST; len >= 2; len--)
    if (SYLLABLES.has(text.slice(at, at + len)))
      best = walkSyllables(text, pos, limit, at + len, count + 1, best);
  return best;
}

/**
 * Characters of Tibetan and Mongolian names written outside the syllable lists above
 * ("某某委员钢宝力达", "董事长龙日江措"): every character of such a name is one of these, and at
 * least one is of the rarer kind that Han prose seldom strings together (措, 扎, 嘎, 珠 …).
 */
const TRANSLIT_CHARS =
  "扎西次仁格桑巴尼玛达瓦旦增丹平措洛索朗拉德吉顿珠多卓央金白边普布曲珍姆益贡嘎米琼罗强土登晋美宗阿旺赤列欧坚参单才让加嘉班南江当周仓决穷庆堆杰确泽吾热群培拥乌兰赫特尔雅苏和其格朝鲁力那顺孟宝音坦图萨斯琴日勒敖哈来毕呼木赛满都道胡查古娜高娃根塔门钢莫额敦包锁柱喜龙";
const TRANSLIT_RARE = new Set([..."措扎嘎旺珠玛娃卓敦尔赫琴娜姆堆杰吉勒索朗巴达德尼仁"]);
const TRANSLIT = new Uint8Array(65536);
for (const c of TRANSLIT_CHARS) TRANSLIT[c.charCodeAt(0)] = 1;
/** Characters that may open such a name (for the name-start table). */
export const TRANSLIT_FIRST: ReadonlySet<string> = new Set([...TRANSLIT_CHARS]);

/**
 * Length of a four- or five-character transliterated name at `pos` (a Tibetan or Mongolian
 * name the syllable lists miss), or 0. Read only right after a job title or an honour: Han
 * given names are shorter, so a run of four such characters closing the item is a name.
 */
export function translitNameAt(text: string, pos: number, limit = text.length): number {
  let e = pos;
  while (e < limit && e - pos < 5 && TRANSLIT[text.charCodeAt(e)] === 1) e++;
  for (let end = e; end >= pos + 4; end--) {
    if (!AFTER.test(text.slice(end, end + 2))) continue;
    let rare = 0;
    for (let i = pos; i < end; i++) if (TRANSLIT_RARE.has(text[i]!)) rare++;
    if (rare >= 1) return end - pos;
  }
  return 0;
}
