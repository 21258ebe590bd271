/**
 * Answers kept as JSON text for one graph generation (one skeleton): a hub's page, its
 * sentences and a neighbourhood are asked for again and again while people explore, and turning
 * rows into text is most of their cost. Bounded by entries and by bytes; the oldest entry goes
 * first. A new skeleton (an ingest or a correction finished) starts an empty cache, so no answer
 * outlives the graph it was made from.
 */
export class JsonBodyCache {
  private owner: object | null = null;
  private bodies = new Map<string, string>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  /**
   * The cached text of `key` for `owner` (the skeleton the answer is made from), else `make()`'s
   * result stringified and kept. A different owner than the last one empties the cache first.
   */
  async get(owner: object, key: string, make: () => Promise<unknown>): Promise<string> {
    if (this.owner !== owner) this.reset(owner);
    const hit = this.bodies.get(key);
    if (hit !== undefined) return hit;
    const body = JSON.stringify(await make());
    // The skeleton may have moved on while the answer was made: keep it only for its own.
    if (this.owner !== owner) return body;
    const size = body.length * 2;
    if (size > this.maxBytes) return body;
    while (this.bodies.size >= this.maxEntries || this.bytes + size > this.maxBytes) {
      const oldest = this.bodies.keys().next();
      if (oldest.done) break;
      this.bytes -= (this.bodies.get(oldest.value)?.length ?? 0) * 2;
      this.bodies.delete(oldest.value);
    }
    this.bodies.set(key, body);
    this.bytes += size;
    return body;
  }

  /** Entries and bytes (UTF-16) held now. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.bodies.size, bytes: this.bytes };
  }

  private reset(owner: object): void {
    this.owner = owner;
    this.bodies = new Map();
    this.bytes = 0;
  }
}
