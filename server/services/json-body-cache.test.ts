/**
 * The per-generation answer cache: one answer made once per owner (skeleton), a new owner starts
 * empty, bounds by entries and bytes hold, failures are not kept, and an answer made while the
 * owner changed is not kept for the new one.
 */
import { describe, expect, it } from "vitest";
import { JsonBodyCache } from "./json-body-cache.ts";

describe("JsonBodyCache", () => {
  it("makes an answer once per owner and again for a new owner", async () => {
    const cache = new JsonBodyCache(10, 1 << 20);
    let made = 0;
    const make = async () => ({ n: ++made });
    const a = {};
    expect(await cache.get(a, "k", make)).toBe('{"n":1}');
    expect(await cache.get(a, "k", make)).toBe('{"n":1}');
    const b = {};
    expect(await cache.get(b, "k", make)).toBe('{"n":2}');
    expect(made).toBe(2);
  });

  it("keeps at most maxEntries and maxBytes, dropping the oldest first", async () => {
    const owner = {};
    const byCount = new JsonBodyCache(2, 1 << 20);
    for (const k of ["a", "b", "c"]) await byCount.get(owner, k, async () => k);
    expect(byCount.size.entries).toBe(2);
    let remade = false;
    await byCount.get(owner, "a", async () => {
      remade = true;
      return "a";
    });
    expect(remade).toBe(true);

    const byBytes = new JsonBodyCache(100, 100);
    await byBytes.get(owner, "x", async () => "x".repeat(20)); // 22 chars, 44 bytes
    await byBytes.get(owner, "y", async () => "y".repeat(20));
    await byBytes.get(owner, "z", async () => "z".repeat(20));
    expect(byBytes.size.bytes).toBeLessThanOrEqual(100);
    expect(byBytes.size.entries).toBe(2);
    // An answer larger than the whole budget is given but not kept.
    expect(await byBytes.get(owner, "big", async () => "b".repeat(80))).toHaveLength(82);
    expect(byBytes.size.entries).toBe(2);
  });

  it("keeps no failure, and no answer made across an owner change", async () => {
    const cache = new JsonBodyCache(10, 1 << 20);
    const a = {};
    await expect(
      cache.get(a, "k", async () => {
        throw new Error("not found");
      }),
    ).rejects.toThrow("not found");
    expect(cache.size.entries).toBe(0);

    const b = {};
    let release!: () => void;
    const slow = cache.get(a, "late", () => new Promise((r) => (release = () => r("old"))));
    await cache.get(b, "other", async () => "new"); // the owner moves on meanwhile
    release();
    expect(await slow).toBe('"old"');
    expect(cache.size.entries).toBe(1);
    expect(await cache.get(b, "late", async () => "fresh")).toBe('"fresh"');
  });
});
