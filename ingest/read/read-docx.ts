/**
 * DOCX → text with mammoth.extractRawText: one paragraph per line, a blank line between.
 * The zip is opened by `openDocxZip` (bounded expansion, checked before anything is inflated);
 * zip and XML errors become a ReadRefusal with a short reason.
 */
import mammoth from "mammoth";
import { type DocxZipLimits, type MammothZip, openDocxZip } from "./open-docx-zip.ts";
import { ReadRefusal } from "./read-refusal.ts";

/**
 * Default bounds. mammoth builds a DOM of the XML that takes about 50× its size in memory
 * (10 MB of document.xml: ~0.5 GB), so the XML may expand to 12 MB in all — far above a real
 * newspaper issue (~1–3 MB of XML).
 */
export const DOCX_LIMITS: DocxZipLimits = { maxExpandedBytes: 12 * 1024 * 1024, maxEntries: 5000 };

/** Extracts the paragraphs of a .docx file. */
export async function readDocx(bytes: Uint8Array, limits: DocxZipLimits = DOCX_LIMITS): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ReadRefusal("docx is corrupt: not a zip archive (an old .doc file? save it as .docx)");
  }
  const file = openDocxZip(bytes, limits);
  let value: string;
  try {
    // mammoth's openZip takes a ready zip as `{ file }` (not in its type declarations).
    const input = { file } as { file: MammothZip } as unknown as { buffer: Buffer };
    ({ value } = await mammoth.extractRawText(input));
  } catch (e) {
    if (e instanceof ReadRefusal) throw e;
    const msg = (e as Error).message.split("\n")[0]?.slice(0, 160) ?? "unknown error";
    throw new ReadRefusal(`docx is corrupt or truncated: ${msg}`);
  }
  const paragraphs = value
    .replace(/\r\n?/g, "\n")
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (paragraphs.length === 0) throw new ReadRefusal("empty document (the docx holds no text)");
  return paragraphs.join("\n\n");
}
