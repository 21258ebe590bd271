/**
 * A small typed error hierarchy shared by ingest, stores and server.
 * The server's one error middleware maps `status` to HTTP; tests check the class, not the text.
 */
export class AppError extends Error {
  readonly status: number = 500;
  readonly code: string = "internal";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends AppError {
  override readonly status = 400;
  override readonly code = "invalid_input";
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  override readonly code = "not_found";
}

/** A user query refused by the read-only guard (writes, schema changes, file access …). */
export class ForbiddenQueryError extends AppError {
  override readonly status = 400;
  override readonly code = "forbidden_query";
}

export class QueryTimeoutError extends AppError {
  override readonly status = 408;
  override readonly code = "query_timeout";
}

/** The embedded database crashed on a user query (in its worker process); the server kept running. */
export class QueryCrashedError extends AppError {
  override readonly status = 500;
  override readonly code = "query_crashed";
}

export class StoreUnavailableError extends AppError {
  override readonly status = 503;
  override readonly code = "store_unavailable";
}

/** A file that cannot be ingested; `file` names it and `reason` says why in one line. */
export class IngestFileError extends AppError {
  override readonly status = 422;
  override readonly code = "bad_file";
  constructor(
    readonly file: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }
}

/** A Neo4j Cypher form the embedded store cannot run and the console cannot rewrite; names the kuzu form. */
export class UnsupportedFormError extends AppError {
  override readonly status = 400;
  override readonly code = "unsupported_form";
}

/** A query the engine could not hold in memory (buffer pool full, cartesian products …). */
export class QueryTooLargeError extends AppError {
  override readonly status = 422;
  override readonly code = "query_too_large";
}

/** Too many requests queued or in flight; the client should retry after `retryAfterS` seconds. */
export class TooManyRequestsError extends AppError {
  override readonly status = 429;
  override readonly code = "too_many_requests";
  constructor(
    message: string,
    readonly retryAfterS: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A write without a token (401) … */
export class UnauthorizedError extends AppError {
  override readonly status = 401;
  override readonly code = "unauthorized";
}

/** … or with a wrong one, or from a foreign Host/Origin (403). */
export class ForbiddenError extends AppError {
  override readonly status = 403;
  override readonly code = "forbidden";
}
