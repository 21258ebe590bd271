/**
 * Declares the write token in an OpenAPI document: a `bearerAuth` security scheme, and on
 * every operation that needs the token (see require-token.ts) its `security` and the
 * 401/403 answers.
 */
import { requiresToken } from "./require-token.ts";

type Json = Record<string, unknown>;

const ERROR_REF = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

export function addWriteSecurity(doc: Json): Json {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const [p, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!requiresToken(method, p)) continue;
      op.security = [{ bearerAuth: [] }];
      const responses = (op.responses ?? {}) as Json;
      responses[401] = { description: "No token (Authorization: Bearer <token>)", content: ERROR_REF };
      responses[403] = { description: "Wrong token, or a foreign Host or Origin", content: ERROR_REF };
      op.responses = responses;
    }
  }
  const components = (doc.components ?? {}) as Json;
  components.securitySchemes = {
    bearerAuth: {
      type: "http",
      scheme: "bearer",
      description:
        "The write token: LAOMO_TOKEN / LAOMO_TOKENS, or the one generated into <dataDir>/token on first start.",
    },
  };
  doc.components = components;
  return doc;
}
