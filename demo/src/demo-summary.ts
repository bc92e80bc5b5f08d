import type { GraphStore, SyncJobRecord } from '@cloud-inventory/graph-store';

export interface DemoSummary {
  jobId: string;
  state: string;
  error?: string;
  durationMs: number;
  totalResources: number;
  totalEdges: number;
  /** Counts of the job's changes against what the store held before. */
  changes: { created: number; updated: number; unchanged: number; deleted: number; failed: number };
  tasks: { total: number; byState: Record<string, number> };
  byKind: Record<string, number>;
  byRegion: Record<string, number>;
  /** kind -> region -> count. */
  byKindAndRegion: Record<string, Record<string, number>>;
}

/** What the demo prints after a sync: the job's outcome and what the graph now holds. */
export async function summarizeDemoSync(job: SyncJobRecord, store: GraphStore): Promise<DemoSummary> {
  const [rows, totalEdges] = await Promise.all([
    store.aggregate({ groupBy: ['kind', 'region'], value: { op: 'count' } }),
    store.countEdges(),
  ]);
  const byKind: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  const byKindAndRegion: Record<string, Record<string, number>> = {};
  const sortedRows = [...rows].sort(
    (a, b) =>
      (a.group.kind ?? '').localeCompare(b.group.kind ?? '') ||
      (a.group.region ?? '').localeCompare(b.group.region ?? ''),
  );
  for (const row of sortedRows) {
    const kind = row.group.kind ?? '';
    const region = row.group.region ?? '';
    byKind[kind] = (byKind[kind] ?? 0) + row.value;
    byRegion[region] = (byRegion[region] ?? 0) + row.value;
    (byKindAndRegion[kind] ??= {})[region] = row.value;
  }
  const byState: Record<string, number> = {};
  for (const task of job.tasks) byState[task.state] = (byState[task.state] ?? 0) + 1;
  const started = Date.parse(job.startedAt ?? job.createdAt);
  const finished = Date.parse(job.finishedAt ?? new Date().toISOString());
  return {
    jobId: job.id,
    state: job.state,
    ...(job.error ? { error: job.error } : {}),
    durationMs: finished - started,
    totalResources: Object.values(byKind).reduce((sum, count) => sum + count, 0),
    totalEdges,
    changes: { ...job.counts },
    tasks: { total: job.tasks.length, byState },
    byKind,
    byRegion: Object.fromEntries(Object.entries(byRegion).sort(([a], [b]) => a.localeCompare(b))),
    byKindAndRegion,
  };
}
