/**
 * Maps kuzu exceptions (plain Errors whose message starts with the exception kind) to the
 * typed errors of `model/errors.ts`, in one place.
 */
import { AppError, InvalidInputError, QueryTimeoutError, StoreUnavailableError } from "../model/errors.ts";

export function mapKuzuError(e: unknown, context: string): Error {
  if (e instanceof AppError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/^Interrupted/i.test(message)) {
    return new QueryTimeoutError(`${context}: query timed out and was interrupted`, { cause: e });
  }
  if (
    /^(Parser|Binder|Runtime|Conversion|Overflow) exception/i.test(message) ||
    /Parameter .* not found/i.test(message)
  ) {
    return new InvalidInputError(`${context}: ${message}`, { cause: e });
  }
  if (/Could not set lock|lock on file|IO exception: Could not/i.test(message)) {
    return new StoreUnavailableError(
      `${context}: the embedded database is in use by another process (is the server running?): ${message}`,
      { cause: e },
    );
  }
  return new AppError(`${context}: ${message}`, { cause: e });
}
