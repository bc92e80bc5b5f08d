import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GraphStore, JobState } from '@cloud-inventory/graph-store';
import { finishedStates } from '../sync/job-record.js';
import type { SyncMetrics } from './sync-metrics.js';

/** The task types of a job (sync-task.ts, account-sync.ts). */
const taskTypes = ['GET_TASKS', 'CLOUD_SERVICE_TYPE', 'REGION', 'CLOUD_SERVICE'] as const;

const throttlingCodes = /throttl|requestlimitexceeded|slowdown|toomanyrequests|requestthrottled/i;

/** The inventory's Prometheus metrics, in a registry of their own (no global state shared between instances). */
export class InventoryMetrics implements SyncMetrics {
  readonly registry = new Registry();
  private readonly syncDuration = new Histogram({
    name: 'inventory_sync_duration_seconds',
    help: 'Duration of sync jobs by final state',
    labelNames: ['state'],
    buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600],
    registers: [this.registry],
  });
  private readonly tasks = new Counter({
    name: 'inventory_sync_tasks_total',
    help: 'Sync tasks finished, by state and task type',
    labelNames: ['state', 'type'],
    registers: [this.registry],
  });
  private readonly retries = new Counter({
    name: 'inventory_sync_task_retries_total',
    help: 'Tasks run again after a transport failure (UNAVAILABLE, deadline)',
    labelNames: ['account'],
    registers: [this.registry],
  });
  private readonly failedAccounts = new Counter({
    name: 'inventory_account_sync_failures_total',
    help: 'Accounts of a job whose planning failed (credentials, an assumed role, the collector), by account name',
    labelNames: ['account'],
    registers: [this.registry],
  });
  private readonly awsErrors = new Counter({
    name: 'inventory_aws_errors_total',
    help: 'Scopes the collector could not collect, by AWS error code',
    labelNames: ['account', 'region', 'service_group', 'code'],
    registers: [this.registry],
  });
  private readonly awsThrottles = new Counter({
    name: 'inventory_aws_throttles_total',
    help: 'Scopes that failed because AWS kept throttling past the retries',
    labelNames: ['account', 'region', 'service_group'],
    registers: [this.registry],
  });
  private readonly resources = new Gauge({
    name: 'inventory_resources',
    help: 'Resources in the graph by kind, account and region',
    labelNames: ['kind', 'account', 'region'],
    registers: [this.registry],
  });

  private readonly leaseHeld = new Gauge({
    name: 'inventory_lease_held',
    help: 'Whether this inventory holds the sync lease (runs the syncs): 1 or 0',
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
    // Series that exist from the start, at zero: Prometheus's increase() sees their first increment (a first failure
    // after a restart would otherwise go unnoticed until the second).
    for (const state of finishedStates) {
      this.syncDuration.zero({ state });
      for (const type of taskTypes) this.tasks.inc({ state, type }, 0);
    }
  }

  setLeaseHeld(held: boolean): void {
    this.leaseHeld.set(held ? 1 : 0);
  }

  syncFinished(state: JobState, durationSeconds: number): void {
    this.syncDuration.observe({ state }, durationSeconds);
  }

  taskFinished(state: JobState, taskType: string): void {
    this.tasks.inc({ state, type: taskType });
  }

  scopeFailed(labels: { account: string; region: string; serviceGroup: string; errorCode: string }): void {
    const { account, region, serviceGroup, errorCode } = labels;
    this.awsErrors.inc({ account, region, service_group: serviceGroup, code: errorCode });
    if (throttlingCodes.test(errorCode)) this.awsThrottles.inc({ account, region, service_group: serviceGroup });
  }

  taskRetried(account: string): void {
    this.retries.inc({ account });
  }

  accountFailed(account: string): void {
    this.failedAccounts.inc({ account });
  }

  /** Re-reads the resource counts from the store (after each sync, and at start-up). */
  async refreshResourceCounts(store: GraphStore): Promise<void> {
    const rows = await store.aggregate({ groupBy: ['kind', 'account', 'region'], value: { op: 'count' } });
    this.resources.reset();
    for (const row of rows) {
      this.resources.set(
        { kind: row.group.kind ?? '', account: row.group.account ?? '', region: row.group.region ?? '' },
        row.value,
      );
    }
  }
}
