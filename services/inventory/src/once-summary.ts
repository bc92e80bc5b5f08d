import type { GraphStore, SyncJobRecord } from '@cloud-inventory/graph-store';

export interface OnceSummary {
  jobId: string;
  state: string;
  durationMs: number;
  tasks: Record<string, number>;
  resourcesByKind: Record<string, number>;
  changes: { created: number; updated: number; unchanged: number; deleted: number; failed: number };
  error?: string;
}

/** What `npm start -- --once --json` prints: the job's outcome and what the graph now holds. */
export async function summarizeJob(job: SyncJobRecord, store: GraphStore): Promise<OnceSummary> {
  const tasks: Record<string, number> = {};
  for (const task of job.tasks) tasks[task.state] = (tasks[task.state] ?? 0) + 1;
  const rows = await store.aggregate({ groupBy: ['kind'], value: { op: 'count' } });
  const resourcesByKind = Object.fromEntries(
    rows.map((row) => [row.group.kind ?? '', row.value] as const).sort(([a], [b]) => a.localeCompare(b)),
  );
  const started = Date.parse(job.startedAt ?? job.createdAt);
  const finished = Date.parse(job.finishedAt ?? new Date().toISOString());
  return {
    jobId: job.id,
    state: job.state,
    durationMs: finished - started,
    tasks,
    resourcesByKind,
    changes: { ...job.counts },
    ...(job.error ? { error: job.error } : {}),
  };
}
