import type { InventoryApi } from '@cloud-inventory/protocol';
import { isFinished } from './format.js';

/** What the live progress line of a running sync shows. */
export interface JobProgress {
  state: string;
  tasksDone: number;
  tasksTotal: number;
  /** Resources stored so far: created, updated and unchanged (deletions come at the end of the sync). */
  resources: number;
  elapsedMs: number;
}

function stored(counts: InventoryApi.ResourceCounts__Output | null | undefined): number {
  return counts ? counts.created + counts.updated + counts.unchanged : 0;
}

export function jobProgress(job: InventoryApi.Job__Output, elapsedMs: number): JobProgress {
  // An inventory may add its tasks' counts to the job's only when the job ends: the larger of the two is the progress.
  const byTasks = job.tasks.reduce((sum, task) => sum + stored(task.counts), 0);
  return {
    state: job.state,
    tasksDone: job.tasks.filter((task) => isFinished(task.state)).length,
    tasksTotal: job.tasks.length,
    resources: Math.max(stored(job.counts), byTasks),
    elapsedMs,
  };
}

function elapsed(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.floor(seconds % 60)).padStart(2, '0')}s`;
}

/** `IN_PROGRESS  5/12 tasks  1,234 resources  410/s  3.0s`: one line, for a terminal to redraw in place. */
export function renderProgressLine(progress: JobProgress): string {
  const seconds = progress.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(progress.resources / seconds) : 0;
  return [
    progress.state,
    `${progress.tasksDone}/${progress.tasksTotal} tasks`,
    `${progress.resources.toLocaleString('en-US')} resources`,
    `${rate.toLocaleString('en-US')}/s`,
    elapsed(progress.elapsedMs),
  ].join('  ');
}

/**
 * Whether a stream can show a live line: a terminal that understands "go to the line start, erase it". Not a pipe
 * or a file (a log would fill with redraws), not TERM=dumb (no erase).
 */
export function canRedrawLine(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && env.TERM !== 'dumb';
}
