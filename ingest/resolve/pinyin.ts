/**
 * Pinyin keys for person names (full pinyin without tones and initials), with surname
 * readings (单 → shan, 曾 → zeng) handled by pinyin-pro's surname mode.
 */
import { pinyin } from "pinyin-pro";

export function pinyinKeys(name: string): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: "none", type: "array", surname: "head", nonZh: "removed" });
  const clean = syllables.map((s) =>
    s
      .toLowerCase()
      .replace(/[^a-zü]/g, "")
      .replace(/ü/g, "v"),
  );
  return { pinyin: clean.join(""), initials: clean.map((s) => s.charAt(0)).join("") };
}
