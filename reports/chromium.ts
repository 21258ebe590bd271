/**
 * The one place that says how we start headless Chromium: the system binary (Debian's
 * `chromium`, or LAOMO_CHROMIUM) with software rendering and no network side traffic.
 * Used by the PDF renderer, the browser tests and the first-frame bench.
 */
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.LAOMO_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}
