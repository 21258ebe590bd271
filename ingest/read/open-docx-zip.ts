/**
 * Opens a .docx zip for mammoth with bounds: the central directory is checked before anything is
 * inflated (part count, total expanded size of the XML parts), and every part is inflated with
 * `maxOutputLength` = the size its directory entry claims, so a lying directory cannot expand.
 */
import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";
import { ReadRefusal } from "./read-refusal.ts";

const inflate = promisify(inflateRaw);

export interface DocxZipLimits {
  /** Largest expanded size of the XML parts in all (bytes). */
  maxExpandedBytes: number;
  /** Most parts in the zip. */
  maxEntries: number;
}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The zip-file interface mammoth's `openZip` accepts as `{ file }`. */
export interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

const corrupt = (why: string) => new ReadRefusal(`docx is corrupt or truncated: ${why}`);

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

function readDirectory(buf: Buffer): Map<string, Entry> {
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no zip directory (end of central directory not found)");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ReadRefusal("docx uses ZIP64, which is not supported");
  const entries = new Map<string, Entry>();
  for (let k = 0; k < count; k++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw corrupt("bad zip directory entry");
    const nameLen = buf.readUInt16LE(at + 28);
    const name = buf.toString(
      buf.readUInt16LE(at + 8) & 0x800 ? "utf8" : "latin1",
      at + 46,
      at + 46 + nameLen,
    );
    entries.set(name, {
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** Checks the directory against `limits` and returns a bounded reader; throws ReadRefusal. */
export function openDocxZip(bytes: Uint8Array, limits: DocxZipLimits): MammothZip {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(buf);
  if (entries.size > limits.maxEntries) {
    throw new ReadRefusal(`docx holds ${entries.size} parts, limit ${limits.maxEntries}`);
  }
  let xml = 0;
  for (const [name, e] of entries) if (/\.(xml|rels)$/i.test(name)) xml += e.size;
  if (xml > limits.maxExpandedBytes) {
    throw new ReadRefusal(`docx expands to ${mb(xml)} of XML, limit ${mb(limits.maxExpandedBytes)}`);
  }
  let budget = limits.maxExpandedBytes;

  const part = async (name: string): Promise<Buffer> => {
    const e = entries.get(name);
    if (!e) throw corrupt(`missing part ${name}`);
    if (e.size > budget) {
      throw new ReadRefusal(`docx expands to more than ${mb(limits.maxExpandedBytes)}, the limit`);
    }
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) {
      throw corrupt(`bad local header for ${name}`);
    }
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    if (start + e.compressedSize > buf.length) throw corrupt(`${name} runs past the end of the file`);
    const raw = buf.subarray(start, start + e.compressedSize);
    let out: Buffer;
    if (e.method === 0) out = raw;
    else if (e.method === 8) {
      try {
        out = await inflate(raw, { maxOutputLength: Math.max(1, e.size) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
          throw corrupt(`${name} expands beyond the size its zip directory states`);
        }
        throw corrupt(`${name} does not inflate (${(err as Error).message.split("\n")[0]})`);
      }
    } else throw new ReadRefusal(`docx part ${name} uses unsupported compression (method ${e.method})`);
    if (out.length !== e.size) throw corrupt(`${name} is not the size its zip directory states`);
    budget -= out.length;
    return out;
  };

  return {
    exists: (name) => entries.has(name),
    async read(name, encoding) {
      const data = await part(name);
      if (encoding === "base64") return data.toString("base64");
      if (encoding) return new TextDecoder(encoding).decode(data);
      return new Uint8Array(data);
    },
    write() {
      throw new Error("openDocxZip: the docx is read-only");
    },
    toArrayBuffer() {
      return Promise.reject(new Error("openDocxZip: the docx is read-only"));
    },
  };
}
