/**
 * English names of the honour categories the extractor gives (ingest/lexicon/honours.ts), so
 * the English UI does not show Chinese categories. Chinese is the data's own form: shown as is.
 */
import { getLang } from "./i18n.ts";

export const CATEGORY_EN: Readonly<Record<string, string>> = {
  劳动模范: "Model worker",
  先进工作者: "Advanced worker",
  先进生产者: "Advanced producer",
  五一劳动奖章: "May Day Labour Medal",
  五一劳动奖状: "May Day Labour Certificate",
  劳动奖章: "Labour medal",
  五一巾帼标兵: "May Day women's pacesetter",
  大国工匠: "Great craftsman of the nation",
  技术能手: "Technical expert",
  首席技师: "Chief technician",
  时代楷模: "Role model of the times",
  楷模: "Role model",
  道德模范: "Moral role model",
  青年五四奖章: "May Fourth Youth Medal",
  五四青年奖章: "May Fourth Youth Medal",
  工人先锋号: "Workers' Pioneer",
  模范集体: "Model collective",
  先进集体: "Advanced collective",
  三八红旗手: "March 8th Red-Banner Holder",
  红旗手: "Red-Banner Holder",
  中华技能大奖: "China Skills Award",
  工匠: "Craftsman",
  能手: "Expert",
  标兵: "Pacesetter",
  火车头奖章: "Locomotive Medal",
  奖章: "Medal",
  优秀乡村医生: "Outstanding rural doctor",
  优秀共产党员: "Outstanding Party member",
  优秀党务工作者: "Outstanding Party worker",
  优秀工会工作者: "Outstanding trade-union worker",
  优秀共青团干部: "Outstanding Youth League cadre",
  优秀农民工: "Outstanding migrant worker",
  优秀教师: "Outstanding teacher",
  模范教师: "Model teacher",
  先进个人: "Advanced individual",
  好人: "Good Samaritan",
  模范: "Model",
  先锋: "Pioneer",
  年度人物: "Person of the year",
  金牌工人: "Gold-medal worker",
  工艺美术大师: "Master of arts and crafts",
  技能大师: "Skills master",
  技术大奖: "Technology award",
  政府特殊津贴: "Government special allowance",
  冠军: "Champion",
  金牌: "Gold medal",
  一等奖: "First prize",
  金奖: "Gold award",
  模范检察官: "Model prosecutor",
  模范法官: "Model judge",
  英模: "Hero and model",
  绿色小康户: "Green well-off household",
};

/** A category in the current language: its English name in English (the Chinese when unknown). */
export function categoryName(category: string): string {
  if (getLang() === "zh") return category;
  return CATEGORY_EN[category] ?? category;
}
