/**
 * Maps Neo4j driver errors (by their status code) to the typed errors of `model/errors.ts`,
 * in one place.
 */
import {
  AppError,
  ForbiddenQueryError,
  InvalidInputError,
  QueryTimeoutError,
  StoreUnavailableError,
} from "../model/errors.ts";

export function mapNeo4jError(e: unknown, context: string): Error {
  if (e instanceof AppError) return e;
  const code =
    typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const message = e instanceof Error ? e.message : String(e);
  const text = `${context}: ${message}`;
  if (/TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/.test(code)) {
    return new QueryTimeoutError(text, { cause: e });
  }
  if (/Statement\.AccessMode|Security\.Forbidden|WriteOnReadOnlyAccessDbException/.test(code)) {
    return new ForbiddenQueryError(text, { cause: e });
  }
  if (/^Neo\.ClientError\.(Statement|Schema|Procedure)\./.test(code)) {
    return new InvalidInputError(text, { cause: e });
  }
  if (
    /ServiceUnavailable|SessionExpired|Security\.Unauthorized|Security\.AuthenticationRateLimit|DatabaseUnavailable|Database\.DatabaseNotFound/.test(
      code,
    )
  ) {
    return new StoreUnavailableError(text, { cause: e });
  }
  return new AppError(text, { cause: e });
}
