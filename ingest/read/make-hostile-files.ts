/**
 * Hostile input files for the reader and pipeline tests, written at test time (never committed):
 * a .docx decompression bomb (honest or lying central directory), a huge single-paragraph text,
 * a huge Markdown file and a symlink loop. Big files are written in chunks to keep memory low.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { crc32, createDeflateRaw } from "node:zlib";

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = "</w:body></w:document>";

interface Part {
  name: string;
  crc: number;
  size: number;
  data: Buffer;
}

/** Deflates `head + chunk × repeat + tail` without ever holding the expanded text. */
async function deflatePart(
  name: string,
  head: string,
  chunk: string,
  repeat: number,
  tail: string,
): Promise<Part> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = once(deflate, "end");
  let crc = 0;
  let size = 0;
  const feed = async (buf: Buffer) => {
    crc = crc32(buf, crc);
    size += buf.length;
    if (!deflate.write(buf)) await once(deflate, "drain");
  };
  await feed(Buffer.from(head));
  if (repeat === 0 || chunk === "") {
    await feed(Buffer.from(tail));
    deflate.end();
    await done;
    return { name, crc: crc >>> 0, size, data: Buffer.concat(out) };
  }
  const block = Buffer.from(chunk.repeat(Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(chunk)))));
  const perBlock = block.length / Buffer.byteLength(chunk);
  let left = repeat;
  while (left >= perBlock) {
    await feed(block);
    left -= perBlock;
  }
  if (left > 0) await feed(Buffer.from(chunk.repeat(left)));
  await feed(Buffer.from(tail));
  deflate.end();
  await done;
  return { name, crc: crc >>> 0, size, data: Buffer.concat(out) };
}

function storedPart(name: string, text: string): Promise<Part> {
  return deflatePart(name, text, "", 0, "");
}

/** A zip of deflated parts; `claimSize` overrides the sizes written in both headers. */
function zipOf(parts: Part[], claimSize?: (p: Part) => number): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const size = claimSize ? claimSize(p) : p.size;
    const name = Buffer.from(p.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt32LE(p.crc, 14);
    head.writeUInt32LE(p.data.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, p.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(p.crc, 16);
    dir.writeUInt32LE(p.data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += head.length + name.length + p.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dirBytes, end]);
}

/**
 * A .docx whose word/document.xml expands to about `megabytes` MB of repeated paragraphs.
 * With `lie`, both zip headers claim document.xml is 1 KB. Returns the file's size in bytes.
 */
export async function writeDocxBomb(file: string, megabytes: number, lie = false): Promise<number> {
  const para = "<w:p><w:r><w:t>全国劳动模范蒋北辰在栖霞湾区职工文化中心分享成长经历。</w:t></w:r></w:p>";
  const repeat = Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(para));
  const parts = [
    await storedPart("[Content_Types].xml", CONTENT_TYPES),
    await storedPart("_rels/.rels", RELS),
    await deflatePart("word/document.xml", DOC_HEAD, para, repeat, DOC_TAIL),
  ];
  const bytes = zipOf(parts, lie ? (p) => (p.name === "word/document.xml" ? 1024 : p.size) : undefined);
  await writeFile(file, bytes);
  return bytes.length;
}

/** Writes `chunks` × `chunk` to a file through a stream (never one big string). */
export async function writeRepeated(
  file: string,
  head: string,
  chunk: string,
  chunks: number,
): Promise<void> {
  const out = createWriteStream(file);
  const block = chunk.repeat(Math.max(1, Math.floor((1 << 20) / chunk.length)));
  const perBlock = block.length / chunk.length;
  out.write(head);
  for (let left = chunks; left > 0; ) {
    const n = Math.min(left, perBlock);
    const ok = out.write(n === perBlock ? block : chunk.repeat(n));
    left -= n;
    if (!ok) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** A UTF-8 text file of about `bytes` bytes: a headline, then one paragraph without a break. */
export async function writeLongParagraph(file: string, bytes: number): Promise<void> {
  const sentence = "栖霞湾区总工会组织劳模进书屋分享会，职工代表踊跃发言。";
  await writeRepeated(
    file,
    "职工书屋里的劳模课堂\n\n",
    sentence,
    Math.ceil(bytes / Buffer.byteLength(sentence)),
  );
}

/** A Markdown file of about `bytes` bytes: headed sections of ordinary paragraphs. */
export async function writeBigMarkdown(file: string, bytes: number): Promise<void> {
  const section = [
    "## 劳模进书屋分享会在栖霞湾区举行",
    "",
    "本报讯（记者 韩亦舟）6月12日，栖霞湾区总工会“劳模进书屋”分享会在栖霞湾区职工文化中心举行。",
    "",
    "全国劳动模范、栖霞湾港务集团桥吊司机蒋北辰以《一万次精准抓箱》为题，分享了自己的成长经历。",
    "",
    "",
  ].join("\n");
  await writeRepeated(file, "# 栖霞湾报\n\n", section, Math.ceil(bytes / Buffer.byteLength(section)));
}

/** A folder holding two symlinks to itself (`a` and `b` → `.`). */
export async function makeSymlinkLoop(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await symlink(".", path.join(dir, "a"));
  await symlink(".", path.join(dir, "b"));
}
