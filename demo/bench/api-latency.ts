/** Latencies of one method in one phase, as the load processes measured them (ms, each call from send to answer). */
export interface MethodFigures {
  calls: number;
  errors: number;
  callsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** What one load process sends back at the end of a phase. */
export interface LoadReport {
  /** Per method: every successful call's latency in ms (0.1 ms precision). */
  latencies: Record<string, number[]>;
  /** Per method: the calls that failed, and the first few distinct messages. */
  errors: Record<string, { count: number; messages: string[] }>;
  /** From the first call sent to the last answer received. */
  elapsedMs: number;
}

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Merges the load processes' reports of one phase into figures per method, and for all methods together. */
export function figuresOf(reports: readonly LoadReport[], phaseMs: number): Record<string, MethodFigures> {
  const methods = new Set(
    reports.flatMap((report) => [...Object.keys(report.latencies), ...Object.keys(report.errors)]),
  );
  const figures: Record<string, MethodFigures> = {};
  const every: number[] = [];
  let everyError = 0;
  const round = (value: number) => Math.round(value * 10) / 10;
  const figuresFor = (latencies: number[], errors: number): MethodFigures => {
    latencies.sort((a, b) => a - b);
    return {
      calls: latencies.length,
      errors,
      callsPerSecond: round((latencies.length / phaseMs) * 1000),
      p50Ms: round(percentile(latencies, 0.5)),
      p99Ms: round(percentile(latencies, 0.99)),
      maxMs: round(latencies[latencies.length - 1] ?? 0),
    };
  };
  for (const method of [...methods].sort()) {
    const latencies = reports.flatMap((report) => report.latencies[method] ?? []);
    const errors = reports.reduce((sum, report) => sum + (report.errors[method]?.count ?? 0), 0);
    every.push(...latencies);
    everyError += errors;
    figures[method] = figuresFor(latencies, errors);
  }
  figures.all = figuresFor(every, everyError);
  return figures;
}
