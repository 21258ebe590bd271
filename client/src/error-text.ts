/**
 * The server's error codes in the user's language. The server's own message (English, with
 * the detail: which clause was refused, the kuzu form to write) is shown beside it.
 */
import { type StringKey, t } from "./i18n.ts";

const CODES = [
  "forbidden_query",
  "invalid_input",
  "unsupported_form",
  "query_too_large",
  "query_timeout",
  "query_crashed",
  "too_many_requests",
  "store_unavailable",
  "not_found",
  "unauthorized",
  "forbidden",
  "internal",
] as const;

/** A sentence for the code in the current language, or null for a code the client does not know. */
export function errorText(code: string): string | null {
  return (CODES as readonly string[]).includes(code) ? t(`err_${code}` as StringKey) : null;
}

export const KNOWN_ERROR_CODES: readonly string[] = CODES;
