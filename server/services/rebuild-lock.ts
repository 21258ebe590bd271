/**
 * One lock per data dir around everything that rebuilds the stored graph (an ingest, a
 * correction), so that a rebuild never overtakes another with an older view of the journal or
 * the corrections log.
 */
import path from "node:path";
import { AsyncLock } from "../../cypher/async-lock.ts";

const locks = new Map<string, AsyncLock>();

export function rebuildLock(dataDir: string): AsyncLock {
  const key = path.resolve(dataDir);
  let lock = locks.get(key);
  if (!lock) {
    lock = new AsyncLock();
    locks.set(key, lock);
  }
  return lock;
}
