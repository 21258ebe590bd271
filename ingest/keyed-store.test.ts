/**
 * The keyed store: a whole write read back by key, saves of changed shards only, packs folded past
 * MAX_PACKS, and the leftovers of a save cut before its commit ignored, then cleared.
 */
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KeyedStore, MAX_PACKS, MapTable, wholeOf } from "./keyed-store.ts";
import { useTempDirs } from "./test-temp-dirs.ts";

const tempDir = useTempDirs();

const entries = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`k${i}`, `值${i}`]));

async function packs(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith(".pack"));
}

describe("KeyedStore", () => {
  it("reads back a whole write key by key, a shard at a time", async () => {
    const dir = await tempDir("laomo-keyed-");
    await KeyedStore.writeWhole(dir, { v: 1 }, [wholeOf("t", new MapTable(entries(1000)), 16)]);
    const store = (await KeyedStore.open(dir))!;
    expect(store.head).toEqual({ v: 1 });
    const t = store.table("t");
    expect(t.size).toBe(1000);
    expect(t.get("k7")).toBe("值7");
    expect(t.get("k7000")).toBeUndefined();
    expect(store.shardReads).toBeLessThanOrEqual(2);
    await t.preload(["k1", "k2", "k3"]);
    const after = store.shardReads;
    expect([t.get("k1"), t.get("k2"), t.get("k3")]).toEqual(["值1", "值2", "值3"]);
    expect(store.shardReads).toBe(after);
    expect(new Map(t.entries())).toEqual(entries(1000));
  });

  it("writes a whole pack in steps (startWhole): the store is the last committed one until the commit", async () => {
    const dir = await tempDir("laomo-keyed-");
    await KeyedStore.writeWhole(dir, { v: 1 }, [wholeOf("t", new MapTable(entries(10)), 4)]);
    const staged = KeyedStore.startWhole(dir, [wholeOf("t", new MapTable(entries(1000)), 16)]);
    await expect(staged.commit({ v: 2 })).rejects.toThrow(/before the pack was written/);
    let steps = 0;
    for (const _ of staged.steps) steps += 1;
    expect(steps).toBe(64); // one per shard written (1,000 entries at 16 a shard: 64 shards)
    const before = (await KeyedStore.open(dir))!;
    expect([before.head, before.table("t").size]).toEqual([{ v: 1 }, 10]);
    const written = await staged.commit({ v: 2 });
    expect(written.shards).toBe(64);
    const after = (await KeyedStore.open(dir))!;
    expect(after.head).toEqual({ v: 2 });
    expect(new Map(after.table("t").entries())).toEqual(entries(1000));
    expect(await packs(dir)).toHaveLength(1);
  });

  it("keeps every string exactly: ASCII, Chinese, an emoji, a lone surrogate, an empty string (format 2)", async () => {
    const dir = await tempDir("laomo-keyed-");
    const odd = new Map([
      ["ascii", "plain text"],
      ["中文键", "远江市劳动模范"],
      ["emoji", "劳模👷"],
      ["lone", "a\ud800b"],
      ["empty", ""],
      ["", "empty key"],
    ]);
    await KeyedStore.writeWhole(dir, {}, [wholeOf("t", new MapTable(odd), 2)]);
    const t = (await KeyedStore.open(dir))!.table("t");
    expect(new Map(t.entries())).toEqual(odd);
    // A save of changed shards writes the same format.
    const store = (await KeyedStore.open(dir))!;
    store.table("t").set("lone", "\udfffz");
    await store.save({});
    expect((await KeyedStore.open(dir))!.table("t").get("lone")).toBe("\udfffz");
  });

  it("saves only changed shards, folds packs past MAX_PACKS, and keeps every value", async () => {
    const dir = await tempDir("laomo-keyed-");
    await KeyedStore.writeWhole(dir, { n: 0 }, [wholeOf("t", new MapTable(entries(2000)), 16)]);
    const want = entries(2000);
    for (let round = 1; round <= 3 * MAX_PACKS; round++) {
      const store = (await KeyedStore.open(dir))!;
      const t = store.table("t");
      t.set(`k${round * 37}`, `新${round}`);
      want.set(`k${round * 37}`, `新${round}`);
      t.delete(`k${round * 41 + 1}`);
      want.delete(`k${round * 41 + 1}`);
      const saved = await store.save({ n: round });
      expect(saved.shards).toBeLessThanOrEqual(2 + 2000); // a fold may copy shards
      expect((await packs(dir)).length).toBeLessThanOrEqual(MAX_PACKS);
    }
    const store = (await KeyedStore.open(dir))!;
    expect(store.head).toEqual({ n: 3 * MAX_PACKS });
    expect(store.table("t").size).toBe(want.size);
    expect(new Map(store.table("t").entries())).toEqual(want);
  });

  it("cuts a table grown by saves into more shards", async () => {
    const dir = await tempDir("laomo-keyed-");
    await KeyedStore.writeWhole(dir, {}, [wholeOf("t", new MapTable(entries(10)), 4)]);
    const want = entries(10);
    for (let round = 0; round < 5; round++) {
      const store = (await KeyedStore.open(dir))!;
      for (let i = 0; i < 40; i++) {
        store.table("t").set(`n${round}-${i}`, `${i}`);
        want.set(`n${round}-${i}`, `${i}`);
      }
      await store.save({});
    }
    const store = (await KeyedStore.open(dir))!;
    const t = store.table("t");
    expect(t.size).toBe(210);
    // 210 entries aimed at 4 a shard: cut again when they passed 4 × 4 × the shards.
    expect(t.shards).toBeGreaterThanOrEqual(32);
    expect(t.get("n3-7")).toBe("7");
    expect(store.shardReads).toBe(1);
    expect(new Map(t.entries())).toEqual(want);
  });

  it("ignores what a save cut before its commit left, and clears it on the next save", async () => {
    const dir = await tempDir("laomo-keyed-");
    await KeyedStore.writeWhole(dir, { n: 0 }, [wholeOf("t", new MapTable(entries(100)), 8)]);
    // A pack and a manifest written aside by a run killed before the rename.
    const [pack] = await packs(dir);
    const next = Number(/p(\d+)/.exec(pack!)![1]) + 1;
    await writeFile(path.join(dir, `p${next}.pack`), "half a pack");
    await writeFile(path.join(dir, "manifest.v8.999.tmp"), "half a manifest");
    const store = (await KeyedStore.open(dir))!;
    expect(store.table("t").get("k5")).toBe("值5");
    store.table("t").set("k5", "五");
    await store.save({ n: 1 });
    expect((await readdir(dir)).sort()).toEqual(["manifest.v8", pack!, `p${next}.pack`].sort());
    const again = (await KeyedStore.open(dir))!;
    expect(again.table("t").get("k5")).toBe("五");
    expect(again.table("t").get("k6")).toBe("值6");
  });
});
