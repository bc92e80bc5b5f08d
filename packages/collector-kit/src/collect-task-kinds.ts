import type { CloudServiceType, CollectResponse, ScopeResult } from '@cloud-inventory/protocol';
import { matchKeys, type EncodedBatch } from './batch-encoding.js';
import type { Logger } from 'pino';
import type { RetrySettings } from './aws-client-factory.js';
import { toPortable } from './aws-credentials.js';
import type { CollectorMetrics } from './collector-metrics.js';
import type { AccountCredentials } from './credential-cache.js';
import type { KeyedLimiter } from './keyed-limiter.js';
import type { KindExecutor } from './kind-executor.js';
import type { KindOutcome } from './kind-run.js';
import type { CollectorRegistry, RegistryEntry } from './registry.js';
import { homeRegionOf } from './partition.js';
import { globalRegion, type ValidTask } from './request-validation.js';

/** Writes one response to the stream; pre-encoded batches from workers go out as they are. */
export type Emit = (response: CollectResponse | Uint8Array) => Promise<void>;

export interface CollectTaskSettings {
  batchSize: number;
  initialCredits: number;
  retry: RetrySettings;
  logLevel: string;
  credentialsMarginMs: number;
}

export interface CollectTaskContext {
  registry: CollectorRegistry;
  executor: KindExecutor;
  limiter: KeyedLimiter;
  settings: CollectTaskSettings;
  emit: Emit;
  log: Logger;
  signal: AbortSignal;
  metrics?: CollectorMetrics | undefined;
}

export interface TaskAccount {
  id: string;
  /** The account's partition (`aws`, `aws-cn`, `aws-us-gov`), from its caller identity. */
  partition: string;
  credentials: AccountCredentials;
  endpoint: string | undefined;
  /** The account's enabled regions, looked up only when a kind's resources carry their own region. */
  enabledRegions(): Promise<string[]>;
}

/**
 * collector_collect for CLOUD_SERVICE and REGION tasks: every kind runs (bounded), each ends with its scope result.
 * Resolves to the kinds' outcomes.
 */
export async function collectKindsOfTask(
  task: ValidTask,
  account: TaskAccount,
  context: CollectTaskContext,
): Promise<KindOutcome[]> {
  const { registry } = context;
  const entries =
    task.type === 'REGION'
      ? [...registry.regionTask]
      : task.kinds.length > 0
        ? task.kinds.map((kind) => registry.entryOf(kind))
        : [...registry.entriesOf(task.service)];
  const limiterKey = `${account.id}|${task.region}|${task.service || 'region-task'}`;
  await account.credentials.resolve();
  return Promise.all(
    entries.map((entry) => context.limiter.run(limiterKey, () => collectOneKind(task, entry, account, context))),
  );
}

async function collectOneKind(
  task: ValidTask,
  entry: RegistryEntry,
  account: TaskAccount,
  context: CollectTaskContext,
): Promise<KindOutcome> {
  const { settings, emit, metrics } = context;
  const log = context.log.child({ kind: entry.kind });
  const resourceType = entry.manager.resourceType;
  const regionsOfItems = entry.manager.mapping.region !== undefined;
  const countsByRegion = new Map<string, number>();
  const onBatch = async (batch: EncodedBatch) => {
    for (const [region, count] of Object.entries(batch.regions ?? {})) {
      countsByRegion.set(region, (countsByRegion.get(region) ?? 0) + count);
    }
    await emit(batch.encoded);
    metrics?.resourcesEmitted(entry.kind, batch.count);
  };
  const credentials = toPortable(await account.credentials.resolve());
  const outcome = await context.executor.run(
    {
      kind: entry.kind,
      account: account.id,
      region: task.region,
      clientRegion: task.region === globalRegion ? homeRegionOf(account.partition) : task.region,
      partition: account.partition,
      endpoint: account.endpoint,
      credentials,
      retry: settings.retry,
      batchSize: settings.batchSize,
      initialCredits: settings.initialCredits,
      logLevel: settings.logLevel,
      credentialsMarginMs: settings.credentialsMarginMs,
    },
    {
      onBatch,
      renewCredentials: async () => toPortable(await account.credentials.resolve()),
      onAwsCalls: (counts) => metrics?.awsCallsMade(counts),
      log,
      signal: context.signal,
    },
  );
  const scopeRegions = regionsOfItems ? await regionsOfScope(task, account) : [task.region];
  for (const region of scopeRegions) {
    const count = regionsOfItems ? (countsByRegion.get(region) ?? 0) : outcome.count;
    await emit(scopeResponse(scopeResult(account.id, region, entry, outcome, count), resourceType, outcome));
  }
  return outcome;
}

/** A global kind whose resources live in regions reports every enabled region plus "global" as its scopes. */
async function regionsOfScope(task: ValidTask, account: TaskAccount): Promise<string[]> {
  const regions = task.scopeRegions.length > 0 ? task.scopeRegions : await account.enabledRegions();
  return [...new Set([task.region, ...regions])];
}

function scopeResult(
  account: string,
  region: string,
  entry: RegistryEntry,
  outcome: KindOutcome,
  count: number,
): ScopeResult {
  return {
    scope: { cloud: 'aws', account, region, service_group: entry.manager.serviceType.group, kind: entry.kind },
    state: outcome.state,
    error_code: outcome.errorCode ?? '',
    error_message: outcome.errorMessage ?? '',
    resource_count: count,
  };
}

function scopeResponse(result: ScopeResult, resourceType: string, outcome: KindOutcome): CollectResponse {
  return {
    state: outcome.state,
    resource_type: resourceType as CollectResponse['resource_type'],
    match_keys: matchKeys,
    error_message: outcome.errorMessage ?? '',
    scope_result: result,
  };
}

/** collector_collect for the CLOUD_SERVICE_TYPE task: the metadata of every kind, no AWS call. */
export async function collectCloudServiceTypes(registry: CollectorRegistry, emit: Emit): Promise<void> {
  const types: CloudServiceType[] = registry.allEntries().map((item) => ({
    provider: registry.provider,
    service_group: item.manager.serviceType.group,
    type: item.manager.serviceType.type,
    kind: item.kind,
    name: item.manager.serviceType.name ?? `${item.manager.serviceType.group} ${item.manager.serviceType.type}`,
    is_global: item.isGlobal,
    labels: item.manager.serviceType.labels ?? [],
    family: item.manager.serviceType.family ?? '',
  }));
  await emit({
    state: 'SUCCESS',
    resource_type: 'CLOUD_SERVICE_TYPE',
    cloud_service_types: types,
    match_keys: ['kind'],
  });
  await emit({
    state: 'SUCCESS',
    resource_type: 'CLOUD_SERVICE_TYPE',
    match_keys: ['kind'],
    scope_result: {
      scope: {
        cloud: registry.provider,
        account: '',
        region: globalRegion,
        service_group: '',
        kind: 'cloud_service_type',
      },
      state: 'SUCCESS',
      resource_count: types.length,
    },
  });
}
