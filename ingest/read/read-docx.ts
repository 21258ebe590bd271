/**
 * DOCX → text with mammoth.extractRawText: one paragraph per line, a blank line between.
 * Zip and XML errors become a ReadRefusal with a short reason.
 */
import mammoth from "mammoth";
import { ReadRefusal } from "./read-refusal.ts";

/** Extracts the paragraphs of a .docx file. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ReadRefusal("docx is corrupt: not a zip archive (an old .doc file? save it as .docx)");
  }
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (e) {
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
