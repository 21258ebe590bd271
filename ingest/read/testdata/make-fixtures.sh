#!/bin/sh
# Regenerates the binary and re-encoded reader fixtures from the UTF-8 sources in this folder.
# Needs node (with the repo's node_modules) and, for the PDF, /usr/bin/chromium with CJK fonts.
set -eu
cd "$(dirname "$0")"

# Re-encoded text files (iconv-lite from the repo's dependencies).
node --input-type=module -e '
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
const iconv = createRequire(process.cwd() + "/")("iconv-lite");
const utf8 = readFileSync("article.utf8.txt", "utf8");
const trad = readFileSync("article.trad.txt", "utf8");
writeFileSync("article.gb18030.txt", iconv.encode(utf8, "gb18030"));
writeFileSync("article.big5.txt", iconv.encode(trad, "big5"));
writeFileSync("article.utf16le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(utf8, "utf16le")]));
writeFileSync("article.utf16be-nobom.txt", iconv.encode(trad, "utf16be"));
writeFileSync("article.bom.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("# " + utf8.split("\n").slice(5).join("\n"))]));
const html = readFileSync("article.html", "utf8");
writeFileSync("article-gb.htm", iconv.encode(html, "gb18030"));
// A binary file with a text extension: deterministic bytes with NULs and control codes.
const bin = Buffer.alloc(2048);
for (let i = 0; i < bin.length; i++) bin[i] = (i * 73 + 11) % 256;
writeFileSync("binary.txt", bin);
// Random-looking high bytes that decode to nothing sensible.
const junk = Buffer.alloc(600);
for (let i = 0; i < junk.length; i++) junk[i] = 0x80 + ((i * 37 + 5) % 0x20);
writeFileSync("garbage.txt", junk);
writeFileSync("empty.txt", "");
'

node make-docx.mjs article.docx \
  "东岭矿业公司机修工获评省级技术能手" \
  "本报讯（记者 任思远）东岭矿业公司机修车间钳工孟海川近日获评省级技术能手。" \
  "孟海川参加工作十五年，先后完成设备技术改造二十余项，其中两项获得国家实用新型专利。"
head -c 700 article.docx > article-truncated.docx

if [ -x /usr/bin/chromium ]; then
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$PWD/page.pdf" "file://$PWD/page.html" 2>/dev/null
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$PWD/page3.pdf" "file://$PWD/page3.html" 2>/dev/null
  head -c 60000 page.pdf > page-truncated.pdf
fi
