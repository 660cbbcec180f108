/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds since some fixed point, sub-millisecond. */
export function now(): number {
  return performance.now();
}

/**
 * Collects garbage when the process runs with `--expose-gc`. Only outside the
 * timed parts: V8's forced full collection also throws away warm code and
 * inline caches, and measured 5–8× slower for the next few thousand members.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Peak resident set size of this process so far, in MB (`process.resourceUsage().maxRSS` is in KB). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Current resident set size, in MB. */
export function rssMb(): number {
  return process.memoryUsage.rss() / (1024 * 1024);
}
