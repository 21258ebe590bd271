/**
 * Console admission as a unit: per-client limit, never all workers to one client, bounded
 * queue, fair order (a client with nothing running goes first), queue-wait drop, client keys.
 */
import { describe, expect, it } from "vitest";
import { TooManyRequestsError } from "../../model/errors.ts";
import { ConsoleAdmission, clientKey } from "./console-admission.ts";

/** A job that runs until released, recording its start. */
function gate(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((r) => {
    release = r;
  });
  const fn = () => {
    log.push(name);
    return done.then(() => name);
  };
  return { fn, release };
}

/** Lets finished jobs hand their worker on (promise callbacks run). */
const settle = () => new Promise((r) => setImmediate(r));

const LIMITS = { workers: 2, queue: 2, perClient: 3, maxWaitMs: 60_000, retryAfterS: 5 };

describe("ConsoleAdmission", () => {
  it("keeps one worker for other clients, refuses over the per-client limit and a full queue", async () => {
    const a = new ConsoleAdmission(LIMITS);
    const log: string[] = [];
    const [a1, a2, a3, a4, b1, c1, d1] = ["a1", "a2", "a3", "a4", "b1", "c1", "d1"].map((n) => gate(log, n));
    if (!a1 || !a2 || !a3 || !a4 || !b1 || !c1 || !d1) throw new Error("gates");
    const p1 = a.run("A", a1.fn);
    const p2 = a.run("A", a2.fn);
    const p3 = a.run("A", a3.fn);
    await expect(a.run("A", a4.fn)).rejects.toBeInstanceOf(TooManyRequestsError);
    expect(log).toEqual(["a1"]); // A may not hold both workers
    const pb = a.run("B", b1.fn);
    expect(log).toEqual(["a1", "b1"]);
    expect(a.load).toEqual({ running: 2, queued: 2 });
    const err = await a.run("C", c1.fn).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TooManyRequestsError);
    expect((err as TooManyRequestsError).retryAfterS).toBe(5);
    b1.release();
    await pb;
    await settle();
    // A keeps its one worker; the free one waits for another client, who runs at once.
    expect(log).toEqual(["a1", "b1"]);
    const pd = a.run("D", d1.fn);
    expect(log).toEqual(["a1", "b1", "d1"]);
    a1.release();
    await p1;
    await settle();
    expect(log).toEqual(["a1", "b1", "d1", "a2"]);
    for (const g of [a2, a3, d1]) g.release();
    await Promise.all([p2, p3, pd]);
    expect(log.at(-1)).toBe("a3");
  });

  it("serves the waiting client that runs the fewest first", async () => {
    const a = new ConsoleAdmission({ ...LIMITS, workers: 3 });
    const log: string[] = [];
    const g = Object.fromEntries(["a1", "a2", "b1", "b2", "c1"].map((n) => [n, gate(log, n)]));
    const run = (client: string, name: string) => a.run(client, (g[name] ?? gate(log, name)).fn);
    const all = [run("A", "a1"), run("B", "b1"), run("B", "b2"), run("A", "a2"), run("C", "c1")];
    expect(log).toEqual(["a1", "b1", "b2"]);
    g.b1?.release();
    await settle();
    // a2 waited longer, but A runs one query and C none.
    expect(log).toEqual(["a1", "b1", "b2", "c1"]);
    for (const k of ["a1", "b2", "c1", "a2"]) g[k]?.release();
    await Promise.all(all);
    expect(log.at(-1)).toBe("a2");
  });

  it("drops a query that waited longer than maxWaitMs instead of running it late", async () => {
    const a = new ConsoleAdmission({ ...LIMITS, workers: 1, maxWaitMs: 50 });
    const log: string[] = [];
    const slow = gate(log, "slow");
    const late = gate(log, "late");
    const p = a.run("A", slow.fn);
    await expect(a.run("B", late.fn)).rejects.toThrow(/waited too long/);
    slow.release();
    await p;
    await settle();
    expect(log).toEqual(["slow"]);
    expect(a.load).toEqual({ running: 0, queued: 0 });
  });

  it("keys clients by IPv4 address and IPv6 /64", () => {
    expect(clientKey("::ffff:127.0.0.2")).toBe("127.0.0.2");
    expect(clientKey("10.1.2.3")).toBe("10.1.2.3");
    expect(clientKey("2001:db8:0:1:aaaa::1")).toBe("2001:db8:0:1::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey(undefined)).toBe("unknown");
  });
});
