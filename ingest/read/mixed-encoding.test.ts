/**
 * Files pasted together from a UTF-8 part and a GBK part: decoded line by line with a
 * warning that reaches the RawDocument; garbage and unreadable lines still fail with a reason.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { IngestFileError } from "../../model/errors.ts";
import { decodeText } from "./decode-text.ts";
import { readDocument } from "./index.ts";
import { ReadRefusal } from "./read-refusal.ts";

const UTF8_PART =
  "星河电机厂召开劳模座谈会\n\n本报讯（记者 祝云帆）近日，星河电机厂召开劳模座谈会，厂里二十多名一线职工参加。\n";
const GBK_PART =
  "全国劳动模范、星河电机厂绕线车间班长葛春生介绍了班组开展技术革新的做法。\n与会职工表示，要学习劳模精神，在岗位上多作贡献。\n";

const bytesOf = (...parts: [string, string][]) =>
  new Uint8Array(Buffer.concat(parts.map(([s, e]) => iconv.encode(s, e))));

function reason(bytes: Uint8Array): string {
  try {
    decodeText(bytes);
    return "decoded";
  } catch (e) {
    expect(e).toBeInstanceOf(ReadRefusal);
    return (e as ReadRefusal).reason;
  }
}

describe("mixed UTF-8 and GBK text", () => {
  it("decodes each line with its own encoding and warns", () => {
    const got = decodeText(bytesOf([UTF8_PART, "utf8"], [GBK_PART, "gbk"]));
    expect(got.text).toBe(UTF8_PART + GBK_PART);
    expect(got.encoding).toBe("UTF-8+GB18030");
    expect(got.warnings?.[0]).toMatch(
      /^mixed text encodings, decoded line by line \(2 lines UTF-8, 2 lines GB18030\)/,
    );
  });

  it("decodes a GBK part before a UTF-8 part", () => {
    const got = decodeText(bytesOf([GBK_PART, "gbk"], [UTF8_PART, "utf8"]));
    expect(got.text).toBe(GBK_PART + UTF8_PART);
  });

  it("leaves a file in one encoding alone (no warning)", () => {
    expect(decodeText(bytesOf([UTF8_PART + GBK_PART, "gbk"]))).toEqual({
      text: UTF8_PART + GBK_PART,
      encoding: "GB18030",
    });
    expect(decodeText(bytesOf([UTF8_PART + GBK_PART, "utf8"])).warnings).toBeUndefined();
  });

  it("refuses a mix with a line that no decoding reads", () => {
    const junk = new Uint8Array(60).map((_, i) => 0x80 + ((i * 37 + 5) % 0x20));
    const bytes = new Uint8Array([...bytesOf([UTF8_PART, "utf8"], [GBK_PART, "gbk"]), ...junk, 0x0a]);
    expect(reason(bytes)).toMatch(
      /^text encoding not recognised: mixed encodings, and line 6 reads as neither/,
    );
  });

  it("still refuses garbage bytes with a reason", () => {
    const junk = new Uint8Array(300).map((_, i) => 0x80 + ((i * 37 + 5) % 0x20));
    expect(reason(junk)).toMatch(/^text encoding not recognised/);
  });

  it("carries the warning into the RawDocument", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mixed-enc-"));
    const file = path.join(dir, "mixed.txt");
    writeFileSync(file, bytesOf([UTF8_PART, "utf8"], [GBK_PART, "gbk"]));
    const doc = await readDocument(file);
    expect(doc.text).toContain("葛春生");
    expect(doc.text).toContain("祝云帆");
    expect(doc.encoding).toBe("UTF-8+GB18030");
    expect(doc.warnings?.[0]).toMatch(/^mixed text encodings/);
    const garbage = path.join(dir, "garbage.txt");
    writeFileSync(
      garbage,
      new Uint8Array(300).map((_, i) => 0x80 + ((i * 37 + 5) % 0x20)),
    );
    await expect(readDocument(garbage)).rejects.toBeInstanceOf(IngestFileError);
  });
});

describe("mixed encodings in the ingest pipeline", () => {
  it("puts the reader's warning on the journal entry the summary lists", async () => {
    const { extractFile } = await import("../pipeline.ts");
    const dir = mkdtempSync(path.join(tmpdir(), "mixed-enc-"));
    const file = path.join(dir, "mixed.txt");
    writeFileSync(file, bytesOf([UTF8_PART, "utf8"], [GBK_PART, "gbk"]));
    const entry = await extractFile(file);
    expect(entry.warnings?.[0]).toMatch(/^mixed text encodings/);
    expect(entry.extractions.map((x) => x.title)).toEqual(["星河电机厂召开劳模座谈会"]);
  });
});
