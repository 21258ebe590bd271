/**
 * Builds the OpenAPI 3.1 document from the route declarations: path/query parameters
 * and request bodies come from the zod schemas (z.toJSONSchema), so docs cannot drift.
 */
import { z } from "zod";
import { type ApiRoute, openApiPath } from "./define-route.ts";

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const s = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete s.$schema;
  return s;
}

function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  if (!schema) return {};
  const maybe = schema as unknown as { shape?: Record<string, z.ZodType> };
  return maybe.shape ?? {};
}

function parameters(route: ApiRoute): Json[] {
  const out: Json[] = [];
  for (const [name, field] of Object.entries(objectShape(route.params))) {
    out.push({ name, in: "path", required: true, schema: jsonSchema(field, "input") });
  }
  for (const [name, field] of Object.entries(objectShape(route.query))) {
    const schema = jsonSchema(field, "input");
    const description = field.description;
    out.push({
      name,
      in: "query",
      required: !field.safeParse(undefined).success,
      schema,
      ...(description ? { description } : {}),
    });
  }
  return out;
}

const ERROR_SCHEMA: Json = {
  type: "object",
  required: ["error", "message"],
  properties: { error: { type: "string" }, message: { type: "string" } },
};

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid input or forbidden query",
  404: "Not found",
  408: "Query timeout",
  409: "Conflict (an ingest is already running)",
  413: "Payload too large",
  422: "A file cannot be ingested, or a query needs more memory than the database allows (query_too_large)",
  503: "Store unavailable",
};

export function buildOpenApi(routes: readonly ApiRoute[], info: { title: string; version: string }): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const content: Json = {};
    if (route.response.schema)
      content["application/json"] = { schema: jsonSchema(route.response.schema, "output") };
    for (const type of route.response.contentTypes ?? []) content[type] = { schema: { type: "string" } };
    if (Object.keys(content).length === 0) content["application/json"] = { schema: {} };
    const responses: Json = { 200: { description: route.response.description, content } };
    for (const status of [...(route.errors ?? []), 500]) {
      responses[status] = {
        description: ERROR_TEXT[status] ?? "Internal error",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
    const op: Json = {
      operationId: `${route.method}${openApiPath(route.path)
        .replace(/[{}]/g, "")
        .split(/[/-]/)
        .filter(Boolean)
        .map((s) => s[0]!.toUpperCase() + s.slice(1))
        .join("")}`,
      tags: [route.tag],
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      parameters: parameters(route),
      responses,
    };
    if (route.body) {
      op.requestBody = {
        required: true,
        content: { "application/json": { schema: jsonSchema(route.body, "input") } },
      };
    }
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method] = op;
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: { schemas: { Error: ERROR_SCHEMA } },
  };
}
