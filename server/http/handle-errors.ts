/**
 * The one error middleware: AppError subclasses → their status and `{ error: code, message }`;
 * zod errors → 400 invalid_input; body-parser errors keep their 4xx; anything else → 500
 * with a generic message (logged server-side, never a stack trace to the client). No answer
 * carries a file path (scrubbed from every message).
 */
import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import { AppError, NotFoundError, TooManyRequestsError, UnauthorizedError } from "../../model/errors.ts";
import { scrubPaths } from "../../model/scrub-paths.ts";

export interface ErrorBody {
  error: string;
  message: string;
}

function zodMessage(err: ZodError): string {
  return err.issues
    .map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/** Express-style errors from body-parser and friends carry `status`/`type`. */
function httpErrorOf(err: unknown): { status: number; type: string; message: string } | null {
  if (typeof err !== "object" || err === null) return null;
  const e = err as {
    status?: unknown;
    statusCode?: unknown;
    type?: unknown;
    message?: unknown;
    expose?: unknown;
  };
  const status =
    typeof e.status === "number" ? e.status : typeof e.statusCode === "number" ? e.statusCode : 0;
  if (status < 400 || status >= 500) return null;
  return {
    status,
    type: typeof e.type === "string" ? e.type : "bad_request",
    message: e.expose !== false && typeof e.message === "string" ? e.message : "Bad request",
  };
}

export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  // Messages are ours, but a path may slip into one (a file name, an engine's text): never echo it.
  if (err instanceof AppError)
    return { status: err.status, body: { error: err.code, message: scrubPaths(err.message) } };
  if (err instanceof ZodError)
    return { status: 400, body: { error: "invalid_input", message: zodMessage(err) } };
  const http = httpErrorOf(err);
  if (http) {
    const code = http.status === 413 ? "payload_too_large" : "invalid_input";
    return { status: http.status, body: { error: code, message: scrubPaths(http.message) } };
  }
  return { status: 500, body: { error: "internal", message: "Internal server error" } };
}

export function errorMiddleware(log: (err: unknown) => void = (e) => console.error(e)): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, body } = toErrorResponse(err);
    if (status >= 500) log(err);
    if (err instanceof TooManyRequestsError) res.setHeader("Retry-After", String(err.retryAfterS));
    if (err instanceof UnauthorizedError) res.setHeader("WWW-Authenticate", 'Bearer realm="laomo-graph"');
    res.status(status).json(body);
  };
}

/** 404 for unknown /api paths (JSON, same shape). */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No API route ${req.method} ${req.path}`));
};
