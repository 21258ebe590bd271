/**
 * Recognises files that are not text: known binary signatures (PDF, zip/docx, images …),
 * NUL bytes and a high share of control characters. Returns a reason, or null for text.
 */

const SIGNATURES: [string, number[]][] = [
  ["a PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a zip archive (docx?)", [0x50, 0x4b, 0x03, 0x04]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["an old Word/Office file (.doc)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a gzip archive", [0x1f, 0x8b]],
];

/** Names the binary format the bytes start with, if a known one. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** A reason when `bytes` (not UTF-16) look binary, else null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  const sig = binarySignature(bytes);
  if (sig) return `binary content, not text (the file is ${sig})`;
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return "binary content, not text (contains NUL bytes)";
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f)
      control++;
  }
  if (n > 0 && control / n > 0.02) return "binary content, not text (many control characters)";
  return null;
}
