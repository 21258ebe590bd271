/**
 * Expands the paths given to the ingest command: folders are walked recursively in sorted
 * (deterministic) order; supported files are kept; the rest are reported with a reason:
 * as `skipped` when the user named them, as `ignored` when a folder walk met them (a
 * `gold.json` or README beside the articles is not an error). Symbolic links are followed once:
 * a folder whose real path was already listed (a loop such as `a -> .`) is reported, not
 * entered, and folders deeper than MAX_DEPTH are not entered.
 */
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { formatOf } from "./index.ts";

export interface ListedFiles {
  files: string[];
  skipped: { file: string; reason: string }[];
  ignored: { file: string; reason: string }[];
}

/** Folder levels below a given path that are listed. */
export const MAX_DEPTH = 32;

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lists the readable input files under `paths` (files and folders, recursively). */
export async function listInputFiles(paths: string[]): Promise<ListedFiles> {
  const files: string[] = [];
  const skipped: ListedFiles["skipped"] = [];
  const ignored: ListedFiles["ignored"] = [];
  const seen = new Set<string>();
  /** Real paths of the folders listed so far: no folder is entered twice. */
  const listedFolders = new Set<string>();

  const visit = async (p: string, inFolder: boolean, depth = 0): Promise<void> => {
    const info = await stat(p).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      const code = (info as NodeJS.ErrnoException).code;
      skipped.push({
        file: p,
        reason: code === "ENOENT" ? "file not found" : `cannot read (${code ?? info.message})`,
      });
      return;
    }
    const real = await realpath(p).catch(() => path.resolve(p));
    if (info.isDirectory()) {
      if (listedFolders.has(real)) {
        if (inFolder) ignored.push({ file: p, reason: "symbolic link to a folder already listed (a loop?)" });
        return;
      }
      if (depth > MAX_DEPTH) {
        ignored.push({ file: p, reason: `folder nested deeper than ${MAX_DEPTH} levels` });
        return;
      }
      listedFolders.add(real);
      const entries = await readdir(p).catch((e: NodeJS.ErrnoException) => e);
      if (entries instanceof Error) {
        skipped.push({
          file: p,
          reason: `cannot read folder (${(entries as NodeJS.ErrnoException).code ?? entries.message})`,
        });
        return;
      }
      for (const name of entries.sort(byName)) {
        if (name.startsWith(".")) continue; // hidden files and folders (.git, .DS_Store …)
        await visit(path.join(p, name), true, depth + 1);
      }
      return;
    }
    if (!info.isFile()) {
      skipped.push({ file: p, reason: "not a regular file" });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (formatOf(p)) files.push(p);
    else {
      const ext = path.extname(p) || "(none)";
      (inFolder ? ignored : skipped).push({
        file: p,
        reason: `unsupported file type ${ext} (supported: .txt .md .html .htm .pdf .docx)`,
      });
    }
  };

  for (const p of paths) await visit(p, false);
  return { files, skipped, ignored };
}
