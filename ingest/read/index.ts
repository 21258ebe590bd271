/**
 * readDocument: one input file (txt, md, html, pdf, docx) → RawDocument. Decodes, extracts,
 * repairs PDF-style breaks, normalises, and adds the same-length simplified form. Anything
 * unreadable becomes an IngestFileError with one user-facing reason.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { IngestFileError, InvalidInputError } from "../../model/errors.ts";
import type { DocumentRegion, RawDocument } from "../types.ts";
import { decodeText } from "./decode-text.ts";
import { declaredCharset, extractHtml, renderPastedMarkup, stripForumCodes } from "./extract-html.ts";
import type { FileDeadline } from "./file-deadline.ts";
import { dateFromFileName, normaliseDate } from "./find-dates.ts";
import { mapRadicals } from "./map-radicals.ts";
import { collapseBlankLines, normaliseText } from "./normalise-text.ts";
import { parseFrontMatter } from "./parse-front-matter.ts";
import { DOCX_LIMITS, readDocx } from "./read-docx.ts";
import { readPdfLayout } from "./read-pdf.ts";
import { ReadRefusal } from "./read-refusal.ts";
import { repairBreaks, repairIfBroken } from "./repair-breaks.ts";
import { stripMarkdown } from "./strip-markdown.ts";
import { toSimplified } from "./to-simplified.ts";

export { FileDeadline } from "./file-deadline.ts";
export { toSimplified } from "./to-simplified.ts";

export interface ReadOptions {
  /** Date (YYYY-MM-DD) that overrides every date found in the file. */
  date?: string;
  /** Largest accepted file size in bytes (default 20 MB). */
  maxBytes?: number;
  /** Most characters of text per file (default 3 M): checked on the decoded or extracted text. */
  maxChars?: number;
  /** Largest expanded size of a .docx's XML parts in bytes (default 12 MB). */
  maxDocxExpandedBytes?: number;
  /** Time limit for this file, checked between steps (none by default). */
  deadline?: FileDeadline;
  /**
   * The file's bytes, already read by the caller (`extractFile` hashes the same bytes for the
   * journal): the file is then not read again. The size limits are checked on them.
   */
  bytes?: Uint8Array;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Room for a whole newspaper issue (a 24-page daily is ~0.2 M characters). */
export const DEFAULT_MAX_CHARS = 3_000_000;

const FORMATS: Record<string, string> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
  ".docx": "docx",
};

/** The reader format for a file name, or null for an unsupported extension. */
export function formatOf(file: string): string | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  if (Number.isInteger(mb)) return `${mb} MB`;
  // Never print a size over a limit as the limit itself ("20.03 MB", not "20 MB" or "20.0 MB").
  const one = mb.toFixed(1);
  return `${one.endsWith(".0") ? mb.toFixed(2) : one} MB`;
}

function millions(n: number): string {
  return `${(n / 1e6).toFixed(1).replace(/\.0$/, "")} M`;
}

/** Refuses a text over `maxChars` characters. */
function checkLength(text: string, maxChars: number): void {
  if (text.length > maxChars) {
    throw new ReadRefusal(`text is ${millions(text.length)} characters, limit ${millions(maxChars)}`);
  }
}

interface Limits {
  maxChars: number;
  maxDocxExpandedBytes: number;
  deadline: FileDeadline | undefined;
}

interface Extracted {
  text: string;
  encoding: string;
  date: string | null;
  source: string | null;
  titleHint: string | null;
  regions?: DocumentRegion[];
  warnings?: string[];
}

function readPlain(bytes: Uint8Array, markdown: boolean, limits: Limits): Extracted {
  const { text, encoding, warnings } = decodeText(bytes);
  checkLength(text, limits.maxChars);
  limits.deadline?.check();
  const fm = parseFrontMatter(normaliseText(text));
  let body = markdown ? stripMarkdown(fm.body) : stripForumCodes(renderPastedMarkup(fm.body));
  body = mapRadicals(body);
  limits.deadline?.check();
  body = repairIfBroken(body);
  return {
    text: body,
    encoding,
    date: fm.date ? normaliseDate(fm.date) : null,
    source: fm.source,
    titleHint: fm.title,
    ...(warnings ? { warnings } : {}),
  };
}

function readHtml(bytes: Uint8Array, limits: Limits): Extracted {
  const { text, encoding, warnings } = decodeText(bytes, { hint: declaredCharset(bytes) });
  limits.deadline?.check();
  const page = extractHtml(text);
  checkLength(page.text, limits.maxChars);
  return {
    ...page,
    text: mapRadicals(normaliseText(page.text)),
    encoding,
    ...(warnings ? { warnings } : {}),
  };
}

async function extract(format: string, bytes: Uint8Array, limits: Limits): Promise<Extracted> {
  const none = { date: null, source: null, titleHint: null };
  switch (format) {
    case "txt":
      return readPlain(bytes, false, limits);
    case "md":
      return readPlain(bytes, true, limits);
    case "html":
      return readHtml(bytes, limits);
    case "pdf": {
      const pdf = await readPdfLayout(bytes);
      checkLength(pdf.text, limits.maxChars);
      limits.deadline?.check();
      const regions = pdf.regions.map((r) => ({
        ...r,
        text: collapseBlankLines(repairBreaks(normaliseText(r.text))),
      }));
      const warnings = pdf.warnings ? { warnings: pdf.warnings } : {};
      return {
        ...none,
        text: regions.map((r) => r.text).join("\n\n"),
        encoding: "binary",
        regions,
        ...warnings,
      };
    }
    default: {
      const raw = await readDocx(bytes, { ...DOCX_LIMITS, maxExpandedBytes: limits.maxDocxExpandedBytes });
      checkLength(raw, limits.maxChars);
      limits.deadline?.check();
      const text = repairIfBroken(mapRadicals(normaliseText(raw)));
      return { ...none, text, encoding: "binary" };
    }
  }
}

/** Refuses an empty file or one over `maxBytes`. */
function checkSize(file: string, size: number, maxBytes: number): void {
  if (size === 0) throw new IngestFileError(file, "empty file");
  if (size > maxBytes) {
    throw new IngestFileError(file, `file is ${megabytes(size)}, limit ${megabytes(maxBytes)}`);
  }
}

/** The file's bytes, refused (IngestFileError) when missing, a directory, empty or too big. */
async function readBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new IngestFileError(
      file,
      e.code === "ENOENT" ? "file not found" : `cannot read file (${e.code ?? e.message})`,
    );
  });
  if (info.isDirectory()) throw new IngestFileError(file, "is a directory, not a file");
  checkSize(file, info.size, maxBytes);
  return readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new IngestFileError(file, `cannot read file (${e.code ?? e.message})`);
  });
}

/** Reads one file into a RawDocument; throws IngestFileError with a clear reason. */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<RawDocument> {
  let overrideDate: string | null = null;
  if (options.date !== undefined) {
    overrideDate = normaliseDate(options.date);
    if (!overrideDate) throw new InvalidInputError(`invalid date "${options.date}" (expected YYYY-MM-DD)`);
  }
  const format = formatOf(file);
  if (!format) {
    const ext = path.extname(file) || "(none)";
    throw new IngestFileError(
      file,
      `unsupported file type ${ext} (supported: .txt .md .html .htm .pdf .docx)`,
    );
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = options.bytes ?? (await readBytes(file, maxBytes));
  if (options.bytes) checkSize(file, bytes.length, maxBytes);
  let got: Extracted;
  try {
    got = await extract(format, new Uint8Array(bytes), {
      maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
      maxDocxExpandedBytes: options.maxDocxExpandedBytes ?? DOCX_LIMITS.maxExpandedBytes,
      deadline: options.deadline,
    });
    options.deadline?.check();
  } catch (e) {
    if (e instanceof ReadRefusal) throw new IngestFileError(file, e.reason, { cause: e });
    const msg = (e as Error)?.message?.split("\n")[0] ?? String(e);
    throw new IngestFileError(file, `cannot read ${format} file: ${msg}`, { cause: e });
  }
  const text = collapseBlankLines(got.text);
  if (text.trim() === "") throw new IngestFileError(file, "empty file (no text)");
  if (options.deadline?.passed)
    throw new IngestFileError(file, `took longer than ${options.deadline.seconds} s`);
  const simplified = toSimplified(text);
  return {
    file,
    text,
    simplified,
    format,
    encoding: got.encoding,
    date: overrideDate ?? got.date ?? dateFromFileName(file),
    source: got.source,
    titleHint: got.titleHint,
    ...(got.regions && got.regions.length > 1 ? { regions: got.regions } : {}),
    ...(got.warnings ? { warnings: got.warnings } : {}),
  };
}
