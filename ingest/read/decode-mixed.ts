/**
 * Text files pasted together from sources in different encodings (a UTF-8 part and a GBK
 * part): strict UTF-8 fails on the whole file, yet whole lines of it are UTF-8 Chinese. Such a
 * file is decoded line by line, each line with the decoding that reads best, and says so in a
 * warning; a line no decoding reads is a refusal, never silent mojibake.
 */
import iconv from "iconv-lite";
import { ReadRefusal } from "./read-refusal.ts";
import { replacementShare, scoreDecoding } from "./score-decoding.ts";
import { wordShare } from "./word-share.ts";

export interface MixedDecoding {
  text: string;
  /** "UTF-8+GB18030" and the like: the encodings found, most lines first. */
  encoding: string;
  warnings: string[];
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const HAN = /\p{Script=Han}/gu;

function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function rate(text: string): number {
  return scoreDecoding(text) + 0.5 * wordShare(text);
}

function lines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  // 0x0A never occurs inside a UTF-8, GB18030 or Big5 character.
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i === bytes.length ? i : i + 1));
      start = i + 1;
    }
  }
  return out;
}

function isAscii(line: Uint8Array): boolean {
  for (const b of line) if (b >= 0x80) return false;
  return true;
}

/** The best decoding of one line among UTF-8 (when valid) and `legacy` charsets. */
function bestLine(line: Uint8Array, legacy: string[]): { text: string; encoding: string; score: number } {
  const buf = Buffer.from(line.buffer, line.byteOffset, line.byteLength);
  const utf8 = utf8OrNull(line);
  let best = { text: "", encoding: "", score: Number.NEGATIVE_INFINITY };
  if (utf8 !== null) best = { text: utf8, encoding: "UTF-8", score: rate(utf8) + 0.05 };
  for (const encoding of legacy) {
    const text = iconv.decode(buf, encoding);
    const score = rate(text);
    if (score > best.score) best = { text, encoding, score };
  }
  return best;
}

/**
 * Decodes `bytes` line by line when some lines are UTF-8 Chinese and others are not; null when
 * the file is not such a mix (no UTF-8 line with Chinese text reads better as UTF-8).
 */
export function decodeMixed(bytes: Uint8Array, legacy: string[]): MixedDecoding | null {
  const parts = lines(bytes);
  let utf8Han = 0;
  for (const line of parts) {
    if (isAscii(line)) continue;
    const text = utf8OrNull(line);
    if (text === null) continue;
    const han = text.match(HAN)?.length ?? 0;
    if (han >= 2 && bestLine(line, legacy).encoding === "UTF-8") utf8Han += han;
  }
  if (utf8Han < 4) return null;

  const counts = new Map<string, number>();
  const out: string[] = [];
  parts.forEach((line, i) => {
    if (isAscii(line)) {
      out.push(new TextDecoder().decode(line));
      return;
    }
    const best = bestLine(line, legacy);
    if (replacementShare(best.text) > 0.05 || scoreDecoding(best.text) < 0.4) {
      throw new ReadRefusal(
        `text encoding not recognised: mixed encodings, and line ${i + 1} reads as neither UTF-8 nor ${legacy.join(" nor ")}`,
      );
    }
    counts.set(best.encoding, (counts.get(best.encoding) ?? 0) + 1);
    out.push(best.text);
  });
  const found = [...counts].sort((a, b) => b[1] - a[1]);
  const summary = found.map(([e, n]) => `${n} line${n > 1 ? "s" : ""} ${e}`).join(", ");
  return {
    text: out.join(""),
    encoding: found.map(([e]) => e).join("+"),
    warnings: [`mixed text encodings, decoded line by line (${summary}): check the text`],
  };
}
