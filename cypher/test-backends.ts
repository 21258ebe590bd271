/**
 * The stores a contract test runs against: the embedded kuzu store always, Neo4j when NEO4J_URI
 * is set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE as for the server). Tests only.
 */
import { openKuzuStore } from "./kuzu-store.ts";
import { openNeo4jStore } from "./neo4j-store.ts";
import type { GraphStore } from "./store.ts";

export interface Backend {
  name: string;
  enabled: boolean;
  open(dir: string): Promise<GraphStore>;
}

export const NEO4J_URI = process.env.NEO4J_URI;

export const backends: Backend[] = [
  { name: "embedded (kuzu)", enabled: true, open: (dir) => openKuzuStore({ dataDir: dir }) },
  {
    name: "neo4j",
    enabled: Boolean(NEO4J_URI),
    open: () =>
      openNeo4jStore({
        uri: NEO4J_URI ?? "",
        user: process.env.NEO4J_USER ?? "neo4j",
        password: process.env.NEO4J_PASSWORD ?? "laomo-graph",
        database: process.env.NEO4J_DATABASE,
      }),
  },
];
