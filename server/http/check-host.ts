/**
 * DNS-rebinding defence. On a loopback listener every request must name the server as
 * localhost, 127.0.0.1, [::1], its own HOST or a LAOMO_ALLOWED_HOSTS entry (403 otherwise);
 * on any listener a write that carries an Origin must come from the Host it is sent to.
 */
import { isIP } from "node:net";
import type { RequestHandler } from "express";
import type { Config } from "../../model/config.ts";
import { ForbiddenError } from "../../model/errors.ts";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** Methods that never change anything. */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

/** `[::1]:3000` → `[::1]`, `Example.COM.:80` → `example.com`; IPv6 keeps its brackets. */
export function hostnameOf(hostHeader: string): string {
  let h = hostHeader.trim().toLowerCase();
  if (h.startsWith("[")) {
    const end = h.indexOf("]");
    h = end < 0 ? h : h.slice(0, end + 1);
  } else if (h.indexOf(":") === h.lastIndexOf(":")) {
    h = h.replace(/:\d*$/, "");
  } else if (isIP(h) === 6) {
    h = `[${h}]`;
  }
  return h.replace(/\.$/, "");
}

/** Whether a listen address (HOST) only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  if (h === "localhost") return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) return h === "::1" || /^::ffff:127\./.test(h);
  return false;
}

/** The Host names accepted, or null when any is (a non-loopback listener without LAOMO_ALLOWED_HOSTS). */
export function allowedHostnames(config: Pick<Config, "HOST" | "LAOMO_ALLOWED_HOSTS">): Set<string> | null {
  const extra = config.LAOMO_ALLOWED_HOSTS.map(hostnameOf);
  if (!isLoopbackHost(config.HOST) && extra.length === 0) return null;
  const own = hostnameOf(isIP(config.HOST) === 6 ? `[${config.HOST}]` : config.HOST);
  return new Set([...LOOPBACK_NAMES, own, ...extra]);
}

export function checkHost(config: Pick<Config, "HOST" | "LAOMO_ALLOWED_HOSTS">): RequestHandler {
  const allowed = allowedHostnames(config);
  return (req, _res, next) => {
    if (allowed === null) return next();
    const host = req.headers.host;
    if (!host || !allowed.has(hostnameOf(host)))
      return next(
        new ForbiddenError("This server does not answer to that host name (see LAOMO_ALLOWED_HOSTS)"),
      );
    next();
  };
}

/** Writes from a browser page must be same-origin: Origin's host:port equals the Host header. */
export const checkOrigin: RequestHandler = (req, _res, next) => {
  const origin = req.headers.origin;
  if (isSafeMethod(req.method) || origin === undefined) return next();
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    originHost = null;
  }
  const host = (req.headers.host ?? "").trim().toLowerCase();
  if (!originHost || originHost !== host)
    return next(new ForbiddenError("Cross-origin writes are not allowed"));
  next();
};
