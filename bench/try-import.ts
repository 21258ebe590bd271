/**
 * Loads a project module that may not exist yet. Returns null only when the module file
 * itself is missing; any other load error (a bug in an existing module) is thrown.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const repoRoot = path.resolve(import.meta.dirname, "..");

/** `rel` is relative to the repository root, e.g. `ingest/extract/index.ts`. */
export async function tryImport<T>(rel: string): Promise<T | null> {
  const file = path.join(repoRoot, rel);
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)) as T;
}

export function notAvailable(rel: string): string {
  return `skipped: ${rel} not available`;
}
