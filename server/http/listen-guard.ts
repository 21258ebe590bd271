/**
 * Start-up refusal: a server that listens beyond this machine (a non-loopback HOST) must have
 * its write token set explicitly (LAOMO_TOKEN or LAOMO_TOKENS); a generated token in the data
 * dir is for local use only.
 */
import type { Config } from "../../model/config.ts";
import { isLoopbackHost } from "./check-host.ts";
import { tokensFromConfig } from "./write-tokens.ts";

/** A one-line reason not to start, or null when the configuration is safe to listen with. */
export function listenRefusal(config: Pick<Config, "HOST" | "LAOMO_TOKEN" | "LAOMO_TOKENS">): string | null {
  if (isLoopbackHost(config.HOST) || tokensFromConfig(config).length > 0) return null;
  return (
    `Refusing to listen on HOST=${config.HOST} without a write token: ` +
    "set LAOMO_TOKEN (e.g. `openssl rand -base64 32`) or LAOMO_TOKENS=name:token,…, or use HOST=127.0.0.1."
  );
}

/** What to print at start about the token (the token itself only when it was just generated). */
export function tokenNotice(resolved: {
  source: "env" | "file" | "generated";
  tokens: readonly { name: string; token: string }[];
  file?: string;
}): string {
  if (resolved.source === "env")
    return `Writes need a token (LAOMO_TOKEN/LAOMO_TOKENS: ${resolved.tokens.map((t) => t.name).join(", ")}): Authorization: Bearer <token>`;
  if (resolved.source === "file")
    return `Writes need the token kept in ${resolved.file}: Authorization: Bearer <token>`;
  return [
    `Write token (new, kept in ${resolved.file}; shown once):`,
    `  ${resolved.tokens[0]?.token}`,
    "Send it on writes as `Authorization: Bearer <token>`; the explorer asks for it once, and",
    "`npm run ingest -- --server URL …` reads it from LAOMO_TOKEN or the data dir.",
  ].join("\n");
}
