/**
 * Removes file-system paths from a message meant for API clients: absolute POSIX and Windows
 * paths, `~/…` and `./…` paths become `<path>`. URL paths such as `/api/stats` are kept (they name
 * a route, not a file). Used by the engine error mappers and the error middleware.
 */

/** Directories under which a `/…` word is a file path, never an API route. */
const ROOTS =
  "tmp|home|root|usr|etc|var|opt|proc|sys|dev|srv|mnt|media|run|work|data|app|bin|sbin|lib|lib64|snap|nix|private|Users|Volumes";

const PATTERNS: RegExp[] = [
  // file:// URLs
  /file:\/\/\S+/gi,
  // /tmp/x, /home/u/…, "/etc/passwd" (a known root, then at least one more segment or the end)
  new RegExp(String.raw`(?<![\w.:/-])/(?:${ROOTS})(?:/[^\s"'<>|:;,)\]]*)?`, "g"),
  // any absolute path of three or more segments (/a/b/c), whatever its root, but API routes
  /(?<![\w.:/-])\/(?!api\/)[\w.-]+\/[\w.-]+\/[^\s"'<>|:;,)\]]+/g,
  // C:\… and \\server\share\…
  /(?<![\w])(?:[A-Za-z]:|\\\\[\w.-]+)\\[^\s"'<>|:;,)\]]*/g,
  // ~/x, ./x, ../x
  /(?<![\w.])(?:~|\.{1,2})\/[^\s"'<>|:;,)\]]+/g,
];

/** `text` with every path-like word replaced by `<path>`. */
export function scrubPaths(text: string): string {
  let out = text;
  for (const p of PATTERNS) out = out.replace(p, "<path>");
  return out;
}

/** True when `text` still holds something that looks like a file path. */
export function hasPath(text: string): boolean {
  return scrubPaths(text) !== text;
}
