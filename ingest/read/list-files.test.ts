import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listInputFiles } from "./list-files.ts";

describe("listInputFiles", () => {
  const root = mkdtempSync(path.join(tmpdir(), "list-files-"));
  const make = (rel: string) => {
    const p = path.join(root, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, "文本");
    return p;
  };
  const b2 = make("b/2.txt");
  const a1 = make("a/1.PDF");
  const a3 = make("a/sub/3.docx");
  const top = make("z.html");
  const md = make("a/0.md");
  const htm = make("c.htm");
  const img = make("a/pic.jpg");
  const doc = make("b/old.doc");
  make(".hidden/x.txt");
  make("b/.DS_Store");

  it("expands folders recursively in sorted order and keeps supported files", async () => {
    const { files, skipped, ignored } = await listInputFiles([root]);
    expect(files).toEqual([md, a1, a3, b2, htm, top]);
    expect(skipped).toEqual([]);
    expect(ignored.map((s) => s.file)).toEqual([img, doc]);
    expect(ignored[0]!.reason).toMatch(/^unsupported file type \.jpg/);
  });

  it("keeps the order of explicit paths, drops duplicates and reports missing paths", async () => {
    const missing = path.join(root, "nope.txt");
    const { files, skipped, ignored } = await listInputFiles([top, path.join(root, "b"), top, missing, img]);
    expect(files).toEqual([top, b2]);
    expect(ignored).toEqual([{ file: doc, reason: expect.stringMatching(/^unsupported file type \.doc/) }]);
    expect(skipped).toEqual([
      { file: missing, reason: "file not found" },
      { file: img, reason: expect.stringMatching(/^unsupported file type \.jpg/) },
    ]);
  });

  it("returns nothing for an empty list", async () => {
    expect(await listInputFiles([])).toEqual({ files: [], skipped: [], ignored: [] });
  });
});
