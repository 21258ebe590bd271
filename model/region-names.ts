/**
 * Short forms of Chinese administrative-division names (浙江省 → 浙江, 广西壮族自治区 → 广西,
 * 延边朝鲜族自治州 → 延边, 宁波市 → 宁波, 密云县 → 密云). Pure, shared by the region derivation
 * (reports/derive-region.ts) and the map (client/src/map-view.ts) to match names across data sets.
 */

/** The 56 nationalities as they appear in autonomous-area names (蒙古 also stands without 族). */
const ETHNIC =
  "汉|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺";

const AUTONOMOUS = new RegExp(`^(\\p{Script=Han}{2,}?)(?:(?:${ETHNIC})族?)+自治(?:区|州|县|旗)$`, "u");
const SUFFIX =
  /^(\p{Script=Han}{2,}?)(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|省|市|盟|区|县|旗)$/u;

/** The short form of a division name; the name itself when it has no known suffix. */
export function shortRegionName(name: string): string {
  const n = name.trim();
  const a = AUTONOMOUS.exec(n);
  if (a?.[1]) return a[1];
  const s = SUFFIX.exec(n);
  return s?.[1] ?? n;
}
