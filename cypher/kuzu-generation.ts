/**
 * One open kuzu database generation: the Database, a small pool of connections (kuzu crashes
 * when one connection runs two queries at once, so each connection serves one query at a time),
 * per-connection prepared statements, and reference counting so a retired generation closes
 * only after its in-flight reads finish.
 */

import type { Connection, KuzuValue, PreparedStatement, QueryResult } from "kuzu";
import kuzu from "kuzu";
import { kuzuBufferBytesFrom } from "../model/config.ts";
import { mapKuzuError } from "./kuzu-errors.ts";

const MAX_DB_BYTES = 2 ** 38;

export interface GenerationOptions {
  /**
   * Whether kuzu checkpoints by itself when a commit grows the write-ahead log past 16 MiB
   * (default true). A delta's copy turns it off: the store decides when to checkpoint.
   */
  autoCheckpoint?: boolean;
}

export interface PooledConnection {
  conn: Connection;
  prepared: Map<string, PreparedStatement>;
}

export class KuzuGeneration {
  readonly db: InstanceType<typeof kuzu.Database>;
  private readonly idle: PooledConnection[] = [];
  private readonly all: PooledConnection[] = [];
  private readonly waiters: ((c: PooledConnection) => void)[] = [];
  private refs = 0;
  private retired = false;
  private closed: Promise<void> | null = null;
  private drained: (() => void) | null = null;

  constructor(
    readonly name: string,
    readonly file: string,
    readonly readOnly: boolean,
    private readonly poolSize: number,
    opts: GenerationOptions = {},
  ) {
    this.db = new kuzu.Database(
      file,
      kuzuBufferBytesFrom(),
      true,
      readOnly,
      MAX_DB_BYTES,
      opts.autoCheckpoint ?? true,
    );
  }

  async init(): Promise<void> {
    try {
      await this.db.init();
    } catch (e) {
      throw mapKuzuError(e, `open ${this.file}`);
    }
  }

  private async acquire(): Promise<PooledConnection> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.all.length < this.poolSize) {
      const pc: PooledConnection = { conn: new kuzu.Connection(this.db), prepared: new Map() };
      this.all.push(pc);
      await pc.conn.init();
      return pc;
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(pc: PooledConnection): void {
    const next = this.waiters.shift();
    if (next) next(pc);
    else this.idle.push(pc);
  }

  /** Runs `fn` with an exclusive connection of this generation, counting it as in flight. */
  async withConnection<T>(fn: (pc: PooledConnection) => Promise<T>): Promise<T> {
    if (this.retired) throw new Error(`generation ${this.name} is retired`);
    this.refs++;
    try {
      const pc = await this.acquire();
      try {
        return await fn(pc);
      } finally {
        this.release(pc);
      }
    } finally {
      this.refs--;
      if (this.refs === 0 && this.drained) this.drained();
    }
  }

  /** Retires the generation: new work is refused; resolves once in-flight work ended and all closed. */
  retire(): Promise<void> {
    if (this.closed) return this.closed;
    this.retired = true;
    this.closed = (async () => {
      if (this.refs > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      for (const pc of this.all) await pc.conn.close();
      this.all.length = 0;
      this.idle.length = 0;
      await this.db.close();
    })();
    return this.closed;
  }

  get isRetired(): boolean {
    return this.retired;
  }
}

/** Runs a statement on a connection and returns every row; every result is closed. */
export async function runAll(conn: Connection, statement: string): Promise<Record<string, KuzuValue>[]> {
  const res = await conn.query(statement);
  return drainResults(res);
}

/** Executes a prepared statement and returns rows and column names; results are closed. */
export async function executePrepared(
  conn: Connection,
  ps: PreparedStatement,
  params: Record<string, KuzuValue>,
): Promise<{ columns: string[]; rows: Record<string, KuzuValue>[] }> {
  const res = await conn.execute(ps, params);
  const list = Array.isArray(res) ? res : [res];
  try {
    const last = list[list.length - 1];
    if (!last) return { columns: [], rows: [] };
    const columns = last.getColumnNamesSync();
    const { rows } = await readRows(last);
    return { columns, rows };
  } finally {
    for (const r of list) r.close();
  }
}

export async function drainResults(res: QueryResult | QueryResult[]): Promise<Record<string, KuzuValue>[]> {
  const list = Array.isArray(res) ? res : [res];
  try {
    const rows: Record<string, KuzuValue>[] = [];
    for (const r of list) for (const row of (await readRows(r)).rows) rows.push(row);
    return rows;
  } finally {
    for (const r of list) r.close();
  }
}

/** Rows read synchronously between two turns of the event loop (`readRows`). */
export const ROWS_PER_TURN = 2000;

/**
 * Reads a result's rows (at most `limit`; `truncated` when more were left), `ROWS_PER_TURN` at a
 * time with the native synchronous reader and a turn of the event loop between: kuzu's own
 * `getAll` waits for the thread pool once per row (837k rows of the graph's skeleton: 21 s against
 * 2.7 s read so), and a whole result read at once would hold every other request that long.
 */
export async function readRows(
  result: QueryResult,
  limit = Number.POSITIVE_INFINITY,
): Promise<{ rows: Record<string, KuzuValue>[]; truncated: boolean }> {
  const rows: Record<string, KuzuValue>[] = [];
  for (;;) {
    for (let n = 0; n < ROWS_PER_TURN; n++) {
      if (!result.hasNext()) return { rows, truncated: false };
      if (rows.length >= limit) return { rows, truncated: true };
      const row = result.getNextSync();
      if (row) rows.push(row);
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
