import type { InventoryApi } from '@cloud-inventory/protocol';

export function formatDuration(startedAt: string, finishedAt: string): string {
  const start = Date.parse(startedAt);
  if (Number.isNaN(start)) return '';
  const end = finishedAt ? Date.parse(finishedAt) : Date.now();
  const seconds = Math.max(0, (end - start) / 1000);
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}

/** `+created ~updated -deleted` (and `!failed` when any failed). */
export function formatCounts(counts: InventoryApi.ResourceCounts__Output | null | undefined): string {
  if (!counts) return '';
  const failed = counts.failed > 0 ? ` !${counts.failed}` : '';
  return `+${counts.created} ~${counts.updated} =${counts.unchanged} -${counts.deleted}${failed}`;
}

export function isFinished(state: string): boolean {
  return state !== 'PENDING' && state !== 'IN_PROGRESS' && state !== 'JOB_STATE_UNSPECIFIED';
}

/** Tasks finished out of all tasks of a job. */
export function taskProgress(job: InventoryApi.Job__Output): string {
  const done = job.tasks.filter((task) => isFinished(task.state)).length;
  return `${done}/${job.tasks.length} tasks`;
}

/** A timestamp trimmed to seconds, for tables. */
export function shortTime(iso: string): string {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
}
