import type { SyncJobRecord, SyncTaskRecord } from '@cloud-inventory/graph-store';

/** How one account of an organization run ended, from the job record's tasks. */
export interface AccountOutcome {
  name: string;
  /** SUCCESS: every task of the account succeeded. */
  state: 'SUCCESS' | 'FAILURE';
  tasks: number;
  failedTasks: number;
  /** From the account's first task start to its last task end, ms. */
  spanMs: number;
  /** When its first task started, ms after the job started. */
  startMs: number;
}

/** What the job record says about the accounts of an organization run. */
export interface AccountsSummary {
  synced: number;
  failed: number;
  /** The failed accounts, each with the error of its first failed task. */
  failures: { account: string; task: string; error: string; durationMs: number; startMs: number }[];
  /** The management account's tasks: from the job's start to its last task's end. */
  managementEndMs: number;
  /** The first member task's start, after the job's start: members wait for the management account's listing. */
  firstMemberStartMs: number | null;
  /** The members' spans (first task start to last task end): median and slowest. */
  memberSpanMs: { p50: number; max: number; slowest: string } | null;
  /** The last task's end, after the job's start. */
  lastTaskEndMs: number;
  /** Each task's wall time (start to end, as the job records it): median, 95th percentile, slowest. */
  taskMs: { p50: number; p95: number; max: number; slowest: string } | null;
}

const at = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso));

function outcomeOf(name: string, tasks: SyncTaskRecord[], jobStart: number): AccountOutcome {
  const starts = tasks.map((task) => at(task.startedAt)).filter(Number.isFinite);
  const ends = tasks.map((task) => at(task.finishedAt)).filter(Number.isFinite);
  const first = starts.length > 0 ? Math.min(...starts) : jobStart;
  const last = ends.length > 0 ? Math.max(...ends) : first;
  const failedTasks = tasks.filter((task) => task.state !== 'SUCCESS').length;
  return {
    name,
    state: failedTasks === 0 && tasks.length > 0 ? 'SUCCESS' : 'FAILURE',
    tasks: tasks.length,
    failedTasks,
    spanMs: last - first,
    startMs: first - jobStart,
  };
}

/** Per-account outcomes of a job whose first account is the management account and the others its members. */
export function summarizeAccounts(job: SyncJobRecord, management: string): AccountsSummary {
  const jobStart = at(job.startedAt ?? job.createdAt);
  const byAccount = new Map<string, SyncTaskRecord[]>(job.accounts.map((name) => [name, []]));
  for (const task of job.tasks) {
    const tasks = byAccount.get(task.account);
    if (tasks) tasks.push(task);
    else byAccount.set(task.account, [task]);
  }
  const outcomes = [...byAccount].map(([name, tasks]) => outcomeOf(name, tasks, jobStart));
  const members = outcomes.filter((outcome) => outcome.name !== management);
  const managementOutcome = outcomes.find((outcome) => outcome.name === management);
  const spans = members.filter((outcome) => outcome.state === 'SUCCESS').sort((a, b) => a.spanMs - b.spanMs);
  const failures = job.tasks
    .filter((task) => task.state !== 'SUCCESS')
    .map((task) => ({
      account: task.account,
      task: task.id,
      error: (task.error ?? '').slice(0, 200),
      durationMs: at(task.finishedAt) - at(task.startedAt),
      startMs: at(task.startedAt) - jobStart,
    }));
  const ends = job.tasks.map((task) => at(task.finishedAt)).filter(Number.isFinite);
  const durations = job.tasks
    .map((task) => ({ id: task.id, ms: at(task.finishedAt) - at(task.startedAt) }))
    .filter((task) => Number.isFinite(task.ms))
    .sort((a, b) => a.ms - b.ms);
  const quantile = (q: number) => durations[Math.min(durations.length - 1, Math.floor(durations.length * q))]?.ms ?? 0;
  const slowestTask = durations[durations.length - 1];
  return {
    synced: outcomes.filter((outcome) => outcome.state === 'SUCCESS').length,
    failed: outcomes.filter((outcome) => outcome.state === 'FAILURE').length,
    failures,
    managementEndMs: managementOutcome ? managementOutcome.startMs + managementOutcome.spanMs : 0,
    firstMemberStartMs: members.length > 0 ? Math.min(...members.map((outcome) => outcome.startMs)) : null,
    memberSpanMs:
      spans.length > 0
        ? {
            p50: (spans[Math.floor(spans.length / 2)] as AccountOutcome).spanMs,
            max: (spans[spans.length - 1] as AccountOutcome).spanMs,
            slowest: (spans[spans.length - 1] as AccountOutcome).name,
          }
        : null,
    lastTaskEndMs: ends.length > 0 ? Math.max(...ends) - jobStart : 0,
    taskMs: slowestTask
      ? { p50: quantile(0.5), p95: quantile(0.95), max: slowestTask.ms, slowest: slowestTask.id }
      : null,
  };
}
