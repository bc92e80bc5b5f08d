import type { GraphStore, ScopeKey, SyncTaskRecord } from '@cloud-inventory/graph-store';
import type { CollectOptions, GetTasksResponse__Output, Task__Output } from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import type { AccountConfig } from '../config/inventory-config.js';
import type { Environment } from '../config/load-config.js';
import { resolveAwsSecret } from '../config/resolve-secret.js';
import type { EventBus } from '../events/event-bus.js';
import type { SyncMetrics } from '../metrics/sync-metrics.js';
import type { CollectorClients } from './collector-clients.js';
import { syncTask } from './sync-task.js';
import type { ConcurrencyLimiter } from './concurrency-limiter.js';
import { emptyCounts, type JobRecorder } from './job-record.js';
import { describeGrpcFailure, withTransportRetries } from './transport-retry.js';

export interface AccountSyncContext {
  recorder: JobRecorder;
  account: AccountConfig;
  services: string[];
  regions: string[];
  env: Environment;
  clients: CollectorClients;
  store: GraphStore;
  events: EventBus;
  metrics: SyncMetrics;
  overallLimiter: ConcurrencyLimiter;
  accountLimiter: ConcurrencyLimiter;
  task: { deadlineMs: number; retries: number; retryBackoffMs: number };
  signal: AbortSignal;
  log: Logger;
  now: () => Date;
  /** A task ended (its results are stored), in the account its credentials reach. */
  onTaskFinished?: (task: Task__Output, accountId: string) => void;
  /** Services whose tasks take the account's first slots (an organization's listing, which its members wait on). */
  firstServices?: readonly string[];
}

export interface AccountSyncOutcome {
  completeScopes: ScopeKey[];
  /** The account's plan, when its planning succeeded: the account id its credentials reach and its tasks. */
  plan?: { accountId: string; tasks: Task__Output[] };
}

/** One account of a job: asks the collector for its tasks, then runs them with bounded concurrency. */
export async function syncAccount(context: AccountSyncContext): Promise<AccountSyncOutcome> {
  const { account, recorder } = context;
  const jobId = recorder.job.id;
  const options: CollectOptions = {
    regions: context.regions,
    services: context.services,
    endpoint_url: account.endpointUrl ?? '',
    excluded_services: account.excludedServices ?? [],
  };
  const planning = recorder.addTask(newTask(`${account.name}/get-tasks`, account.name, 'GET_TASKS', '', ''));
  planning.state = 'IN_PROGRESS';
  planning.startedAt = context.now().toISOString();
  await recorder.save();
  const planLog = context.log.child({ taskId: planning.id, account: account.name });

  let plan: GetTasksResponse__Output;
  try {
    plan = await withTransportRetries(
      context.task.retries,
      context.task.retryBackoffMs,
      context.signal,
      () => getTasks(context, options, jobId),
      (error, attempt) =>
        planLog.warn({ attempt, reason: describeGrpcFailure(error) }, 'GetTasks failed in transport, retrying'),
    );
  } catch (error) {
    const state = context.signal.aborted ? 'CANCELED' : 'FAILURE';
    finishTask(context, planning, state, state === 'CANCELED' ? 'canceled' : describeGrpcFailure(error));
    if (state === 'FAILURE') {
      context.metrics.accountFailed(account.name);
      planLog.error({ reason: planning.error }, 'GetTasks failed; nothing of this account is cleaned up');
    }
    return { completeScopes: [] };
  }
  if (account.id && plan.account_id && plan.account_id !== account.id) {
    // Credentials that reach another account than configured: collecting would file its resources under the wrong name.
    finishTask(
      context,
      planning,
      'FAILURE',
      `the credentials reach account ${plan.account_id}, not the configured ${account.id}`,
    );
    context.metrics.accountFailed(account.name);
    planLog.error({ accountId: plan.account_id, expected: account.id }, 'credentials reach another account');
    return { completeScopes: [] };
  }
  finishTask(context, planning, 'SUCCESS');
  planLog.info({ tasks: plan.tasks.length, accountId: plan.account_id }, 'tasks planned');

  const records = plan.tasks.map((task, index) =>
    recorder.addTask(
      newTask(`${account.name}/${task.task_id || index}`, account.name, task.type, task.service, task.region),
    ),
  );
  await recorder.save();
  const first = new Set(context.firstServices ?? []);
  const ordered = plan.tasks.map((task, index) => ({ task, record: records[index] as SyncTaskRecord }));
  // Slots go in call order: the first services' tasks first, the others in the plan's order (a stable sort).
  ordered.sort((a, b) => Number(first.has(b.task.service)) - Number(first.has(a.task.service)));
  const outcomes = await Promise.all(
    ordered.map(async ({ task, record }) => {
      const scopes = await runTask(context, task, record, options);
      context.onTaskFinished?.(task, plan.account_id);
      return scopes;
    }),
  );
  return { completeScopes: outcomes.flat(), plan: { accountId: plan.account_id, tasks: plan.tasks } };
}

function getTasks(
  context: AccountSyncContext,
  options: CollectOptions,
  jobId: string,
): Promise<GetTasksResponse__Output> {
  const connection = context.clients.for(context.account.collectorAddress);
  return new Promise((resolve, reject) => {
    const cancel = () => call.cancel();
    const call = connection.jobs.GetTasks(
      { options, secret: resolveAwsSecret(context.account, context.env) },
      context.clients.metadata(jobId),
      { deadline: Date.now() + context.task.deadlineMs },
      (error, response) => {
        context.signal.removeEventListener('abort', cancel);
        if (error || !response) reject(error ?? new Error('empty GetTasks response'));
        else resolve(response);
      },
    );
    context.signal.addEventListener('abort', cancel, { once: true });
  });
}

async function runTask(
  context: AccountSyncContext,
  task: Task__Output,
  record: SyncTaskRecord,
  options: CollectOptions,
): Promise<ScopeKey[]> {
  const taskLog = context.log.child({
    taskId: record.id,
    account: context.account.name,
    region: task.region,
    service: task.service,
  });
  try {
    // The account's slot first, so one busy account waits on itself instead of holding overall slots idle.
    await context.accountLimiter.acquire(context.signal);
    try {
      await context.overallLimiter.acquire(context.signal);
    } catch (error) {
      context.accountLimiter.release();
      throw error;
    }
  } catch {
    // Documented expected case: the only way acquiring fails is the job being canceled while the task waited.
    finishTask(context, record, 'CANCELED', 'canceled before it started');
    return [];
  }
  try {
    record.state = 'IN_PROGRESS';
    record.startedAt = context.now().toISOString();
    context.recorder.saveInBackground();
    taskLog.info({ kinds: task.kinds }, 'task started');
    const outcome = await syncTask(task, {
      jobId: context.recorder.job.id,
      accountName: context.account.name,
      connection: context.clients.for(context.account.collectorAddress),
      metadata: () => context.clients.metadata(context.recorder.job.id),
      secret: () => resolveAwsSecret(context.account, context.env),
      options,
      store: context.store,
      events: context.events,
      metrics: context.metrics,
      ...context.task,
      signal: context.signal,
      log: taskLog,
      onProgress: (counts) => {
        record.counts = counts;
        context.recorder.saveProgress();
      },
    });
    record.counts = outcome.counts;
    context.recorder.sumTaskCounts();
    finishTask(context, record, outcome.state, outcome.error);
    taskLog.info(
      { state: outcome.state, counts: outcome.counts, failedScopes: outcome.failedScopes.length },
      'task finished',
    );
    return outcome.completeScopes;
  } finally {
    context.overallLimiter.release();
    context.accountLimiter.release();
  }
}

function newTask(id: string, account: string, type: string, service: string, region: string): SyncTaskRecord {
  return { id, account, type, service, region, state: 'PENDING', counts: emptyCounts() };
}

function finishTask(
  context: AccountSyncContext,
  record: SyncTaskRecord,
  state: 'SUCCESS' | 'FAILURE' | 'CANCELED',
  error?: string,
): void {
  record.state = state;
  record.finishedAt = context.now().toISOString();
  record.startedAt ??= record.finishedAt;
  if (error) record.error = error;
  context.metrics.taskFinished(state, record.type);
  context.recorder.saveInBackground();
}
