/**
 * extractFile reads each file once: the journal's hash is of the bytes the reader decoded, and a
 * synchronous read (the worker threads') gives the same entry and the same refusals as the
 * asynchronous one.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IngestFileError } from "../model/errors.ts";
import { extractFile } from "./extract-file.ts";
import { contentHash } from "./journal.ts";

const testdata = path.join(import.meta.dirname, "read", "testdata");

async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "read";
  } catch (e) {
    expect(e).toBeInstanceOf(IngestFileError);
    return (e as IngestFileError).reason;
  }
}

describe("extractFile reads a file once", () => {
  it("hashes the bytes it decodes; the synchronous read gives the same entry", async () => {
    for (const name of ["article.gb18030.txt", "article.html", "article.docx", "page.pdf"]) {
      const file = path.join(testdata, name);
      const entry = await extractFile(file);
      expect(entry.contentHash).toBe(contentHash(readFileSync(file)));
      expect(await extractFile(file, {}, true)).toEqual(entry);
    }
  });

  it("refuses a missing file, a folder, an empty file and one over the size limit the same either way", async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "extract-file-"));
    const folder = path.join(tmp, "folder.txt");
    mkdirSync(folder);
    const empty = path.join(tmp, "empty.txt");
    writeFileSync(empty, "");
    const big = path.join(tmp, "big.txt");
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 0x41));
    const cases: [string, string][] = [
      [path.join(tmp, "missing.txt"), "cannot read file (ENOENT)"],
      [folder, "cannot read file (EISDIR)"],
      [empty, "empty file"],
      [big, "file is 21 MB, limit 20 MB"],
    ];
    for (const [file, reason] of cases) {
      expect(await reasonOf(extractFile(file))).toBe(reason);
      expect(await reasonOf(extractFile(file, {}, true))).toBe(reason);
    }
  });
});
