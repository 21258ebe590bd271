/**
 * The events view's service: builds the event index once (and again after an ingest) and
 * answers filtered queries from it in memory, so facet counts and the timeline cost no query.
 */
import type { GraphStore } from "../../cypher/store.ts";
import type { EventItem, EventsFilter, EventsResult } from "../events-schemas.ts";
import { filterEvents, loadEventIndex } from "./event-index.ts";

export class EventsService {
  private index: Promise<EventItem[]> | null = null;
  private primed: (() => Promise<EventItem[]>) | null = null;

  constructor(private readonly store: GraphStore) {}

  private load(): Promise<EventItem[]> {
    if (!this.index) {
      // The start cache's index when one was primed, else read from the store.
      const p = this.primed ? this.primed() : loadEventIndex(this.store);
      this.primed = null;
      this.index = p;
      p.catch(() => {
        if (this.index === p) this.index = null;
      });
    }
    return this.index;
  }

  async events(filter: EventsFilter): Promise<EventsResult> {
    return filterEvents(await this.load(), filter);
  }

  /**
   * Reads the index now (server start, after an ingest) so that the first request finds it
   * ready; a failure is left to the next request, which tries again.
   */
  async warm(): Promise<void> {
    this.index = null;
    this.primed = null;
    await this.load().catch(() => {});
  }

  /** The index (read when absent): what the start cache persists. */
  items(): Promise<EventItem[]> {
    return this.load();
  }

  /**
   * Adopts an index read from the start cache (server/services/start-cache.ts), parsed on the
   * first request that needs it.
   */
  prime(items: () => EventItem[]): void {
    this.index = null;
    this.primed = () => Promise.resolve().then(items);
  }

  /** Forget the index (after an ingest); the next request reads the new graph. */
  invalidate(): void {
    this.index = null;
    this.primed = null;
  }
}
