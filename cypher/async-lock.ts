/**
 * A tiny FIFO mutex for serialising async work (kuzu writes, one query per connection).
 * `run(fn)` waits for earlier holders, runs fn and releases even when fn throws.
 */
export class AsyncLock {
  private tail: Promise<void> = Promise.resolve();

  async run<T>(fn: () => Promise<T>): Promise<T> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.tail;
    this.tail = previous.then(() => next);
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
