/**
 * Region derivation over the full division data: full and short names, 省 omitted, autonomous
 * regions and prefectures, 兵团, county chains, names inside a unit, ambiguity and non-places.
 * Every unit name here is invented.
 */
import { describe, expect, it } from "vitest";
import {
  combineRegions,
  deriveRegion,
  placeOfEvent,
  placeOfHolder,
  type Region,
  regionOf,
  regionOfHolder,
} from "./derive-region.ts";

const cases: [string, Region | null][] = [
  ["浙江省五一劳动奖章", { province: "浙江" }],
  ["浙江省宁波市北仑区青帆阀门厂", { province: "浙江", city: "宁波市", county: "北仑区" }],
  ["浙江宁波北仑青帆阀门厂", { province: "浙江", city: "宁波市", county: "北仑区" }],
  ["宁波市总工会", { province: "浙江", city: "宁波市" }],
  ["宁波总工会", { province: "浙江", city: "宁波市" }],
  ["杭州市劳动模范", { province: "浙江", city: "杭州市" }],
  ["鄂尔多斯市星原煤业公司", { province: "内蒙古", city: "鄂尔多斯市" }],
  ["内蒙古自治区劳动模范", { province: "内蒙古" }],
  ["广西壮族自治区总工会", { province: "广西" }],
  ["广西柳州螺丝钉厂", { province: "广西", city: "柳州市" }],
  ["新疆维吾尔自治区五一劳动奖章", { province: "新疆" }],
  ["兵团劳动模范", { province: "新疆" }],
  ["新疆生产建设兵团第九师某团", { province: "新疆" }],
  ["石河子市晨光棉纺厂", { province: "新疆", city: "石河子市" }],
  ["延边朝鲜族自治州总工会", { province: "吉林", city: "延边朝鲜族自治州" }],
  ["延边州林业工会", { province: "吉林", city: "延边朝鲜族自治州" }],
  ["吉林省吉林市化纤厂", { province: "吉林", city: "吉林市" }],
  ["吉林市江城化纤厂", { province: "吉林", city: "吉林市" }],
  ["北京市海淀区星火学校", { province: "北京", city: "海淀区" }],
  ["北京海淀星火学校", { province: "北京", city: "海淀区" }],
  ["上海市浦东新区总工会", { province: "上海", city: "浦东新区" }],
  ["重庆市劳动模范", { province: "重庆" }],
  ["坊子区杏林社区服务中心", { province: "山东", city: "潍坊市", county: "坊子区" }],
  ["香港特别行政区某商会", { province: "香港" }],
  ["台湾省某同乡会", { province: "台湾" }],
  ["国网浙江省电力有限公司某供电所", { province: "浙江" }],
  ["国网宁波市供电公司", { province: "浙江", city: "宁波市" }],
  ["中国石化某分公司", null],
  ["中国铁路某局", null],
  ["全国交通运输系统", null],
  ["中华全国总工会", null],
  ["东升公交集团", null],
  ["中山路小学", null],
  ["阿里巴巴某事业部", null],
  ["东方市场管理所", null],
  ["朝阳区某街道", null],
  ["朝阳某厂", null],
  ["新北区望江社区邻里中心", { province: "江苏", city: "常州市", county: "新北区" }],
  ["铁东区某街道总工会", null],
];

describe("deriveRegion", () => {
  it.each(cases)("%s", (text, expected) => {
    expect(deriveRegion(text)).toEqual(expected);
  });
});

describe("regionOf (province for reports)", () => {
  it.each([
    ["浙江省五一劳动奖章", "浙江"],
    ["全国交通运输系统", "全国"],
    ["杭州市劳动模范", "浙江"],
    ["内蒙古自治区劳动模范", "内蒙古"],
    ["兵团劳动模范", "新疆"],
    ["中国铁路某局", null],
    // Places the data does not know (the fictional ones of tests) keep their own form.
    ["云川市某港务公司", "云川市"],
    ["滨海省五一劳动奖章", "滨海"],
  ])("%s → %s", (text, expected) => {
    expect(regionOf(text)).toBe(expected);
  });

  it("picks a holder's regional scope, then an employer, then 全国", () => {
    expect(regionOfHolder(["全国"], ["上海某某公司"])).toBe("上海");
    expect(regionOfHolder(["江苏省", "全国"], ["上海某某公司"])).toBe("江苏");
    expect(regionOfHolder(["全国"], [])).toBe("全国");
    expect(regionOfHolder([], [])).toBeNull();
  });
});

describe("combining derivations", () => {
  it("keeps the first province and lets later names in it add the city and county", () => {
    expect(
      combineRegions([{ province: "浙江" }, { province: "浙江", city: "宁波市", county: "北仑区" }]),
    ).toEqual({ province: "浙江", city: "宁波市", county: "北仑区" });
    expect(combineRegions([{ province: "浙江" }, { province: "江苏", city: "苏州市" }])).toEqual({
      province: "浙江",
    });
    expect(combineRegions([null, null])).toBeNull();
  });

  it("places a holder by scope refined by employer", () => {
    expect(placeOfHolder(["浙江省"], ["宁波青帆阀门厂"])).toEqual({ province: "浙江", city: "宁波市" });
    expect(placeOfHolder(["全国"], ["苏州某精工公司"])).toEqual({ province: "江苏", city: "苏州市" });
    expect(placeOfHolder(["全国"], ["东升公交集团"])).toBeNull();
  });

  it("places an event by venue, then name, then organiser; a relative 市总工会 adds nothing", () => {
    expect(placeOfEvent("劳模事迹报告会", ["市工人文化宫"], ["市总工会", "山东省总工会"])).toEqual({
      province: "山东",
    });
    expect(placeOfEvent("潍坊市劳模事迹报告会", ["坊子区杏林社区服务中心"], ["山东省总工会"])).toEqual({
      province: "山东",
      city: "潍坊市",
      county: "坊子区",
    });
    // 铁东区 is a district of 鞍山 and of 四平: the organiser's 辽宁 decides.
    expect(placeOfEvent("铁东区宣讲活动", [], ["辽宁省总工会"])).toEqual({
      province: "辽宁",
      city: "鞍山市",
      county: "铁东区",
    });
    expect(placeOfEvent("宣讲会", ["市工人文化宫"], ["温州市总工会"])).toEqual({
      province: "浙江",
      city: "温州市",
    });
  });
});
