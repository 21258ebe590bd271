/**
 * Process configuration from the environment, validated once at boot with zod.
 * Server-side only (ingest, server, reports); the client never imports it.
 */
import { z } from "zod";

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
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`loadConfig: invalid environment (${issues})`);
  }
  return parsed.data;
}
