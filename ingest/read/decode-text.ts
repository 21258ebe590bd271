/**
 * Decodes the bytes of a text file (txt, md, html): BOMs, strict UTF-8, BOM-less UTF-16,
 * then GB18030 / Big5 / UTF-16 / chardet's guesses compared by `scoreDecoding`, because
 * chardet alone misguesses short Chinese texts; a UTF-8/GBK mix is decoded line by line
 * (`decodeMixed`, with a warning). Refuses binary and undecodable input.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { decodeMixed } from "./decode-mixed.ts";
import { ReadRefusal } from "./read-refusal.ts";
import { replacementShare, scoreDecoding } from "./score-decoding.ts";
import { binarySignature, sniffBinary } from "./sniff-binary.ts";
import { wordShare } from "./word-share.ts";

export interface DecodedText {
  text: string;
  /** "UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE" or another iconv name ("UTF-8+GB18030" for a mix). */
  encoding: string;
  /** Present when the user should check the text (a file decoded line by line). */
  warnings?: string[];
}

const SAMPLE = 65536;

/** Canonical name for a charset label: the GB family is decoded as GB18030. */
export function canonicalEncoding(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^x-/, "");
  if (/^(gb2312|gbk|gb18030|gb_2312-80|cp936|euc-cn|windows-936|chinese)$/.test(l)) return "GB18030";
  if (/^(big5|big5-hkscs|big5hkscs|cp950|csbig5)$/.test(l)) return "Big5";
  if (/^utf-?8$/.test(l)) return "UTF-8";
  if (/^utf-?16le$/.test(l)) return "UTF-16LE";
  if (/^utf-?16(be)?$/.test(l)) return "UTF-16BE";
  return iconv.encodingExists(l) ? label.trim() : null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without BOM, recognised by NUL bytes falling on one side of the code units
 * (at least a quarter of them: ASCII, digits, line breaks).
 */
function utf16ByNuls(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const units = n / 2;
  if (odd >= units * 0.25 && even <= odd / 10) return "UTF-16LE";
  if (even >= units * 0.25 && odd <= even / 10) return "UTF-16BE";
  return null;
}

/** Character score plus a bonus for dictionary words, for comparing candidate decodings. */
function rate(text: string): number {
  return scoreDecoding(text) + 0.5 * wordShare(text);
}

function refuseGarbage(text: string, encoding: string): void {
  const sample = text.slice(0, SAMPLE);
  if (replacementShare(sample) > 0.05 || scoreDecoding(sample) < 0.4) {
    throw new ReadRefusal(
      `text encoding not recognised: most characters are unreadable when decoded as ${encoding}`,
    );
  }
}

function finish(bytes: Uint8Array, encoding: string, skip = 0): DecodedText {
  const text = decodeWith(bytes.subarray(skip), encoding);
  refuseGarbage(text, encoding);
  return { text, encoding };
}

/** Decodes text bytes; `hint` is a declared charset (e.g. from an HTML meta tag). */
export function decodeText(bytes: Uint8Array, opts: { hint?: string | null } = {}): DecodedText {
  if (bytes.length === 0) throw new ReadRefusal("empty file");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(bytes, "UTF-8", 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(bytes, "UTF-16LE", 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(bytes, "UTF-16BE", 2);
  const wide = utf16ByNuls(bytes);
  if (wide) return finish(bytes, wide);
  const signature = binarySignature(bytes);
  if (signature) throw new ReadRefusal(`binary content, not text (the file is ${signature})`);
  if (isUtf8(bytes)) {
    const binary = sniffBinary(bytes);
    if (binary) throw new ReadRefusal(binary);
    return finish(bytes, "UTF-8");
  }
  const sample = bytes.subarray(0, SAMPLE);
  // BOM-less UTF-16 of mostly-Han text has few NULs but decodes cleanly.
  if (bytes.length % 2 === 0) {
    for (const encoding of ["UTF-16LE", "UTF-16BE"]) {
      const text = decodeWith(sample, encoding);
      if (scoreDecoding(text) >= 0.8 && wordShare(text) >= 0.3) return finish(bytes, encoding);
    }
  }
  const binary = sniffBinary(bytes);
  if (binary) throw new ReadRefusal(binary);

  const preferred: string[] = [];
  const hint = opts.hint ? canonicalEncoding(opts.hint) : null;
  if (hint && hint !== "UTF-8") preferred.push(hint);
  for (const g of chardet.analyse(sample).slice(0, 3)) {
    const name = canonicalEncoding(g.name);
    if (name && name !== "UTF-8" && !name.startsWith("UTF-16") && !preferred.includes(name)) {
      preferred.push(name);
    }
  }
  const candidates = [...preferred];
  for (const c of ["GB18030", "Big5"]) if (!candidates.includes(c)) candidates.push(c);
  // Whole lines of UTF-8 Chinese in a file that is not UTF-8: parts pasted from two sources.
  const mixed = decodeMixed(
    bytes,
    hint && !hint.startsWith("UTF") && hint !== "GB18030" && hint !== "Big5"
      ? [hint, "GB18030", "Big5"]
      : ["GB18030", "Big5"],
  );
  if (mixed) {
    refuseGarbage(mixed.text, mixed.encoding);
    return mixed;
  }
  let best = { encoding: "GB18030", score: Number.NEGATIVE_INFINITY };
  for (const encoding of candidates) {
    // A declared or detected charset wins near-ties.
    const bonus = preferred.indexOf(encoding) === 0 ? 0.02 : 0;
    const score = rate(decodeWith(sample, encoding)) + bonus;
    if (score > best.score) best = { encoding, score };
  }
  return finish(bytes, best.encoding);
}
