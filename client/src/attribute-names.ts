/**
 * The node panel's attribute names and enumerated values in the UI language (a raw key such as
 * `scope` or `orgType` is never shown in the Chinese UI), and a file name without its folders
 * (the panel never shows where the server keeps a file).
 */
import { categoryName } from "./honour-names.ts";
import { getLang, levelName } from "./i18n.ts";

const NAMES: Record<string, { zh: string; en: string }> = {
  scope: { zh: "授予范围", en: "Scope" },
  level: { zh: "级别", en: "Level" },
  category: { zh: "类别", en: "Category" },
  orgType: { zh: "单位类型", en: "Organisation type" },
  theme: { zh: "主题", en: "Theme" },
  date: { zh: "日期", en: "Date" },
  campaign: { zh: "系列活动", en: "Campaign" },
  title: { zh: "标题", en: "Title" },
  subtitle: { zh: "副标题", en: "Subtitle" },
  source: { zh: "来源", en: "Source" },
  file: { zh: "文件", en: "File" },
  untitled: { zh: "无标题", en: "Untitled" },
  region: { zh: "地区", en: "Region" },
  province: { zh: "省份", en: "Province" },
  city: { zh: "城市", en: "City" },
  degree: { zh: "关系数", en: "Connections" },
  review: { zh: "审核状态", en: "Review state" },
};

const ORG_TYPES: Record<string, { zh: string; en: string }> = {
  union: { zh: "工会", en: "union" },
  company: { zh: "企业", en: "company" },
  government: { zh: "政府机关", en: "government" },
  school: { zh: "学校", en: "school" },
  collective: { zh: "集体", en: "collective" },
  other: { zh: "其他", en: "other" },
};

export function attributeName(key: string): string {
  return NAMES[key]?.[getLang()] ?? key;
}

/** The last part of a path (`/srv/data/uploads/2024/a.txt` → `a.txt`). */
export function baseName(file: string): string {
  const parts = file.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? file;
}

export function attributeValue(key: string, value: string | number | boolean): string {
  if (key === "level" && typeof value === "string") return levelName(value);
  if (key === "category" && typeof value === "string") return categoryName(value);
  if (key === "orgType" && typeof value === "string") return ORG_TYPES[value]?.[getLang()] ?? value;
  if (key === "file" && typeof value === "string") return baseName(value);
  if (typeof value === "boolean")
    return value ? (getLang() === "zh" ? "是" : "yes") : getLang() === "zh" ? "否" : "no";
  return String(value);
}
