/**
 * Typed errors of the reports module. Both extend the shared AppError, so the server's one
 * error middleware maps them to HTTP (409 for an ambiguous name, 503 when PDF is unavailable).
 */
import { AppError } from "../model/errors.ts";

export interface NameCandidate {
  id: string;
  label: string;
  name: string;
  /** Employers (persons) or another short hint that tells same-name nodes apart. */
  hints: string[];
}

/** A name that matches several nodes; the caller should pick one by id. */
export class AmbiguousNameError extends AppError {
  override readonly status = 409;
  override readonly code = "ambiguous_name";
  constructor(
    readonly query: string,
    readonly candidates: NameCandidate[],
  ) {
    super(
      `"${query}" matches ${candidates.length} nodes; pass an id instead: ` +
        candidates
          .map((c) => `${c.id} ${c.name}${c.hints.length ? ` (${c.hints.join("、")})` : ""}`)
          .join("; "),
    );
  }
}

/** PDF output needs a local Chromium. */
export class PdfUnavailableError extends AppError {
  override readonly status = 503;
  override readonly code = "pdf_unavailable";
}
