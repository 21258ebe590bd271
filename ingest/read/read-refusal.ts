/**
 * A reader's refusal: one user-facing reason why a file cannot be read.
 * `readDocument` turns it into an `IngestFileError` carrying the file name.
 */
export class ReadRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "ReadRefusal";
  }
}
