/**
 * Peak memory of the benchmark process: an RSS high-water mark sampled on a timer plus
 * the kernel's own maximum (`process.resourceUsage().maxRSS`, KiB on Linux).
 */

/** Peak figures of one process (or of one stage within it): MiB. */
export interface MemoryFigures {
  peakRssMiB: number;
  /** `process.resourceUsage().maxRSS`: the process's maximum since it started. */
  maxRssMiB: number;
  peakHeapMiB: number;
}

export interface MemorySampler {
  /** Take a sample now (call between heavy synchronous steps; the timer cannot run during them). */
  sample(): void;
  stop(): MemoryFigures;
}

export function startMemorySampler(intervalMs = 50): MemorySampler {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      const mib = (b: number) => b / 1024 / 1024;
      return {
        peakRssMiB: mib(peakRss),
        maxRssMiB: process.resourceUsage().maxRSS / 1024,
        peakHeapMiB: mib(peakHeap),
      };
    },
  };
}
