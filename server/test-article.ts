/**
 * One short fictional article (headline, byline lead, an honouree's talk) that the upload, token
 * and CLI tests post: small enough to ingest in a second, rich enough to show up in search.
 */
export const SHORT_ARTICLE = [
  "职工书屋里的劳模课堂",
  "本报讯（记者 韩亦舟）6月12日，栖霞湾区总工会“劳模进书屋”分享会在栖霞湾区职工文化中心举行。",
  "全国劳动模范、栖霞湾港务集团桥吊司机蒋北辰以《一万次精准抓箱》为题，分享了自己的成长经历。",
  "",
].join("\n");
