/**
 * The cross-process writer lock of the embedded store: a tiny kuzu database `<root>/WRITER`
 * held open read-write, whose file lock kuzu makes exclusive. Live generations are opened
 * read-only (shared), so this is what keeps a second writer process (e.g. an ingest while the
 * server runs) out; the OS drops the lock when the holder dies.
 */
import path from "node:path";
import kuzu from "kuzu";
import { mapKuzuError } from "./kuzu-errors.ts";

const LOCK_POOL_BYTES = 16 * 1024 * 1024;

export class KuzuWriterLock {
  private constructor(private readonly db: InstanceType<typeof kuzu.Database>) {}

  /** Takes the lock or throws StoreUnavailableError when another process holds it. */
  static async acquire(root: string): Promise<KuzuWriterLock> {
    const db = new kuzu.Database(path.join(root, "WRITER"), LOCK_POOL_BYTES, false, false, 2 ** 30);
    try {
      await db.init();
    } catch (e) {
      await db.close().catch(() => undefined);
      throw mapKuzuError(e, "open the embedded store for writing");
    }
    return new KuzuWriterLock(db);
  }

  async release(): Promise<void> {
    await this.db.close();
  }
}
