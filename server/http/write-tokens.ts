/**
 * The write tokens: named tokens from LAOMO_TOKENS / LAOMO_TOKEN, or else one generated into
 * `<dataDir>/token` (mode 0600) on first start and reused after. `matchToken` compares in
 * constant time against every token and returns the name of the one that matched.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Config, MIN_TOKEN_LENGTH } from "../../model/config.ts";

export interface NamedToken {
  /** Who holds it (audit logs say who wrote what): `default` for LAOMO_TOKEN, `local` for the file. */
  name: string;
  token: string;
}

export interface ResolvedTokens {
  tokens: NamedToken[];
  /** env: from LAOMO_TOKEN(S); file: read from <dataDir>/token; generated: written there now. */
  source: "env" | "file" | "generated";
  /** The token file, when the tokens come from it. */
  file?: string;
}

export const TOKEN_FILE = "token";

/** Tokens set explicitly in the environment (both variables may be used together). */
export function tokensFromConfig(config: Pick<Config, "LAOMO_TOKEN" | "LAOMO_TOKENS">): NamedToken[] {
  const out: NamedToken[] = [...(config.LAOMO_TOKENS ?? [])];
  if (config.LAOMO_TOKEN) out.unshift({ name: "default", token: config.LAOMO_TOKEN });
  return out;
}

export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Reads the token file, creating it (0600) with a fresh token when absent. */
export async function loadOrCreateTokenFile(
  dataDir: string,
): Promise<{ token: string; created: boolean; file: string }> {
  const file = path.resolve(dataDir, TOKEN_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  const token = generateToken();
  try {
    await writeFile(file, `${token}\n`, { mode: 0o600, flag: "wx" });
    return { token, created: true, file };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const existing = (await readFile(file, "utf8")).trim();
  if (existing.length < MIN_TOKEN_LENGTH || /\s/.test(existing))
    throw new Error(`The token file ${file} is not a valid token: delete it to get a new one`);
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  return { token: existing, created: false, file };
}

/** Environment tokens win; otherwise the data dir's token file (created when missing). */
export async function resolveTokens(config: Config): Promise<ResolvedTokens> {
  const env = tokensFromConfig(config);
  if (env.length > 0) return { tokens: env, source: "env" };
  const { token, created, file } = await loadOrCreateTokenFile(config.LAOMO_DATA_DIR);
  return { tokens: [{ name: "local", token }], source: created ? "generated" : "file", file };
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** The name of the token equal to `candidate`, or null; time does not depend on where they differ. */
export function matchToken(tokens: readonly NamedToken[], candidate: string): string | null {
  const c = digest(candidate);
  let found: string | null = null;
  for (const t of tokens) {
    // Every token is compared (no early exit), on fixed-length digests.
    if (timingSafeEqual(digest(t.token), c) && found === null) found = t.name;
  }
  return found;
}
