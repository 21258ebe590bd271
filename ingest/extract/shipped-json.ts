/**
 * Data files shipped beside the extractor (the attachment model's weights, the rules' measured
 * precision): read as JSON, or null when the file is absent or does not parse (the extractor then
 * goes on without it).
 */
import { readFileSync } from "node:fs";

export function readShippedJson<T>(url: URL): T | null {
  try {
    return JSON.parse(readFileSync(url, "utf8")) as T;
  } catch {
    return null;
  }
}
