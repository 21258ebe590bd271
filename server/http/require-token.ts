/**
 * Every write needs `Authorization: Bearer <token>`: 401 without one, 403 with a wrong one.
 * Reads (GET/HEAD/OPTIONS) and the read-only console (`POST /api/cypher`) stay open. Runs
 * before body parsing; the token holder's name goes to `res.locals.tokenName`.
 */
import type { RequestHandler } from "express";
import { ForbiddenError, UnauthorizedError } from "../../model/errors.ts";
import { isSafeMethod } from "./check-host.ts";
import { matchToken, type NamedToken } from "./write-tokens.ts";

/** Non-GET routes that only read (matched after the normalisation Express itself applies). */
export const OPEN_WRITES: readonly string[] = ["POST /api/cypher"];

/** Express matches paths case-insensitively and ignores one trailing slash: so does this. */
export function requiresToken(method: string, path: string): boolean {
  if (isSafeMethod(method.toUpperCase())) return false;
  const key = `${method.toUpperCase()} ${path.toLowerCase().replace(/\/+$/, "")}`;
  return !OPEN_WRITES.includes(key);
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export function requireToken(tokens: readonly NamedToken[]): RequestHandler {
  return (req, res, next) => {
    if (!requiresToken(req.method, req.path)) return next();
    const candidate = BEARER.exec(req.headers.authorization ?? "")?.[1];
    if (candidate === undefined)
      return next(new UnauthorizedError("This request needs a token: Authorization: Bearer <token>"));
    const name = tokens.length > 0 ? matchToken(tokens, candidate) : null;
    if (name === null) return next(new ForbiddenError("Wrong token"));
    res.locals.tokenName = name;
    next();
  };
}
