import { createHash } from 'node:crypto';
import type { GraphStore, SearchPage } from '../src/index.js';
import { captureStatements } from './query-plans.js';
import type { BenchQuery } from './query-set.js';

export interface QueryMeasurement {
  name: string;
  /** Timed runs (fewer than asked when a query is slow: see QUERY_BUDGET_MS). */
  runs: number;
  p50Ms?: number;
  p95Ms?: number;
  /** The first page alone (what a client waits for before it shows anything). */
  firstPageP50Ms?: number;
  /** Resources, changes or rows over every page. */
  rows?: number;
  /** Of the whole answer in order: equal digests on both stores mean the same answer. */
  digest?: string;
  error?: string;
}

const PAGE_SIZE = 1000;
/** Timed runs of one query stop once they have taken this long (and at least MIN_RUNS ran). */
const QUERY_BUDGET_MS = 30_000;
const MIN_RUNS = 3;

interface Answer {
  rows: number;
  digest: string;
  totalMs: number;
  firstPageMs: number;
}

/** The whole answer, page after page. */
async function answer(store: GraphStore, query: BenchQuery): Promise<Answer> {
  const hash = createHash('sha1');
  let rows = 0;
  let firstPageMs = 0;
  const started = performance.now();
  let token: string | undefined;
  do {
    const page: SearchPage = await store.search(query.query, {
      limit: PAGE_SIZE,
      ...(token === undefined ? {} : { pageToken: token }),
    });
    if (firstPageMs === 0) firstPageMs = performance.now() - started;
    for (const resource of page.resources ?? []) hash.update(`${resource.uid}\n`);
    for (const change of page.changes ?? []) hash.update(`${change.uid} ${change.change} ${change.at}\n`);
    for (const row of page.rows ?? []) hash.update(`${JSON.stringify(row)}\n`);
    rows += (page.resources?.length ?? 0) + (page.changes?.length ?? 0) + (page.rows?.length ?? 0);
    token = page.nextPageToken;
  } while (token !== undefined);
  return { rows, digest: hash.digest('hex').slice(0, 12), totalMs: performance.now() - started, firstPageMs };
}

export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** One untimed run that records the statements, then up to `runs` timed runs. */
export async function measureQuery(
  store: GraphStore,
  query: BenchQuery,
  runs: number,
): Promise<{ measurement: QueryMeasurement; statements: Awaited<ReturnType<typeof captureStatements>> | undefined }> {
  let warm: Awaited<ReturnType<typeof captureStatements<Answer>>>;
  try {
    warm = await captureStatements(() => answer(store, query));
  } catch (error) {
    return { measurement: { name: query.name, runs: 0, error: messageOf(error) }, statements: undefined };
  }
  const totals: number[] = [];
  const firstPages: number[] = [];
  const started = performance.now();
  try {
    while (totals.length < runs && (totals.length < MIN_RUNS || performance.now() - started < QUERY_BUDGET_MS)) {
      const timed = await answer(store, query);
      totals.push(timed.totalMs);
      firstPages.push(timed.firstPageMs);
    }
  } catch (error) {
    return { measurement: { name: query.name, runs: totals.length, error: messageOf(error) }, statements: warm };
  }
  return {
    measurement: {
      name: query.name,
      runs: totals.length,
      p50Ms: round(percentile(totals, 0.5)),
      p95Ms: round(percentile(totals, 0.95)),
      firstPageP50Ms: round(percentile(firstPages, 0.5)),
      rows: warm.result.rows,
      digest: warm.result.digest,
    },
    statements: warm,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error);
}
