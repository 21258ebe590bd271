/**
 * Two fictional pages of one union paper for the curation tests (API, browser, gold export): a
 * night-school opening and its second lesson, with a misspelt name (卓映州 for 卓映川) for merges
 * and a worker without an honour. Keyed by file name (the date in the name dates the article).
 */
export const ARTICLE_A = [
  "港区工匠夜校开课",
  "本报讯（记者 骆青禾）5月9日，澄浦港区总工会“工匠夜校”开班仪式在澄浦港区职工之家举行。",
  "活动由澄浦港区总工会主办。",
  "全国劳动模范、澄浦港务集团桥吊司机苗东篱以《把集装箱放进毫米里》为题，讲述了练就绝活的经历。",
  "省五一劳动奖章获得者、澄浦电力公司检修班长卓映川介绍了带徒弟的经验。",
  "",
].join("\n");

export const ARTICLE_B = [
  "夜校第二课聚焦安全生产",
  "本报讯（记者 骆青禾）6月1日，澄浦港区总工会“安全生产分享会”在澄浦港区职工之家举行。",
  "活动由澄浦港区总工会主办。",
  "省五一劳动奖章获得者、澄浦电力公司检修班长卓映州以《安全帽下的每一天》为题，讲述了班组安全管理的做法。",
  "会后，澄浦港务集团青年技工许望舒也谈了自己的体会。",
  "",
].join("\n");

export const CURATION_PAGES: Readonly<Record<string, string>> = {
  "2024-05-10-a.txt": ARTICLE_A,
  "2024-06-02-b.txt": ARTICLE_B,
};
