/**
 * Process configuration from the environment, validated once at boot with zod.
 * Server-side only (ingest, server, reports); the client never imports it.
 */
import { z } from "zod";

/** Write tokens must be long enough that guessing is hopeless. */
export const MIN_TOKEN_LENGTH = 16;

/** An unset and an empty variable mean the same (compose writes `VAR: ""`). */
const blankIsUnset = (v: unknown) => (v === "" ? undefined : v);

const Token = z
  .string()
  .trim()
  .min(MIN_TOKEN_LENGTH, `a token needs at least ${MIN_TOKEN_LENGTH} characters`)
  .regex(/^[\x21-\x7e]+$/, "a token is printable ASCII without spaces");

/** `alice:tok1,bob:tok2` → named tokens (names say who wrote what). */
const NamedTokens = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const i = part.indexOf(":");
        return { name: i < 0 ? "" : part.slice(0, i).trim(), token: i < 0 ? "" : part.slice(i + 1).trim() };
      }),
  )
  .pipe(
    z
      .array(
        z.object({ name: z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, "expected name:token"), token: Token }),
      )
      .min(1)
      .refine((list) => new Set(list.map((t) => t.name)).size === list.length, "names must be distinct")
      .refine((list) => new Set(list.map((t) => t.token)).size === list.length, "tokens must be distinct"),
  );

const Flag = z
  .enum(["", "0", "1", "false", "true"])
  .default("0")
  .transform((v) => v === "1" || v === "true");

const ConfigSchema = z.object({
  LAOMO_STORE: z.enum(["embedded", "neo4j"]).default("embedded"),
  LAOMO_DATA_DIR: z.string().min(1).default("./data"),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default("laomo-graph"),
  NEO4J_DATABASE: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  LAOMO_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  LAOMO_ROW_LIMIT: z.coerce.number().int().positive().default(1000),
  LAOMO_SAMPLE_DIR: z.string().default("./samples/corpus"),
  /** Console workers in bubblewrap: auto (when it works), on (console refused without it), off. */
  LAOMO_CONSOLE_SANDBOX: z.enum(["auto", "on", "off"]).default("auto"),
  /** Console worker processes (each with a 512 MiB kuzu buffer pool). */
  LAOMO_CONSOLE_WORKERS: z.coerce.number().int().min(1).max(8).default(2),
  /** Console queries that may wait for a worker (more → 429). */
  LAOMO_CONSOLE_QUEUE: z.coerce.number().int().min(0).max(1000).default(16),
  /** Queued + running console queries per client IP (more → 429). */
  LAOMO_CONSOLE_PER_CLIENT: z.coerce.number().int().min(1).max(1000).default(4),
  /**
   * Persist the search index, skeleton and event index of each database generation in
   * <dataDir>/start-cache/ and load them at start (server/services/start-cache.ts); off: build them.
   */
  LAOMO_START_CACHE: z.enum(["on", "off"]).default("on"),
  /** The write token (Authorization: Bearer); generated into <dataDir>/token when unset on loopback. */
  LAOMO_TOKEN: z.preprocess(blankIsUnset, Token.optional()),
  /** Several named write tokens: `alice:tok1,bob:tok2`. */
  LAOMO_TOKENS: z.preprocess(blankIsUnset, NamedTokens.optional()),
  /** Extra Host names accepted besides localhost, 127.0.0.1 and [::1] (comma list). */
  LAOMO_ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((h) => h.trim())
        .filter(Boolean),
    ),
  /**
   * Worker threads that read, segment and extract the files of an ingest (ingest/parallel/);
   * unset: the number of cores (os.availableParallelism()) for a batch of 4 MiB or more, else the
   * ingesting thread; 1: always in the ingesting thread.
   */
  LAOMO_INGEST_WORKERS: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(256).optional()),
  /** Set when clients reach the server over https (a TLS proxy): enables HSTS and upgrade-insecure-requests. */
  LAOMO_HTTPS: Flag,
  /**
   * The embedded store's kuzu buffer pool in MiB (per open database generation). The default,
   * 1,024, holds graphs of about 100k articles; a bigger graph needs more (kuzu refuses a query
   * that does not fit with "needs more memory than the database allows").
   */
  LAOMO_KUZU_BUFFER_MIB: z.preprocess(
    blankIsUnset,
    z.coerce.number().int().min(64).max(1_048_576).default(1024),
  ),
  /**
   * The embedded store checkpoints a delta's generation (folds its write-ahead log into the
   * database file) only once the log has grown to this many MiB; below it the generation is the
   * copied file and its log (cypher/README.md, *Deferred checkpoint*). 0: checkpoint every delta.
   */
  LAOMO_KUZU_DELTA_WAL_MIB: z.preprocess(blankIsUnset, z.coerce.number().min(0).max(65_536).default(16)),
  /**
   * Calibrated scoring: extraction leaves out the facts of a rule whose precision, measured on the
   * hand-annotated sets (five facts or more), is below this (ingest/extract/rules/calibration.ts). 0 keeps all.
   */
  LAOMO_MIN_RULE_PRECISION: z.preprocess(blankIsUnset, z.coerce.number().min(0).max(1).default(0.5)),
  /**
   * The embedded store keeps the generation that was live before a write as the standby of the
   * next incremental write, which then replays one delta instead of copying the database file
   * (cypher/README.md, *Standby generation*); twice the disk. 0 turns it off.
   */
  LAOMO_KUZU_STANDBY: z.preprocess(
    blankIsUnset,
    z
      .enum(["0", "1", "false", "true"])
      .default("1")
      .transform((v) => v === "1" || v === "true"),
  ),
});

export type Config = z.infer<typeof ConfigSchema>;

/**
 * One setting alone, parsed as loadConfig parses it; throws with loadConfig's message on an
 * invalid value (the store and the ingest read a single setting without the whole environment).
 */
function settingFrom<K extends keyof typeof ConfigSchema.shape>(key: K, env: NodeJS.ProcessEnv): Config[K] {
  const parsed = ConfigSchema.shape[key].safeParse(env[key]);
  if (!parsed.success)
    throw new Error(`loadConfig: invalid environment (${key}: ${parsed.error.issues[0]?.message})`);
  return parsed.data as Config[K];
}

/** LAOMO_INGEST_WORKERS alone (undefined when unset); throws on an invalid value like loadConfig. */
export function ingestWorkersFrom(env: NodeJS.ProcessEnv = process.env): number | undefined {
  return settingFrom("LAOMO_INGEST_WORKERS", env);
}

/** LAOMO_KUZU_BUFFER_MIB alone, in bytes; throws on an invalid value like loadConfig. */
export function kuzuBufferBytesFrom(env: NodeJS.ProcessEnv = process.env): number {
  return settingFrom("LAOMO_KUZU_BUFFER_MIB", env) * 1024 * 1024;
}

/** LAOMO_KUZU_DELTA_WAL_MIB alone, in bytes; throws on an invalid value like loadConfig. */
export function kuzuDeltaWalBytesFrom(env: NodeJS.ProcessEnv = process.env): number {
  return Math.round(settingFrom("LAOMO_KUZU_DELTA_WAL_MIB", env) * 1024 * 1024);
}

/** LAOMO_MIN_RULE_PRECISION alone; throws on an invalid value like loadConfig. */
export function minRulePrecisionFrom(env: NodeJS.ProcessEnv = process.env): number {
  return settingFrom("LAOMO_MIN_RULE_PRECISION", env);
}

/** LAOMO_KUZU_STANDBY alone; throws on an invalid value like loadConfig. */
export function kuzuStandbyFrom(env: NodeJS.ProcessEnv = process.env): boolean {
  return settingFrom("LAOMO_KUZU_STANDBY", env);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`loadConfig: invalid environment (${issues})`);
  }
  return parsed.data;
}
