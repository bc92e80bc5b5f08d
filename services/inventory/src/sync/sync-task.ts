import type { Metadata } from '@grpc/grpc-js';
import type { GraphStore, ResourceCounts, ScopeKey } from '@cloud-inventory/graph-store';
import type {
  CloudServiceType__Output,
  CollectOptions,
  CollectResponse__Output,
  Task__Output,
} from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import type { ResolvedAwsSecret } from '../config/resolve-secret.js';
import type { EventBus } from '../events/event-bus.js';
import type { SyncMetrics } from '../metrics/sync-metrics.js';
import { saveKindCatalogue } from '../search/kind-catalogue.js';
import type { CollectorConnection } from './collector-clients.js';
import { describeFailedScopes, type FailedScope } from './failed-scopes.js';
import { emptyCounts } from './job-record.js';
import { mapResourceBatch } from './resource-mapping.js';
import { TaskCounts } from './task-counts.js';
import { describeGrpcFailure, withTransportRetries } from './transport-retry.js';

export interface SyncTaskContext {
  jobId: string;
  accountName: string;
  connection: CollectorConnection;
  metadata: () => Metadata;
  /** Resolved at each attempt, right before sending: the secret lives only in the request. */
  secret: () => ResolvedAwsSecret;
  options: CollectOptions;
  store: GraphStore;
  events: EventBus;
  metrics: SyncMetrics;
  deadlineMs: number;
  retries: number;
  retryBackoffMs: number;
  signal: AbortSignal;
  log: Logger;
  /** The task's counts so far, after each stored batch and scope result (for progress). */
  onProgress?: (counts: ResourceCounts) => void;
}

export interface SyncTaskOutcome {
  state: 'SUCCESS' | 'FAILURE' | 'CANCELED';
  counts: ResourceCounts;
  /** Scopes the collector reported collected completely: only these may be cleaned up. */
  completeScopes: ScopeKey[];
  failedScopes: FailedScope[];
  error?: string;
}

/**
 * Syncs one task of the job: runs it on its collector (Collect), streams its batches into the store (one batch at a
 * time: backpressure) and keeps the scope results.
 */
export async function syncTask(task: Task__Output, context: SyncTaskContext): Promise<SyncTaskOutcome> {
  const outcome: SyncTaskOutcome = { state: 'SUCCESS', counts: emptyCounts(), completeScopes: [], failedScopes: [] };
  const scopeResults = new Map<string, ScopeResultRecord>();
  const counts = new TaskCounts();
  const serviceTypes: CloudServiceType__Output[] = [];
  try {
    await withTransportRetries(
      context.retries,
      context.retryBackoffMs,
      context.signal,
      () => {
        counts.startAttempt();
        serviceTypes.length = 0;
        return streamOnce(task, context, counts, scopeResults, serviceTypes);
      },
      (error, attempt) => {
        context.metrics.taskRetried(context.accountName);
        context.log.warn({ attempt, reason: describeGrpcFailure(error) }, 'task failed in transport, retrying');
      },
    );
  } catch (error) {
    outcome.counts = counts.total();
    if (context.signal.aborted) return { ...outcome, state: 'CANCELED', error: 'canceled' };
    settleScopes(outcome, scopeResults);
    outcome.state = 'FAILURE';
    outcome.error = describeGrpcFailure(error);
    context.log.error({ reason: outcome.error }, 'task failed');
    return outcome;
  }
  outcome.counts = counts.total();
  settleScopes(outcome, scopeResults);
  const reportedKinds = new Set([...scopeResults.values()].map((result) => result.scope.kind));
  const missingKinds = task.kinds.filter((kind) => !reportedKinds.has(kind));
  if (missingKinds.length > 0) {
    outcome.state = 'FAILURE';
    outcome.error = `the stream ended without a result for ${missingKinds.join(', ')}`;
  } else if (outcome.failedScopes.length > 0) {
    outcome.state = 'FAILURE';
    outcome.error = describeFailedScopes(outcome.failedScopes);
  } else if (task.type === 'CLOUD_SERVICE_TYPE') {
    await storeKindCatalogue(outcome, serviceTypes, context);
  }
  return outcome;
}

/** The kind catalogue (families for searches) is replaced only from a complete answer; not stored fails the task. */
async function storeKindCatalogue(
  outcome: SyncTaskOutcome,
  serviceTypes: CloudServiceType__Output[],
  context: SyncTaskContext,
): Promise<void> {
  try {
    await saveKindCatalogue(context.store, serviceTypes, new Date());
  } catch (error) {
    outcome.state = 'FAILURE';
    outcome.error = `the kind catalogue was not stored: ${error instanceof Error ? error.message : 'unknown error'}`;
    context.log.error({ err: error }, 'kind catalogue not stored');
  }
}

interface ScopeResultRecord {
  scope: ScopeKey;
  isComplete: boolean;
  errorCode: string;
}

/** After retries, a scope's last reported result is the one that counts: it describes the data now in the store. */
function settleScopes(outcome: SyncTaskOutcome, scopeResults: Map<string, ScopeResultRecord>): void {
  for (const result of scopeResults.values()) {
    if (result.isComplete) outcome.completeScopes.push(result.scope);
    else outcome.failedScopes.push({ scope: result.scope, errorCode: result.errorCode });
  }
}

async function streamOnce(
  task: Task__Output,
  context: SyncTaskContext,
  counts: TaskCounts,
  scopeResults: Map<string, ScopeResultRecord>,
  serviceTypes: CloudServiceType__Output[],
): Promise<void> {
  const call = context.connection.collector.Collect(
    { task, options: context.options, secret: context.secret() },
    context.metadata(),
    { deadline: Date.now() + context.deadlineMs },
  );
  const cancel = () => call.cancel();
  context.signal.addEventListener('abort', cancel, { once: true });
  try {
    // for-await reads the next message only after the store has taken this one, so the stream waits for the store.
    for await (const response of call as AsyncIterable<CollectResponse__Output>) {
      if (response.resources.length > 0) await storeBatch(response, context, counts);
      serviceTypes.push(...response.cloud_service_types);
      if (response.scope_result) recordScopeResult(response, context, counts, scopeResults);
      context.onProgress?.(counts.total());
    }
  } finally {
    context.signal.removeEventListener('abort', cancel);
  }
}

async function storeBatch(response: CollectResponse__Output, context: SyncTaskContext, counts: TaskCounts) {
  const mapped = mapResourceBatch(response.resources);
  if (mapped.rejected.length > 0) {
    context.log.error(
      { rejected: mapped.rejected.length, firstUid: mapped.rejected[0] },
      'resources with unreadable data',
    );
  }
  const written = await context.store.writeBatch(context.jobId, { resources: mapped.resources, edges: mapped.edges });
  counts.addBatch(written, mapped.rejected.length);
  for (const change of written.changes) {
    context.events.emit(change.change === 'created' ? 'resource.created' : 'resource.updated', {
      jobId: context.jobId,
      change,
    });
  }
  context.log.debug({ resources: mapped.resources.length, edges: mapped.edges.length }, 'batch stored');
}

function recordScopeResult(
  response: CollectResponse__Output,
  context: SyncTaskContext,
  counts: TaskCounts,
  scopeResults: Map<string, ScopeResultRecord>,
): void {
  const result = response.scope_result;
  if (!result?.scope) return;
  const scope: ScopeKey = {
    cloud: result.scope.cloud,
    account: result.scope.account,
    region: result.scope.region,
    serviceGroup: result.scope.service_group,
    kind: result.scope.kind,
  };
  const key = JSON.stringify([scope.cloud, scope.account, scope.region, scope.serviceGroup, scope.kind]);
  if (result.state === 'SUCCESS') {
    scopeResults.set(key, { scope, isComplete: true, errorCode: '' });
    counts.setScopeResult(key, 0);
    return;
  }
  const errorCode = result.error_code || 'Unknown';
  scopeResults.set(key, { scope, isComplete: false, errorCode });
  counts.setScopeResult(key, result.resource_count);
  context.metrics.scopeFailed({
    account: scope.account,
    region: scope.region,
    serviceGroup: scope.serviceGroup,
    errorCode,
  });
  context.log.error({ kind: scope.kind, errorCode, reason: result.error_message }, 'scope failed, kept out of cleanup');
}
