/**
 * Admission for console queries, in front of the store's worker pool: at most `workers` queries
 * run at once, at most `queue` wait, and each client (IP; IPv6 by /64) has at most `perClient`
 * queued + running and never holds every worker. Fair order: the waiting query whose client runs
 * the fewest goes first. Over a bound → 429 at once; a query still waiting after `maxWaitMs` is
 * dropped with 429 rather than run late. A query's own timeout counts from when it starts.
 */
import { isIPv6 } from "node:net";
import { TooManyRequestsError } from "../../model/errors.ts";

export interface AdmissionLimits {
  /** Queries that run at once (the store's console workers). */
  workers: number;
  /** Queries that may wait for a worker. */
  queue: number;
  /** Queued + running queries of one client. */
  perClient: number;
  /** Longest wait in the queue before a query is dropped. */
  maxWaitMs: number;
  /** The Retry-After of a 429, in seconds. */
  retryAfterS: number;
}

interface Job {
  client: string;
  start: () => void;
  timer: NodeJS.Timeout | null;
}

/** The client key of a remote address: IPv4 as is, IPv6 by its /64 prefix. */
export function clientKey(ip: string | undefined): string {
  if (!ip) return "unknown";
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4?.[1]) return v4[1];
  if (!isIPv6(ip)) return ip;
  const [head = "", tail = ""] = ip.split("::");
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...h, ...Array(8 - h.length - t.length).fill("0"), ...t] : h;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export class ConsoleAdmission {
  private readonly queued: Job[] = [];
  private readonly running = new Map<string, number>();
  private readonly holding = new Map<string, number>();
  private active = 0;

  constructor(private readonly limits: AdmissionLimits) {}

  /** Queries running and waiting now. */
  get load(): { running: number; queued: number } {
    return { running: this.active, queued: this.queued.length };
  }

  /** A client may hold all workers but one (when there are several). */
  private get runCap(): number {
    return Math.max(1, this.limits.workers - 1);
  }

  private busy(message: string): TooManyRequestsError {
    return new TooManyRequestsError(message, this.limits.retryAfterS);
  }

  /** Runs `fn` for `client` when a worker is free, or throws TooManyRequestsError. */
  run<T>(client: string, fn: () => Promise<T>): Promise<T> {
    const held = this.holding.get(client) ?? 0;
    if (held >= this.limits.perClient) {
      return Promise.reject(
        this.busy(`Too many console queries from this client (at most ${this.limits.perClient} at a time)`),
      );
    }
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        client,
        timer: null,
        start: () => {
          fn()
            .then(resolve, reject)
            .finally(() => this.finish(client));
        },
      };
      this.holding.set(client, held + 1);
      this.queued.push(job);
      this.pump();
      if (!this.queued.includes(job)) return;
      if (this.queued.length > this.limits.queue) {
        this.drop(job);
        reject(this.busy("The console is busy; try again shortly"));
        return;
      }
      job.timer = setTimeout(() => {
        if (!this.queued.includes(job)) return;
        this.drop(job);
        reject(this.busy("The console is busy: the query waited too long and was not run"));
      }, this.limits.maxWaitMs);
    });
  }

  private drop(job: Job): void {
    this.queued.splice(this.queued.indexOf(job), 1);
    this.release(this.holding, job.client);
  }

  private release(map: Map<string, number>, client: string): void {
    const n = (map.get(client) ?? 0) - 1;
    if (n > 0) map.set(client, n);
    else map.delete(client);
  }

  private finish(client: string): void {
    this.active--;
    this.release(this.running, client);
    this.release(this.holding, client);
    this.pump();
  }

  /** Starts waiting queries while workers are free: fewest-running client first, then FIFO. */
  private pump(): void {
    while (this.active < this.limits.workers) {
      let best = -1;
      let bestRunning = Number.POSITIVE_INFINITY;
      for (let i = 0; i < this.queued.length; i++) {
        const r = this.running.get(this.queued[i]?.client ?? "") ?? 0;
        if (r < this.runCap && r < bestRunning) {
          best = i;
          bestRunning = r;
        }
      }
      const job = best >= 0 ? this.queued.splice(best, 1)[0] : undefined;
      if (!job) return;
      if (job.timer) clearTimeout(job.timer);
      this.active++;
      this.running.set(job.client, (this.running.get(job.client) ?? 0) + 1);
      job.start();
    }
  }
}
