/**
 * helmet with the explorer's CSP (own scripts, blob/module workers). Over plain HTTP (the
 * default) neither HSTS nor `upgrade-insecure-requests` is sent: they would make a browser
 * fetch the assets of http://<lan-ip>:port over https and show a blank page. LAOMO_HTTPS=1
 * (clients come over https, e.g. through a TLS proxy) turns both on.
 */
import type { RequestHandler } from "express";
import helmet from "helmet";
import type { Config } from "../../model/config.ts";

export function securityHeaders(config: Pick<Config, "LAOMO_HTTPS">): RequestHandler {
  const https = config.LAOMO_HTTPS;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        workerSrc: ["'self'", "blob:"],
        childSrc: ["'self'", "blob:"],
        imgSrc: ["'self'", "data:", "blob:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}
