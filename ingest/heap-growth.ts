/**
 * How far V8 lets the heap grow past what a full garbage collection found live before it collects
 * again. By default the factor is up to 4 under a large `--max-old-space-size` (the ingest's is
 * 10 GiB), so a run whose live data is 600 MiB can hold 2 GiB of garbage: measured at 30k articles,
 * peak RSS 2,817 MiB with V8's default and 2,021 MiB at 1.5, in the same time. The ingest CLI and
 * the bench set it at start (a process-wide V8 flag, read at each collection). `collectGarbage`
 * collects at once where a stage has just let most of its data go.
 */
import v8 from "node:v8";
import { runInNewContext } from "node:vm";

/** Growth of the heap past the live data, in percent, the ingest processes allow. */
export const INGEST_HEAP_GROWING_PERCENT = 50;

/** Caps the heap's growth between full collections at `percent` % of the live data. */
export function limitHeapGrowth(percent = INGEST_HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}

let collect: (() => void) | undefined;

/**
 * A full garbage collection now. A whole resolution leaves its garbage (the journal's parsed
 * entries, the resolver's working maps, the graph as objects once it is saved as texts) in a heap
 * that V8 would let grow to 1.5× the live data it last found before collecting: at 30k articles
 * the store write began with 620 MiB of heap in use of which 190 MiB were live. Called once at that
 * boundary (the ingest's own `gc`, taken from a context made while `--expose-gc` is set).
 */
export function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}
