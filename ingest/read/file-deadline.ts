/**
 * A per-file time limit, checked cooperatively between reading steps and between articles:
 * past it, `check()` throws a ReadRefusal (`took longer than N s`) and the file is skipped.
 * A single step (one regex, one mammoth call) is never interrupted.
 */
import { ReadRefusal } from "./read-refusal.ts";

export class FileDeadline {
  private readonly at: number;

  constructor(readonly seconds: number) {
    this.at = performance.now() + seconds * 1000;
  }

  get passed(): boolean {
    return performance.now() > this.at;
  }

  /** Throws when the time is up. */
  check(): void {
    if (this.passed) throw new ReadRefusal(`took longer than ${this.seconds} s`);
  }
}
