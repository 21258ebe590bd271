/**
 * mapNeo4jError on Neo4j 5 error codes with messages in the server's own wording (no Neo4j runs
 * in CI; `store.contract.test.ts` covers the live server when NEO4J_URI is set): status, code,
 * the name the user needs, no path, no raw text.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "../model/errors.ts";
import { hasPath } from "../model/scrub-paths.ts";
import { mapNeo4jError } from "./neo4j-errors.ts";

const neoError = (code: string, message: string) => Object.assign(new Error(message), { code });

const CASES: { code: string; message: string; status: number; error: string; says?: RegExp }[] = [
  {
    code: "Neo.ClientError.Statement.SyntaxError",
    message:
      "Invalid input 'RETRN': expected 'RETURN' (line 1, column 11 (offset: 10))\n\"MATCH (n) RETRN n\"\n           ^",
    status: 400,
    error: "invalid_input",
    says: /^Syntax error at line 1, column 11, near "RETRN"\.$/,
  },
  {
    code: "Neo.ClientError.Statement.SyntaxError",
    message: "Unknown function 'nosuchfn' (line 1, column 8 (offset: 7))\n\"RETURN nosuchfn($x)\"\n        ^",
    status: 400,
    error: "invalid_input",
    says: /^Unknown function "nosuchfn" at line 1, column 8\.$/,
  },
  {
    code: "Neo.ClientError.Statement.SyntaxError",
    message: 'Variable `y` not defined (line 1, column 8 (offset: 7))\n"RETURN y"\n        ^',
    status: 400,
    error: "invalid_input",
    says: /Unknown variable "y"/,
  },
  {
    code: "Neo.ClientError.Procedure.ProcedureNotFound",
    message:
      "There is no procedure with the name `nosuch` registered for this database instance. Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed.",
    status: 400,
    error: "invalid_input",
    says: /Unknown procedure "nosuch"/,
  },
  {
    code: "Neo.ClientError.Statement.ParameterMissing",
    message: "Expected parameter(s): x",
    status: 400,
    error: "invalid_input",
    says: /Missing parameter\(s\): x/,
  },
  {
    code: "Neo.ClientError.Statement.ArithmeticError",
    message: "/ by zero",
    status: 400,
    error: "invalid_input",
  },
  {
    code: "Neo.ClientError.Statement.ExternalResourceFailed",
    message: "Couldn't load the external resource at: file:/var/lib/neo4j/import/x.csv",
    status: 400,
    error: "invalid_input",
  },
  {
    code: "Neo.ClientError.Statement.TypeError",
    message: "Type mismatch: expected Integer but was String (line 1, column 8 (offset: 7))",
    status: 400,
    error: "invalid_input",
  },
  {
    code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    message:
      "The allocation of an extra 2.0 MiB would use more than the limit 100.0 MiB. Currently using 99.0 MiB. dbms.memory.transaction.total.max threshold reached",
    status: 422,
    error: "query_too_large",
    says: /LIMIT/,
  },
  {
    code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    message:
      "The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the timeout specified at its start by the client.",
    status: 408,
    error: "query_timeout",
  },
  {
    code: "Neo.ClientError.Statement.AccessMode",
    message: "Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)",
    status: 400,
    error: "forbidden_query",
  },
  {
    code: "ServiceUnavailable",
    message: "Could not perform discovery. No routing servers available. Known routing table: …",
    status: 503,
    error: "store_unavailable",
  },
  {
    code: "Neo.DatabaseError.General.UnknownError",
    message: "java.io.IOException: /data/databases/neo4j/neostore.nodestore.db: No space left on device",
    status: 500,
    error: "internal",
    says: /^The database could not run this query\.$/,
  },
];

describe("mapNeo4jError", () => {
  it.each(CASES)("$code → $status $error", ({ code, message, status, error, says }) => {
    const original = neoError(code, message);
    const mapped = mapNeo4jError(original, "query /srv/laomo");
    expect(mapped).toBeInstanceOf(AppError);
    expect({ status: (mapped as AppError).status, code: (mapped as AppError).code }).toEqual({
      status,
      code: error,
    });
    expect(mapped.message).not.toBe(message);
    expect(mapped.message).not.toMatch(/exception|java\.|Neo\./i);
    expect(hasPath(mapped.message), mapped.message).toBe(false);
    expect(mapped.cause).toBe(original);
    if (says) expect(mapped.message).toMatch(says);
  });

  it("passes on errors that are not the driver's", () => {
    const hook = new Error("simulated crash");
    expect(mapNeo4jError(hook, "replace graph")).toBe(hook);
  });
});
