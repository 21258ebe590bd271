/**
 * Phrase material for article bodies: themes, campaign names, talk titles, story and
 * reaction sentences, page banners and ordinary union activities. All of it is original
 * writing for this generator.
 */

export const THEMES = [
  "劳动创造幸福 实干成就梦想",
  "弘扬劳模精神 争做时代先锋",
  "匠心筑梦 技能报国",
  "榜样在身边 奋进新征程",
  "学劳模 当先锋 建新功",
  "致敬最美劳动者",
  "奋斗新时代 建功新征程",
  "传承工匠精神 点亮技能人生",
  "聆听劳模故事 汲取奋进力量",
  "技能成就梦想 劳动托起未来",
  "劳模精神代代传",
  "争当产业工人主力军",
  "岗位练兵强本领 比学赶超促发展",
  "凝心聚力 勇毅前行",
  "平凡岗位 不凡人生",
  "以匠心致初心",
] as const;

/** Campaign names (printed inside quotes). */
export const CAMPAIGNS = [
  "劳模工匠进企业",
  "劳模工匠进校园",
  "劳模工匠进社区",
  "劳模工匠进车间",
  "工匠精神进课堂",
  "劳模故事汇",
  "匠心讲堂",
  "劳模工匠面对面",
  "劳模精神进万家",
  "技能强市 工匠领航",
] as const;

/** Event kinds: the noun phrase ending an event name. */
export const TALK_EVENT_KINDS = [
  "宣讲活动",
  "专场宣讲会",
  "巡回宣讲活动",
  "事迹报告会",
  "主题宣讲会",
  "分享会",
  "劳模工匠论坛",
] as const;

export const TALK_TITLES = [
  "一把焊枪焊出精彩人生",
  "毫厘之间见真章",
  "在平凡岗位上书写不凡",
  "把小事做到极致",
  "与设备对话的二十年",
  "从学徒到首席技师",
  "让每一度电都安全送达",
  "匠心守护万家灯火",
  "用双手托起城市运转",
  "追光的人",
  "一颗螺丝钉的坚守",
  "巡线路上的四季",
  "创新从问题开始",
  "把难题变成课题",
  "我和我的班组",
  "技能改变命运",
  "守护每一滴清水",
  "方向盘上的责任",
  "炉火映初心",
  "在精度里寻找答案",
  "不负韶华 只争朝夕",
  "一线就是我的舞台",
  "传帮带 薪火传",
  "数据背后的匠心",
  "做一名有温度的护士",
] as const;

/** What a speaker talked about; `{years}` and `{problem}` are filled in. */
export const STORY_PHRASES = [
  "讲述了自己扎根一线{years}年、带领团队攻克{problem}难题的经历",
  "分享了从普通学徒成长为技术骨干的心路历程",
  "讲述了坚守岗位{years}年如一日的故事",
  "分享了带领班组开展{problem}攻关的做法",
  "结合亲身经历讲述了技术创新的点点滴滴",
  "讲述了劳模创新工作室破解{problem}难题的故事",
  "分享了{years}年来在一线岗位上精益求精的体会",
  "讲述了自己如何把{problem}这一“卡脖子”问题变成创新课题",
] as const;

export const PROBLEMS = [
  "设备振动",
  "焊缝裂纹",
  "管网漏损",
  "能耗过高",
  "零件变形",
  "信号干扰",
  "精度漂移",
  "配方稳定性",
  "高空作业安全",
  "夜间抢修",
  "数控编程",
  "质量追溯",
  "轴承过热",
  "密封失效",
  "调度效率",
] as const;

/** Reactions of ordinary workers (never honourees); `{name}` is an ordinary worker. */
export const REACTIONS = [
  "“劳模的故事就发生在我们身边，听完很受触动。”参加活动的职工{name}说。",
  "青年职工{name}表示，要把劳模的干劲和钻劲带回自己的岗位上。",
  "“原来技术创新并不遥远。”现场听讲的{name}说，回去后要在班组里试一试。",
  "职工代表{name}告诉记者，这样的宣讲接地气、有温度，听得进、记得住。",
  "“劳模讲的都是身边事，我们听得懂、学得来。”{name}说。",
] as const;

/** Reactions after ordinary union activities; `{name}` is an ordinary worker. */
export const UNION_REACTIONS = [
  "“工会把服务送到了家门口，大家都很暖心。”职工{name}说。",
  "参加活动的职工{name}表示，这样的活动既实用又贴心，希望以后多办几场。",
  "“平时工作忙，难得有这样放松交流的机会。”{name}告诉记者。",
] as const;

/** Closings of ordinary union activities. */
export const UNION_CLOSINGS = [
  "据了解，该工会今年已开展各类服务职工活动{n}场。",
  "下一步，工会将持续深化服务职工工作，不断增强职工群众的获得感、幸福感。",
  "活动共吸引{m}余名职工参与。",
] as const;

export const CLOSINGS = [
  "据了解，今年以来该市已组织劳模工匠宣讲{n}场，覆盖职工{k}余人次。",
  "下一步，工会将持续推动劳模精神、劳动精神、工匠精神进一线、进班组。",
  "据介绍，宣讲团还将陆续走进企业、学校和社区，开展宣讲{n}场。",
  "活动现场还为劳模代表送上了鲜花，并向职工赠送了劳模事迹读本。",
  "此次活动进一步营造了崇尚劳动、尊重劳动者的浓厚氛围。",
  "活动吸引了{m}余名职工到场聆听，线上直播观看人数超过{n}万人次。",
] as const;

export const BANNERS = [
  "工会新闻",
  "劳模风采",
  "基层动态",
  "职工天地",
  "新闻·综合",
  "工会工作",
  "一线故事",
  "工匠之光",
  "学习贯彻工会十八大精神 推动工会工作高质量发展",
  "弘扬劳模精神 凝聚奋进力量",
] as const;

/** Ordinary union activities without honourees: [event noun phrase, what happened]. */
export const UNION_ACTIVITIES: readonly (readonly [string, string])[] = [
  ["职工心理健康讲座", "心理咨询师围绕压力管理、情绪调适等内容进行了讲解，并与职工互动交流"],
  ["工会干部业务培训班", "培训内容包括工会经费管理、基层组织建设和职工维权等"],
  ["职工趣味运动会", "拔河、跳绳、托球跑等项目吸引了一线职工踊跃参与"],
  ["“夏送清凉”慰问活动", "工会为高温作业一线职工送去了防暑降温用品"],
  ["女职工权益保护知识讲座", "律师结合典型案例讲解了女职工特殊劳动保护的相关规定"],
  ["职工书香读书分享会", "职工代表轮流分享了自己喜爱的书籍和读书心得"],
  ["青年职工联谊活动", "现场设置了破冰游戏、才艺展示等环节"],
  ["职工技能竞赛", "参赛选手在理论考试和实操比拼中展开角逐"],
  ["“金秋助学”发放仪式", "工会为困难职工子女发放了助学金"],
  ["职工健步走活动", "职工们沿湖畔步道完成了5公里的行程"],
  ["亲子关系公益讲座", "讲师围绕家庭沟通、陪伴方式等话题与职工交流"],
  ["新就业形态劳动者入会集中行动", "快递员、网约车司机等现场填表入会"],
] as const;

export const ROLE_WORDS = ["主办", "承办", "协办", "指导"] as const;
