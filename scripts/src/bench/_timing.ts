import { performance } from 'node:perf_hooks';

/** The p-th percentile (0–100) of durations sorted ascending; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export interface SequentialTiming {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** `run` after `warmUp` untimed calls, `requests` times one after another: throughput and latency in ms. */
export async function timeSequential(
  run: () => Promise<unknown>,
  { warmUp, requests }: { warmUp: number; requests: number },
): Promise<SequentialTiming> {
  for (let i = 0; i < warmUp; i++) await run();
  const durations: number[] = [];
  const started = performance.now();
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    await run();
    durations.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  return { requests, perSecond: requests / elapsed, p50: percentile(durations, 50), p99: percentile(durations, 99) };
}
