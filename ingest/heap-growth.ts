/**
 * How far V8 lets the heap grow past what a full garbage collection found live before it collects
 * again. By default the factor is up to 4 under a large `--max-old-space-size` (the ingest's is
 * 10 GiB), so a run whose live data is 600 MiB can hold 2 GiB of garbage: measured at 30k articles,
 * peak RSS 2,817 MiB with V8's default and 2,021 MiB at 1.5, in the same time. The ingest CLI and
 * the bench set it at start (a process-wide V8 flag, read at each collection).
 */
import v8 from "node:v8";

/** Growth of the heap past the live data, in percent, the ingest processes allow. */
export const INGEST_HEAP_GROWING_PERCENT = 50;

/** Caps the heap's growth between full collections at `percent` % of the live data. */
export function limitHeapGrowth(percent = INGEST_HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
